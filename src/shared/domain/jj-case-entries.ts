/**
 * The dated steps of a Board or Committee case, as forms described by data (the case file's
 * field specs, src/shared/domain/casefile-fields.ts): the Social Background Report (Form 1),
 * age determination (s.94), bail (s.12), custody, the SIR (Form 6 / Form 22), preliminary
 * assessment (s.15), extension of the inquiry (s.14(2)), final orders (s.17/s.18, s.37), the
 * production report (Form 17), interim placement (Forms 18/19), the declaration that a child
 * is legally free for adoption (s.38, Form 25), appeals, reviews, probation reports (Form 10)
 * and follow-ups after restoration.
 *
 * Each kind's `date` is the date it is sorted and checked by. Rules that join fields (a
 * birth certificate only when there is no school certificate, a period for probation) are
 * in ENTRY_RULES, checked by the same schema in the renderer and the backend.
 */
import { z } from 'zod';
import { formSchema, type ChildDates, type FieldSpec } from './casefile-fields';
import type { Authority } from './jj-case';

const date = (required = true) => ({ key: 'date', kind: 'date', rule: 'past', ...(required ? { required: true } : {}) }) as const;
const YES_NO = ['yes', 'no'] as const;

/** s.94(2): the evidence of age, in the order the Act allows it (a later kind only when the earlier is not available). */
export const AGE_EVIDENCE = ['appearance', 'schoolCertificate', 'birthCertificate', 'medical'] as const;
/** s.12(1) proviso: the only grounds on which bail may be refused. */
export const BAIL_REFUSAL_GROUNDS = ['knownCriminals', 'danger', 'endsOfJustice'] as const;
export const CUSTODY_PLACES = ['observationHome', 'placeOfSafety', 'fitFacility', 'fitPerson', 'other'] as const;
/** Final orders of the Board: s.17 (not in conflict with law), s.18(1) with its clause, s.18(3) transfer to the Children's Court, s.14(4) termination of a petty-offence inquiry. */
export const JJB_ORDER_SECTIONS = ['s17', 's18_1', 's18_3', 's14_4', 'other'] as const;
export const S18_CLAUSES = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
export const S18_2_DIRECTIONS = ['school', 'vocational', 'therapeutic', 'keepAway', 'deAddiction'] as const;
/** s.37(1)(a)–(h): the Committee's final orders; `transfer` sends the case to the child's home district (s.95). */
export const S37_CLAUSES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'transfer', 'other'] as const;
export const INTERIM_FORMS = ['form18', 'form19'] as const;
export const PRODUCERS = ['police', 'sjpu', 'childline', 'ngo', 'socialWorker', 'citizen', 'doctor', 'parent', 'self', 'other'] as const;
export const FOLLOW_UP_STAGES = ['twoMonths', 'sixMonths', 'other'] as const;
export const RED_FLAGS = ['abuse', 'neglect', 'outOfSchool', 'working', 'none'] as const;

