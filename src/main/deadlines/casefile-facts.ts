/**
 * The case file's facts (src/main/casefile/deadline-facts.ts) as the deadline rules read them:
 * the care plan (ICP) from the day its first version was saved, the last quarterly review of
 * the case history, and the restoration follow-ups recorded in the plan's Part D, tagged by
 * stage (twoMonths, sixMonths).
 */
import type { Occurrence } from '../../shared/domain/deadlines';
import { caseFileFacts } from '../casefile/deadline-facts';
import type { FactProvider, PerChild } from './facts';

export const CASE_FILE_FACTS: FactProvider = {
  provides: ['icp', 'caseHistoryReview', 'followUp'],
  children(db) {
    const icp: PerChild = new Map();
    const caseHistoryReview: PerChild = new Map();
    const followUp: PerChild = new Map();
    for (const [childId, f] of caseFileFacts(db)) {
      if (f.carePlanSince) icp.set(childId, [{ at: f.carePlanSince }]);
      if (f.lastReview) caseHistoryReview.set(childId, [{ at: f.lastReview }]);
      const stages: Occurrence[] = [];
      if (f.followUps.twoMonths) stages.push({ at: f.followUps.twoMonths, tag: 'twoMonths' });
      if (f.followUps.sixMonths) stages.push({ at: f.followUps.sixMonths, tag: 'sixMonths' });
      followUp.set(childId, stages);
    }
    return { icp, caseHistoryReview, followUp };
  },
};
