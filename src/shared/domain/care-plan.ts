/**
 * The Individual Care Plan (Form 7, JJ Model Rules 2016), all four parts:
 *   A — the child's details and the plan across the ten need areas (areas of concern →
 *       proposed interventions, with the person responsible and a target date);
 *   B — periodic progress reports against the plan;
 *   C — the pre-release report;
 *   D — post-release / restoration follow-ups (first interaction, 2 and 6 months) with the
 *       checklist of identity documents and compensation.
 * Each save of a part makes a new version of the whole plan; old versions are kept, so the
 * plan as it stood on any date can be shown and printed.
 */
import { z } from 'zod';
import { isoDate } from './child';
import { formSchema, type ChildDates, type FieldSpec, type ValuesOf } from './casefile-fields';

/** The ten categories of Form 7 Part A, in the form's order. */
export const NEED_AREAS = [
  'expectations',
  'healthNutrition',
  'emotional',
  'educationTraining',
  'leisure',
  'relationships',
  'religiousBeliefs',
  'selfCare',
  'independentLiving',
  'otherExperiences',
] as const;
export type NeedArea = (typeof NEED_AREAS)[number];

export const PLAN_LIMITS = { itemsPerArea: 20, progressReports: 60, followUps: 20 } as const;

/** One free-text field per need area (progress in Part B, the rehabilitation plan in Part C). */
const AREA_TEXT = NEED_AREAS.map((key) => ({ key, kind: 'longText' }) as const);

const YES_NO = ['yes', 'no'] as const;

export const PLAN_DETAILS_FIELDS = [
  { key: 'preparedBy', kind: 'text' },
  { key: 'preparedOn', kind: 'date', rule: 'sinceAdmission' },
  { key: 'caseNo', kind: 'text' },
  { key: 'firNo', kind: 'text' },
  { key: 'sections', kind: 'text' },
  { key: 'policeStation', kind: 'text' },
  { key: 'authority', kind: 'longText' },
  { key: 'stayOfChild', kind: 'text' },
  { key: 'nationality', kind: 'text' },
  { key: 'religion', kind: 'text' },
  { key: 'caste', kind: 'text' },
  { key: 'educationLevel', kind: 'text' },
  { key: 'savingsAccount', kind: 'text' },
  { key: 'earningsBelongings', kind: 'longText' },
  { key: 'awards', kind: 'text' },
] as const satisfies readonly FieldSpec[];

export const PLAN_ITEM_FIELDS = [
  { key: 'concern', kind: 'longText', required: true },
  { key: 'intervention', kind: 'longText', required: true },
  { key: 'responsible', kind: 'text' },
  { key: 'targetDate', kind: 'date', rule: 'planned' },
] as const satisfies readonly FieldSpec[];

export const PROGRESS_FIELDS = [
  { key: 'from', kind: 'date', rule: 'sinceAdmission', required: true },
  { key: 'to', kind: 'date', rule: 'sinceAdmission', required: true, notBefore: 'from' },
  { key: 'interviewPlace', kind: 'text' },
  { key: 'interviewDate', kind: 'date', rule: 'sinceAdmission' },
  { key: 'generalConduct', kind: 'longText' },
  ...AREA_TEXT,
  { key: 'proceedings', kind: 'longText' },
  { key: 'supervisionCompleted', kind: 'choice', options: YES_NO },
  { key: 'supervisionResult', kind: 'longText' },
  { key: 'livesWithName', kind: 'text' },
  { key: 'livesWithAddress', kind: 'longText' },
] as const satisfies readonly FieldSpec[];