export const CASE_ENTRY_FIELDS = {
  /** Form 1, by the police (CWPO/SJPU); the child's own particulars are in the register. */
  sbr: [
    date(),
    { key: 'investigatingOfficer', kind: 'text' },
    { key: 'welfareOfficer', kind: 'text' },
    { key: 'circumstances', kind: 'longText' },
    { key: 'articlesRecovered', kind: 'text' },
    { key: 'allegedRole', kind: 'longText' },
    { key: 'reasonForOffence', kind: 'longText' },
    { key: 'familyInvolvement', kind: 'text' },
    { key: 'abuse', kind: 'multi', options: ['verbal', 'physical', 'sexual', 'other', 'none'] },
    { key: 'victimOfOffence', kind: 'choice', options: YES_NO },
    { key: 'usedByAdults', kind: 'choice', options: YES_NO },
    { key: 'suggestions', kind: 'longText' },
  ],
  /** s.94: `date` is the order to determine age; a medical test must be completed within 15 days of it. */
  ageDetermination: [
    date(),
    { key: 'evidence', kind: 'choice', options: AGE_EVIDENCE, required: true },
    { key: 'noSchoolCertificate', kind: 'check' },
    { key: 'noBirthCertificate', kind: 'check' },
    { key: 'documentDetails', kind: 'text' },
    { key: 'medicalReportOn', kind: 'date', rule: 'past', notBefore: 'date' },
    { key: 'determinedOn', kind: 'date', rule: 'past', notBefore: 'date' },
    { key: 'ageOnOffenceDate', kind: 'number', min: 0, max: 25, integer: true },
    { key: 'determinedBy', kind: 'text' },
  ],
  bail: [
    date(),
    { key: 'decision', kind: 'choice', options: ['granted', 'refused'], required: true },
    { key: 'refusalGrounds', kind: 'multi', options: BAIL_REFUSAL_GROUNDS },
    { key: 'reasons', kind: 'longText', required: true },
    { key: 'conditions', kind: 'longText' },
    { key: 'surety', kind: 'text' },
    { key: 'supervision', kind: 'text' },
    { key: 'conditionsMetOn', kind: 'date', rule: 'past', notBefore: 'date' },
    { key: 'reProducedOn', kind: 'date', rule: 'past', notBefore: 'date' },
  ],
  custody: [
    date(),
    { key: 'until', kind: 'date', rule: 'planned', notBefore: 'date' },
    { key: 'place', kind: 'choice', options: CUSTODY_PLACES, required: true },
    { key: 'institution', kind: 'text', required: true },
  ],
  /** Form 6 (Board) / Form 22 (Committee): `date` is the day it was submitted. */
  sir: [
    date(),
    { key: 'orderedOn', kind: 'date', rule: 'past' },
    { key: 'preparedBy', kind: 'text', required: true },
    { key: 'preparerRole', kind: 'choice', options: ['probationOfficer', 'welfareOfficer', 'socialWorker', 'ngo'] },
    { key: 'causes', kind: 'longText' },
    { key: 'analysis', kind: 'longText' },
    { key: 'restorationRisk', kind: 'longText' },
    { key: 'recommendation', kind: 'longText' },
  ],
  /** s.15: a heinous offence by a child of 16–18; `outcome` says whether the Board keeps the inquiry or transfers to the Children's Court. */
  preliminaryAssessment: [
    date(),
    { key: 'experts', kind: 'text' },
    { key: 'mentalCapacity', kind: 'longText' },
    { key: 'physicalCapacity', kind: 'longText' },
    { key: 'understandsConsequences', kind: 'longText' },
    { key: 'circumstances', kind: 'longText' },
    { key: 'assessmentOutcome', kind: 'choice', options: ['board', 'childrensCourt'], required: true },
  ],
  /** s.14(2): the Board may extend the 4 months by at most 2, with reasons in writing; beyond that, for serious and heinous offences, the CJM/CMM. */
  extension: [date(), { key: 'months', kind: 'number', min: 1, max: 12, integer: true, required: true }, { key: 'grantedBy', kind: 'choice', options: ['board', 'cjm'], required: true }, { key: 'reasons', kind: 'longText', required: true }],
  finalOrder: [
    date(),
    { key: 'orderNo', kind: 'text' },
    { key: 'orderSection', kind: 'choice', options: JJB_ORDER_SECTIONS, required: true },
    { key: 'clause', kind: 'choice', options: S18_CLAUSES },
    { key: 'directions', kind: 'multi', options: S18_2_DIRECTIONS },
    { key: 'periodMonths', kind: 'number', min: 1, max: 36, integer: true },
    { key: 'supervisedBy', kind: 'text' },
    { key: 'referredToCwc', kind: 'check' },
    { key: 'details', kind: 'longText' },
  ],
  appeal: [
    date(),
    { key: 'appellateAuthority', kind: 'text', required: true },
    { key: 'appealedBy', kind: 'text' },
    { key: 'appealOutcome', kind: 'choice', options: ['pending', 'allowed', 'dismissed', 'modified'] },
    { key: 'decidedOn', kind: 'date', rule: 'past', notBefore: 'date' },
    { key: 'details', kind: 'longText' },
  ],
  review: [date(), { key: 'reviewedBy', kind: 'text', required: true }, { key: 'observations', kind: 'longText' }, { key: 'nextReviewOn', kind: 'date', rule: 'planned', notBefore: 'date' }],
  /** Form 10, by the Probation Officer. */
  probationReport: [
    date(),
    { key: 'probationOfficer', kind: 'text', required: true },
    { key: 'homeVisitOn', kind: 'date', rule: 'past' },
    { key: 'behaviour', kind: 'longText' },
    { key: 'schoolOrWork', kind: 'longText' },
    { key: 'progress', kind: 'longText' },
    { key: 'recommendation', kind: 'longText' },
  ],
  /** Form 17, by whoever produced the child before the Committee (the child's particulars are the register's). */
  productionReport: [
    date(),
    { key: 'producedBy', kind: 'text', required: true },
    { key: 'producerRole', kind: 'choice', options: PRODUCERS, required: true },
    { key: 'producerContact', kind: 'text' },
    { key: 'whereFound', kind: 'text' },
    { key: 'circumstances', kind: 'longText' },
    { key: 'childStatement', kind: 'longText' },
    { key: 'belongings', kind: 'text' },
    { key: 'immediateNeeds', kind: 'longText' },
    { key: 'familyInformed', kind: 'choice', options: YES_NO },
  ],
  /** Form 18 (a Children's Home, fit facility or SAA) or Form 19 (a parent, guardian or fit person), pending inquiry. */
  interimOrder: [
    date(),
    { key: 'orderForm', kind: 'choice', options: INTERIM_FORMS, required: true },
    { key: 'placedWith', kind: 'text', required: true },
    { key: 'address', kind: 'text' },
    { key: 'until', kind: 'date', rule: 'planned', notBefore: 'date' },
    { key: 'school', kind: 'text' },
  ],
  cwcOrder: [
    date(),
    { key: 'orderNo', kind: 'text' },
    { key: 'orderClause', kind: 'choice', options: S37_CLAUSES, required: true },
    { key: 'placedWith', kind: 'text' },
    { key: 'supervisedBy', kind: 'text' },
    { key: 'details', kind: 'longText' },
  ],
  /** Form 25: at least three members decide (s.38(1)). */
  lfaDeclaration: [
    date(),
    { key: 'orderNo', kind: 'text', required: true },
    { key: 'members', kind: 'number', min: 1, max: 5, integer: true, required: true },
    { key: 'agency', kind: 'text', required: true },
    { key: 'surrenderDeed', kind: 'check' },
    { key: 'details', kind: 'longText' },
  ],
  /** A visit to a child restored to the family (post-restoration follow-up at 2 and 6 months). */
  followUp: [
    date(),
    { key: 'stage', kind: 'choice', options: FOLLOW_UP_STAGES, required: true },
    { key: 'childPresent', kind: 'choice', options: YES_NO, required: true },
    { key: 'whereabouts', kind: 'text' },
    { key: 'redFlags', kind: 'multi', options: RED_FLAGS },
    { key: 'visitedBy', kind: 'text' },
    { key: 'notes', kind: 'longText' },
  ],
} as const satisfies Record<string, readonly FieldSpec[]>;

