/**
 * The dated entries of a case file: health check-ups (height and weight for the growth chart),
 * immunisations, illnesses and their treatment, school years after admission, and the
 * management committee's quarterly reviews of the case history. Each kind is a list that
 * grows over the child's stay; every entry has the date it is sorted and checked by.
 */
import { z } from 'zod';
import { formSchema, type ChildDates, type FieldSpec, type ValuesOf } from './casefile-fields';

/** Vaccines of India's Universal Immunisation Programme, and "other" for anything else. */
export const VACCINES = ['bcg', 'opv', 'hepB', 'pentavalent', 'ipv', 'rotavirus', 'pcv', 'mr', 'je', 'dpt', 'td', 'vitaminA', 'hpv', 'covid', 'other'] as const;

export const ENTRY_FIELDS = {
  checkup: [
    { key: 'date', kind: 'date', rule: 'sinceAdmission', required: true },
    { key: 'heightCm', kind: 'number', min: 30, max: 250 },
    { key: 'weightKg', kind: 'number', min: 1, max: 250 },
    /** The weight the doctor considers right for the child (Form 43's "admissible weight"). */
    { key: 'admissibleWeightKg', kind: 'number', min: 1, max: 250 },
    { key: 'diet', kind: 'text' },
    { key: 'dental', kind: 'text' },
    { key: 'ent', kind: 'text' },
    { key: 'eye', kind: 'text' },
    { key: 'stress', kind: 'text' },
    { key: 'doctor', kind: 'text' },
    { key: 'notes', kind: 'longText' },
  ],
  immunisation: [
    { key: 'date', kind: 'date', rule: 'past', required: true },
    { key: 'vaccine', kind: 'choice', options: VACCINES, required: true },
    { key: 'dose', kind: 'text' },
    { key: 'notes', kind: 'text' },
  ],
  illness: [
    { key: 'date', kind: 'date', rule: 'past', required: true },
    { key: 'until', kind: 'date', rule: 'past', notBefore: 'date' },
    { key: 'illness', kind: 'text', required: true },
    { key: 'treatment', kind: 'longText' },
    { key: 'treatedBy', kind: 'text' },
    { key: 'outcome', kind: 'choice', options: ['recovered', 'ongoing', 'referred', 'chronic'] },
  ],
  education: [
    { key: 'date', kind: 'date', rule: 'sinceAdmission', required: true },
    { key: 'school', kind: 'text', required: true },
    { key: 'className', kind: 'text', required: true },
    { key: 'medium', kind: 'text' },
    { key: 'result', kind: 'choice', options: ['studying', 'promoted', 'detained', 'left'] },
    { key: 'schoolProgress', kind: 'longText' },
  ],
  review: [
    { key: 'date', kind: 'date', rule: 'sinceAdmission', required: true },
    { key: 'reviewedBy', kind: 'text', required: true },
    { key: 'observations', kind: 'longText' },
    { key: 'actions', kind: 'longText' },
  ],
} as const satisfies Record<string, readonly FieldSpec[]>;

export type EntryKind = keyof typeof ENTRY_FIELDS;
export const ENTRY_KINDS = Object.keys(ENTRY_FIELDS) as EntryKind[];
export const entryKindSchema = z.enum(ENTRY_KINDS as [EntryKind, ...EntryKind[]]);
export type EntryValues<K extends EntryKind> = ValuesOf<(typeof ENTRY_FIELDS)[K]>;

export function entrySchema(kind: EntryKind, child?: ChildDates) {
  return formSchema(ENTRY_FIELDS[kind], child);
}

export const entryViewSchema = z.object({
  id: z.string(),
  kind: entryKindSchema,
  date: z.string(),
  values: z.record(z.string(), z.unknown()),
  updatedAt: z.string(),
});
export type EntryView = z.infer<typeof entryViewSchema>;

export interface GrowthPoint {
  date: string;
  heightCm: number | null;
  weightKg: number | null;
  admissibleWeightKg: number | null;
}

/**
 * The points of the height/weight chart: the measurement at admission (from the child's
 * record), then every check-up that measured something, oldest first.
 */
export function growthSeries(admission: { date: string; heightCm: number | null; weightKg: number | null }, checkups: readonly EntryView[]): GrowthPoint[] {
  const points: GrowthPoint[] = [];
  if (admission.heightCm !== null || admission.weightKg !== null) points.push({ date: admission.date, heightCm: admission.heightCm, weightKg: admission.weightKg, admissibleWeightKg: null });
  for (const e of checkups) {
    if (e.kind !== 'checkup') continue;
    const v = e.values as Partial<EntryValues<'checkup'>>;
    const p = { date: e.date, heightCm: v.heightCm ?? null, weightKg: v.weightKg ?? null, admissibleWeightKg: v.admissibleWeightKg ?? null };
    if (p.heightCm !== null || p.weightKg !== null || p.admissibleWeightKg !== null) points.push(p);
  }
  return points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
