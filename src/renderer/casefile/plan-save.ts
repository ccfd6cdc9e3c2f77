/** Saving one part of the care plan from the version on screen (the backend refuses if someone saved since). */
import type { PlanPart } from '../../shared/domain/care-plan';
import { api } from '../api';

export interface PlanSaver {
  childId: string;
  baseVersion: number;
}

export async function savePlanPart(s: PlanSaver, part: PlanPart, data: unknown): Promise<void> {
  await api.call('carePlan.save', { childId: s.childId, baseVersion: s.baseVersion, part, data });
}