export type CaseEntryKind = keyof typeof CASE_ENTRY_FIELDS;
export const CASE_ENTRY_KINDS = Object.keys(CASE_ENTRY_FIELDS) as CaseEntryKind[];
export const caseEntryKindSchema = z.enum(CASE_ENTRY_KINDS as [CaseEntryKind, ...CaseEntryKind[]]);

/** Which steps each authority records, in the order the case file shows them. */
export const ENTRY_KINDS_OF: Record<Authority, readonly CaseEntryKind[]> = {
  jjb: ['sbr', 'ageDetermination', 'bail', 'custody', 'sir', 'preliminaryAssessment', 'extension', 'finalOrder', 'appeal', 'review', 'probationReport'],
  cwc: ['productionReport', 'ageDetermination', 'interimOrder', 'sir', 'lfaDeclaration', 'cwcOrder', 'appeal', 'followUp', 'review'],
};

/** The kinds that dispose of a case: a case with one of these is no longer pending. */
export const DISPOSING_KINDS = ['finalOrder', 'cwcOrder'] as const satisfies readonly CaseEntryKind[];

type Values = Record<string, unknown>;
type Issue = (path: string, message: string) => void;
const filled = (v: unknown) => v !== null && v !== undefined && v !== '' && v !== false && !(Array.isArray(v) && v.length === 0);

