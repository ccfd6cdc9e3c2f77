/**
 * Labels of case-file fields and choices. A field key means the same thing in every form
 * (`casefile.field.<key>`); the need areas of Form 7 and the date of each kind of entry have
 * their own lists. Keys come from the shared field specs, so they are looked up by string.
 */
import type { TFunction } from 'i18next';
import { NEED_AREAS } from '../../shared/domain/care-plan';

/** i18next's typed t() only takes literal keys; the specs' keys are data. */
const tr = (t: TFunction, key: string): string => (t as unknown as (k: string) => string)(key);

export function fieldLabel(t: TFunction, key: string, entryKind?: string): string {
  if (key === 'date' && entryKind) return tr(t, `casefile.entryDate.${entryKind}`);
  if ((NEED_AREAS as readonly string[]).includes(key)) return tr(t, `casefile.area.${key}`);
  return tr(t, `casefile.field.${key}`);
}

export const optionLabel = (t: TFunction, value: string): string => tr(t, `casefile.option.${value}`);

/**
 * Where a spec form finds its labels. The case file's keys mean the same thing in every form;
 * another capability's forms (the Board's and Committee's case steps) bring their own, and may
 * label a choice by its field (clause (a) of s.18 is not clause (a) of s.37).
 */
export interface SpecLabels {
  field(t: TFunction, key: string, entryKind?: string): string;
  option(t: TFunction, value: string, fieldKey: string): string;
}

export const CASEFILE_LABELS: SpecLabels = { field: fieldLabel, option: (t, value) => optionLabel(t, value) };
export const sectionTitle = (t: TFunction, section: string): string => tr(t, `casefile.section.${section}`);
export const entryTitle = (t: TFunction, kind: string): string => tr(t, `casefile.entry.${kind}`);
export const entryAction = (t: TFunction, action: 'entryAdd' | 'entryEdit', kind: string): string => tr(t, `casefile.${action}.${kind}`);
