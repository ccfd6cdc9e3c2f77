/**
 * The case history of a child in a CCI (Form 43, JJ Model Rules 2016, rule 69H(3)), in the
 * sections the form has. Each section is saved on its own: a case worker fills what is known
 * today and comes back. Name, sex, age, category, admission and height/weight at admission
 * are the child's record (children table) and are not repeated here.
 *
 * Three sections also count lists kept elsewhere in the case file: the medical history its
 * check-ups (the height/weight chart), education its school years after admission, and the
 * quarterly review the management committee's reviews.
 */
import { z } from 'zod';
import { completenessOf, completenessSchema, formSchema, type ChildDates, type Completeness, type FieldSpec, type ValuesOf } from './casefile-fields';
import type { EntryKind } from './health';

const YES_NO = ['yes', 'no'] as const;

export const HEALTH_CONDITIONS = [
  'none',
  'respiratory',
  'hearing',
  'eye',
  'dental',
  'cardiac',
  'skin',
  'std',
  'neurological',
  'mentalHandicap',
  'physicalHandicap',
  'uti',
  'other',
] as const;

export const CASE_HISTORY_FIELDS = {
  profile: [
    { key: 'caseNo', kind: 'text' },
    { key: 'religion', kind: 'text' },
    { key: 'caste', kind: 'text' },
    { key: 'nationality', kind: 'text' },
    { key: 'nativeState', kind: 'text' },
    { key: 'nativeDistrict', kind: 'text' },
    { key: 'motherTongue', kind: 'text' },
    { key: 'aadhaar', kind: 'aadhaar' },
  ],
  family: [
    { key: 'familyType', kind: 'choice', options: ['nuclear', 'joint', 'singleParent', 'noFamily', 'other'] },
    { key: 'housing', kind: 'choice', options: ['pucca', 'semiPucca', 'kutcha', 'homeless', 'other'] },
    { key: 'rooms', kind: 'number', min: 0, max: 50, integer: true },
    { key: 'occupants', kind: 'number', min: 0, max: 100, integer: true },
    { key: 'broughtBy', kind: 'text' },
    { key: 'reasonForLeaving', kind: 'longText' },
    { key: 'stayedWith', kind: 'text' },
    { key: 'familyRelations', kind: 'longText' },
    { key: 'visitsBefore', kind: 'longText' },
    { key: 'visitsAfter', kind: 'longText' },
    { key: 'disabilityInFamily', kind: 'text' },
    { key: 'familyCrime', kind: 'longText' },
    { key: 'properties', kind: 'text' },
    { key: 'marriages', kind: 'longText' },
    { key: 'socialActivities', kind: 'text' },
    { key: 'parentalCare', kind: 'longText' },
  ],
  abuse: [
    { key: 'abuseTypes', kind: 'multi', options: ['none', 'verbal', 'physical', 'sexual', 'other'] },
    { key: 'abuseDetails', kind: 'longText' },
    { key: 'illTreatment', kind: 'multi', options: ['none', 'foodDenied', 'injury', 'beaten', 'detention', 'other'] },
    { key: 'illTreatmentDetails', kind: 'longText' },
    { key: 'exploitation', kind: 'longText' },
  ],
  healthBefore: [
    { key: 'conditions', kind: 'multi', options: HEALTH_CONDITIONS },
    { key: 'details', kind: 'longText' },
  ],
  education: [
    { key: 'educationBefore', kind: 'longText' },
    { key: 'lastSchool', kind: 'text' },
    { key: 'lastClass', kind: 'text' },
    { key: 'medium', kind: 'text' },
    { key: 'reasonLeftSchool', kind: 'longText' },
  ],
  vocational: [
    { key: 'trade', kind: 'text' },
    { key: 'proficiency', kind: 'choice', options: ['beginner', 'intermediate', 'skilled'] },
    { key: 'certification', kind: 'text' },
    { key: 'extraCurricular', kind: 'longText' },
  ],
  habits: [
    { key: 'goodHabits', kind: 'longText' },
    { key: 'badHabits', kind: 'longText' },
    { key: 'pubertyAge', kind: 'number', min: 5, max: 20, integer: true },
    { key: 'delinquentBehaviour', kind: 'longText' },
    { key: 'worked', kind: 'choice', options: YES_NO },
    { key: 'workType', kind: 'text' },
    { key: 'workHours', kind: 'text' },
    { key: 'workDuration', kind: 'text' },
    { key: 'wages', kind: 'text' },
    { key: 'incomeUse', kind: 'text' },
    { key: 'savings', kind: 'text' },
  ],
  social: [
    { key: 'friends', kind: 'longText' },
    { key: 'groups', kind: 'longText' },
    { key: 'meetingPoints', kind: 'text' },
    { key: 'societyReaction', kind: 'longText' },
    { key: 'policeReaction', kind: 'longText' },
  ],
  medical: [
    { key: 'physicalCondition', kind: 'longText' },
    { key: 'bloodGroup', kind: 'choice', options: ['A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-'] },
    { key: 'allergies', kind: 'text' },
    { key: 'childHistory', kind: 'longText' },
    { key: 'parentsHistory', kind: 'longText' },
  ],
  summary: [
    { key: 'summary', kind: 'longText' },
    { key: 'suggestions', kind: 'longText' },
    { key: 'preparedBy', kind: 'text' },
    { key: 'preparedOn', kind: 'date', rule: 'sinceAdmission' },
    { key: 'followUpBy', kind: 'text' },
  ],
  review: [],
} as const satisfies Record<string, readonly FieldSpec[]>;

export type CaseHistorySection = keyof typeof CASE_HISTORY_FIELDS;
/** In the order of Form 43. */
export const CASE_HISTORY_SECTIONS = Object.keys(CASE_HISTORY_FIELDS) as CaseHistorySection[];
export const caseHistorySectionSchema = z.enum(CASE_HISTORY_SECTIONS as [CaseHistorySection, ...CaseHistorySection[]], { error: 'choose one' });

export type SectionValues<S extends CaseHistorySection> = ValuesOf<(typeof CASE_HISTORY_FIELDS)[S]>;
export type CaseHistoryValues = { [S in CaseHistorySection]: SectionValues<S> };

/** The list in the case file that a section also counts (one more item of its completeness). */
export const SECTION_LISTS: Partial<Record<CaseHistorySection, EntryKind>> = { medical: 'checkup', education: 'education', review: 'review' };

export function sectionSchema(section: CaseHistorySection, child?: ChildDates) {
  return formSchema(CASE_HISTORY_FIELDS[section], child);
}

/** How much of a section is filled: its fields, plus one for its list when it has an entry. */
export function sectionCompleteness(section: CaseHistorySection, values: Record<string, unknown> | null, listEntries: number): Completeness {
  const c = completenessOf(CASE_HISTORY_FIELDS[section], values);
  return SECTION_LISTS[section] ? { filled: c.filled + (listEntries > 0 ? 1 : 0), total: c.total + 1 } : c;
}

export const sectionViewSchema = z.object({
  section: caseHistorySectionSchema,
  /** null until the section was first saved. The Aadhaar number is masked unless the viewer may see it. */
  values: z.record(z.string(), z.unknown()).nullable(),
  completeness: completenessSchema,
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type SectionView = z.infer<typeof sectionViewSchema>;

export const caseHistoryViewSchema = z.object({
  sections: z.array(sectionViewSchema),
  /** Over all sections, counting fields: how much of Form 43 is filled. */
  completeness: completenessSchema,
});
export type CaseHistoryView = z.infer<typeof caseHistoryViewSchema>;