export const PRE_RELEASE_FIELDS = [
  { key: 'releaseType', kind: 'choice', options: ['release', 'transfer'], required: true },
  { key: 'releaseDate', kind: 'date', rule: 'planned' },
  { key: 'transferPlace', kind: 'text' },
  { key: 'authorityThere', kind: 'text' },
  { key: 'placementHistory', kind: 'longText' },
  { key: 'trainingSkills', kind: 'longText' },
  { key: 'lastProgress', kind: 'longText' },
  ...AREA_TEXT,
  { key: 'escortRequisition', kind: 'text' },
  { key: 'idProofType', kind: 'text' },
  { key: 'idProofNumber', kind: 'text' },
  { key: 'rehabilitation', kind: 'choice', options: ['restoration', 'sponsorship', 'fosterCare', 'adoption', 'afterCare', 'transfer', 'other'] },
  { key: 'rehabilitationDetails', kind: 'longText' },
  { key: 'followUpBy', kind: 'text' },
  { key: 'sponsor', kind: 'text' },
  { key: 'medicalExamOn', kind: 'date', rule: 'sinceAdmission' },
  { key: 'medicalExamResult', kind: 'longText' },
] as const satisfies readonly FieldSpec[];

/** Form 7 Part D: the first interaction after restoration, then the follow-ups at 2 and 6 months. */
export const FOLLOW_UP_STAGES = ['first', 'twoMonths', 'sixMonths', 'other'] as const;

export const FOLLOW_UP_FIELDS = [
  { key: 'stage', kind: 'choice', options: FOLLOW_UP_STAGES, required: true },
  { key: 'date', kind: 'date', rule: 'sinceAdmission', required: true },
  { key: 'visitedBy', kind: 'text' },
  { key: 'childPresent', kind: 'choice', options: YES_NO },
  { key: 'whereIfNot', kind: 'text' },
  { key: 'bankAccount', kind: 'text' },
  { key: 'belongingsHandedTo', kind: 'text' },
  { key: 'progress', kind: 'longText' },
  { key: 'familyAttitude', kind: 'longText' },
  { key: 'communityAttitude', kind: 'longText' },
  { key: 'useOfSkills', kind: 'longText' },
  { key: 'schoolOrVocation', kind: 'text' },
  { key: 'mainstreamed', kind: 'choice', options: ['yes', 'partly', 'no'] },
  { key: 'heightCm', kind: 'number', min: 30, max: 250 },
  { key: 'weightKg', kind: 'number', min: 1, max: 250 },
] as const satisfies readonly FieldSpec[];

export const DOCUMENT_STATUSES = ['obtained', 'applied', 'missing', 'notApplicable'] as const;
/** Part D's checklist of identity documents (and whether compensation was received). */
export const DOCUMENTS = ['birthCertificate', 'schoolCertificate', 'casteCertificate', 'bplCard', 'disabilityCertificate', 'immunisationCard', 'rationCard', 'aadhaar'] as const;
export const DOCUMENT_FIELDS = [
  ...DOCUMENTS.map((key) => ({ key, kind: 'choice', options: DOCUMENT_STATUSES }) as const),
  { key: 'compensation', kind: 'longText' },
] as const satisfies readonly FieldSpec[];

export const PLAN_PARTS = ['A', 'B', 'C', 'D'] as const;
export type PlanPart = (typeof PLAN_PARTS)[number];

export type PlanDetails = ValuesOf<typeof PLAN_DETAILS_FIELDS>;
export type PlanItem = ValuesOf<typeof PLAN_ITEM_FIELDS>;
export type ProgressReport = ValuesOf<typeof PROGRESS_FIELDS>;
export type PreRelease = ValuesOf<typeof PRE_RELEASE_FIELDS>;
export type FollowUp = ValuesOf<typeof FOLLOW_UP_FIELDS>;
export type DocumentChecklist = ValuesOf<typeof DOCUMENT_FIELDS>;

export interface CarePlan {
  partA: { details: PlanDetails; areas: Record<NeedArea, PlanItem[]> };
  partB: ProgressReport[];
  partC: PreRelease | null;
  partD: { followUps: FollowUp[]; documents: DocumentChecklist };
}

const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max, { error: `at most ${max}` }).default([]);

/**
 * The schema of one part as a person saves it. `current` is the plan as it stands: a
 * follow-up after release (Part D) cannot precede Part C's date of release, and Part C cannot
 * move the date of release past a follow-up already recorded.
 */