/** Rules joining the fields of one entry. Messages are short English the renderer translates. */
const ENTRY_RULES: Partial<Record<CaseEntryKind, (v: Values, issue: Issue) => void>> = {
  ageDetermination(v, issue) {
    // s.94(2): a birth certificate only without a school certificate; a medical test only without either.
    if ((v['evidence'] === 'birthCertificate' || v['evidence'] === 'medical') && v['noSchoolCertificate'] !== true) issue('noSchoolCertificate', 'only when there is no school or matriculation certificate (s.94(2))');
    if (v['evidence'] === 'medical' && v['noBirthCertificate'] !== true) issue('noBirthCertificate', 'a medical test only when there is no birth certificate either (s.94(2))');
    if (v['evidence'] !== 'medical' && filled(v['medicalReportOn'])) issue('medicalReportOn', 'only for a medical test');
  },
  bail(v, issue) {
    if (v['decision'] === 'refused') {
      if (!filled(v['refusalGrounds'])) issue('refusalGrounds', 'bail may be refused only on the grounds of s.12(1)');
      for (const k of ['conditions', 'surety', 'conditionsMetOn', 'reProducedOn']) if (filled(v[k])) issue(k, 'only when bail is granted');
    } else {
      if (filled(v['refusalGrounds'])) issue('refusalGrounds', 'only when bail is refused');
      if (!filled(v['conditions']) && (filled(v['conditionsMetOn']) || filled(v['reProducedOn']))) issue('conditions', 'required when conditions were met or the child was produced again');
    }
  },
  extension(v, issue) {
    if (v['grantedBy'] === 'board' && typeof v['months'] === 'number' && v['months'] > 2) issue('months', 'the Board may extend by at most 2 months (s.14(2))');
  },
  finalOrder(v, issue) {
    const section = v['orderSection'];
    const clause = v['clause'];
    if (section === 's18_1' && !filled(clause)) issue('clause', 'required for an order under s.18(1)');
    if (section !== 's18_1') {
      for (const k of ['clause', 'directions', 'periodMonths', 'supervisedBy']) if (filled(v[k])) issue(k, 'only for an order under s.18(1)');
    }
    // (e), (f): probation of good conduct; (g): a special home — each for a period of at most three years, (e)/(f) under someone's care.
    if (clause === 'e' || clause === 'f' || clause === 'g') {
      if (!filled(v['periodMonths'])) issue('periodMonths', 'required for this order (at most 3 years)');
      if (!filled(v['supervisedBy'])) issue('supervisedBy', clause === 'g' ? 'name the special home or place of safety' : 'name the person or fit facility');
    }
    if (filled(v['referredToCwc']) && section !== 's17') issue('referredToCwc', 'only with an order under s.17');
  },
  cwcOrder(v, issue) {
    if (['b', 'c', 'd', 'e'].includes(String(v['orderClause'])) && !filled(v['placedWith'])) issue('placedWith', 'name who or where the child is placed with');
  },
  lfaDeclaration(v, issue) {
    if (typeof v['members'] === 'number' && v['members'] < 3) issue('members', 'at least three members must decide (s.38(1))');
  },
  followUp(v, issue) {
    if (v['childPresent'] === 'no' && !filled(v['whereabouts'])) issue('whereabouts', 'say where the child is');
  },
};

/**
 * The schema of one step of a case: its fields with dates checked against the child (nothing
 * before birth, nothing past in the future) and the case (nothing before it began), and the
 * rules joining its fields.
 */
export function caseEntrySchema(kind: CaseEntryKind, bounds?: { child: ChildDates; caseBegan: string | null }) {
  const specs = CASE_ENTRY_FIELDS[kind];
  return formSchema(specs, bounds?.child).superRefine((value: Values, ctx) => {
    const issue: Issue = (path, message) => ctx.addIssue({ code: 'custom', path: [path], message });
    ENTRY_RULES[kind]?.(value, issue);
    const began = bounds?.caseBegan;
    if (began && typeof value['date'] === 'string' && value['date'] < began) issue('date', 'before the case began');
  });
}

export const caseEntryViewSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: caseEntryKindSchema,
  date: z.string(),
  values: z.record(z.string(), z.unknown()),
  recordedBy: z.string(),
  updatedAt: z.string(),
});
export type CaseEntryView = z.infer<typeof caseEntryViewSchema>;

/** The disposal an order stands for, as the disposal report counts it: "s18_1_g", "s17", "s37_1_b"… */
export function disposalOf(kind: CaseEntryKind, values: Values): string | null {
  if (kind === 'finalOrder') return values['orderSection'] === 's18_1' ? `s18_1_${String(values['clause'])}` : String(values['orderSection']);
  if (kind === 'cwcOrder') return ['transfer', 'other'].includes(String(values['orderClause'])) ? String(values['orderClause']) : `s37_1_${String(values['orderClause'])}`;
  return null;
}

/** Every disposal the report can count, in its order. */
export const DISPOSALS = [
  's17',
  ...S18_CLAUSES.map((c) => `s18_1_${c}`),
  's18_3',
  's14_4',
  ...S37_CLAUSES.filter((c) => c !== 'transfer' && c !== 'other').map((c) => `s37_1_${c}`),
  'transfer',
  'other',
] as const;
