/**
 * Labels of the Board's and Committee's case files: fields and choices of the case steps (by
 * field, since clause (a) of s.18 is not clause (a) of s.37), purposes of hearings, disposals.
 * Keys come from shared data, so they are looked up by string.
 */
import type { TFunction } from 'i18next';
import type { SpecLabels } from '../casefile/labels';
import { formatDate } from '../../shared/util/dates';

/** i18next's typed t() only takes literal keys; the specs' keys are data. */
export const tr = (t: TFunction, key: string, options?: Record<string, unknown>): string => (t as unknown as (k: string, o?: Record<string, unknown>) => string)(key, options);

export const CASE_LABELS: SpecLabels = {
  field: (t, key, entryKind) => (key === 'date' && entryKind ? tr(t, `cases.entryDate.${entryKind}`) : tr(t, `cases.field.${key}`)),
  option: (t, value, fieldKey) => tr(t, `cases.option.${fieldKey}.${value}`),
};

export const purposeLabel = (t: TFunction, purpose: string) => tr(t, `cases.purpose.${purpose}`);
export const disposalLabel = (t: TFunction, disposal: string) => tr(t, `cases.disposal.${disposal}`);
export const entryTitle = (t: TFunction, kind: string) => tr(t, `cases.entry.${kind}`);
export const ruleLabel = (t: TFunction, ruleId: string, fallback: string) => tr(t, `deadlines.rule.${ruleId}`, { defaultValue: fallback });

/** "22 h 30 min" */
export function duration(t: TFunction, minutes: number): string {
  return t('cases.production.duration', { h: Math.floor(minutes / 60), m: minutes % 60 });
}

/** A case's time limit in a list: the date and where it stands, or that the proceedings stand terminated. */
export function limitText(t: TFunction, limit: { dueAt: string; state: string; terminated: boolean } | null): string {
  if (!limit) return t('common.notRecorded');
  if (limit.terminated) return t('cases.limit.terminated', { date: formatDate(limit.dueAt) });
  return tr(t, `cases.limit.${limit.state}`, { date: formatDate(limit.dueAt) });
}