export function partSchema(part: PlanPart, child?: ChildDates, current: CarePlan | null = null): z.ZodType {
  switch (part) {
    case 'A':
      return z
        .object({
          details: formSchema(PLAN_DETAILS_FIELDS, child),
          areas: z.object(Object.fromEntries(NEED_AREAS.map((a) => [a, list(formSchema(PLAN_ITEM_FIELDS, child), PLAN_LIMITS.itemsPerArea)]))).strict(),
        })
        .strict();
    case 'B':
      return z.object({ reports: list(formSchema(PROGRESS_FIELDS, child), PLAN_LIMITS.progressReports) }).strict();
    case 'C': {
      const firstFollowUp = current?.partD.followUps.map((f) => f.date).sort()[0] ?? null;
      return z
        .object({ preRelease: formSchema(PRE_RELEASE_FIELDS, child).nullable() })
        .strict()
        .superRefine((c, ctx) => {
          const release = c.preRelease?.releaseDate ?? null;
          if (release !== null && firstFollowUp !== null && release > firstFollowUp) ctx.addIssue({ code: 'custom', path: ['preRelease', 'releaseDate'], message: 'after a follow-up already recorded' });
        });
    }
    case 'D': {
      const release = current?.partC?.releaseDate ?? null;
      return z
        .object({ followUps: list(formSchema(FOLLOW_UP_FIELDS, child), PLAN_LIMITS.followUps), documents: formSchema(DOCUMENT_FIELDS) })
        .strict()
        .superRefine((d, ctx) => {
          d.followUps.forEach((f, i) => {
            if (release !== null && f.date < release) ctx.addIssue({ code: 'custom', path: ['followUps', i, 'date'], message: 'before the date of release' });
          });
        });
    }
  }
}

export type PartInput = { part: 'A'; data: CarePlan['partA'] } | { part: 'B'; data: { reports: ProgressReport[] } } | { part: 'C'; data: { preRelease: PreRelease | null } } | { part: 'D'; data: CarePlan['partD'] };

export function emptyCarePlan(): CarePlan {
  const details = Object.fromEntries(PLAN_DETAILS_FIELDS.map((f) => [f.key, null])) as PlanDetails;
  const documents = Object.fromEntries(DOCUMENT_FIELDS.map((f) => [f.key, null])) as DocumentChecklist;
  return {
    partA: { details, areas: Object.fromEntries(NEED_AREAS.map((a) => [a, []])) as unknown as Record<NeedArea, PlanItem[]> },
    partB: [],
    partC: null,
    partD: { followUps: [], documents },
  };
}

/** The plan with one part replaced by what was saved. */
export function withPart(plan: CarePlan, input: PartInput): CarePlan {
  switch (input.part) {
    case 'A':
      return { ...plan, partA: input.data };
    case 'B':
      return { ...plan, partB: input.data.reports };
    case 'C':
      return { ...plan, partC: input.data.preRelease };
    case 'D':
      return { ...plan, partD: input.data };
  }
}

/** A stored plan, read back: the shape only (the values were checked when it was saved). */
export const carePlanSchema = z.object({
  partA: z.object({ details: z.record(z.string(), z.unknown()), areas: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))) }),
  partB: z.array(z.record(z.string(), z.unknown())),
  partC: z.record(z.string(), z.unknown()).nullable(),
  partD: z.object({ followUps: z.array(z.record(z.string(), z.unknown())), documents: z.record(z.string(), z.unknown()) }),
}) as unknown as z.ZodType<CarePlan>;

export const planVersionSchema = z.object({
  version: z.number(),
  part: z.enum(PLAN_PARTS),
  savedAt: z.string(),
  savedBy: z.string(),
});
export type PlanVersion = z.infer<typeof planVersionSchema>;

export const planViewSchema = planVersionSchema.extend({ plan: carePlanSchema });
export type PlanView = z.infer<typeof planViewSchema>;

export const carePlanSaveSchema = z
  .object({
    childId: z.string(),
    /** The version the person started from: if someone saved since, the save is refused rather than overwriting their work. */
    baseVersion: z.number().int().min(0),
    part: z.enum(PLAN_PARTS),
    data: z.unknown(),
  })
  .strict();

export const planAsOfInputSchema = z.object({ childId: z.string(), date: isoDate }).strict();
