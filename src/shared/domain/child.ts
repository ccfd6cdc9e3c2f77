import { z } from 'zod';
import { todayIst, yearsBetween } from '../util/dates';
import { isoDate, isoDateTime, optionalText, requiredText, textList } from './fields';
import { CHILD_STATUSES } from './movement';

export const DEADLINE_FILTERS = ['overdue', 'due', 'none'] as const;

/** The register's status filter: one status, or everyone on the roll (`in_care`) or off it (`left`). */
export const STATUS_FILTERS = ['in_care', 'left', ...CHILD_STATUSES] as const;

export const SEXES = ['female', 'male', 'transgender', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];
/** CNCP: child in need of care and protection (s.2(14)); CCL: child in conflict with law (s.2(13)). */
export const CATEGORIES = ['CNCP', 'CCL'] as const;
export type Category = (typeof CATEGORIES)[number];
export const AGE_BANDS = ['0-5', '6-11', '12-14', '15-17', '18+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const LIMITS = {
  name: 200,
  alias: 100,
  aliases: 20,
  shortText: 200,
  longText: 2000,
  languages: 10,
  photoBytes: 2 * 1024 * 1024,
  photosPerChild: 10,
} as const;

export { isoDate, isoDateTime, optionalText };

export const addressSchema = z
  .object({
    village: optionalText(LIMITS.shortText),
    policeStation: optionalText(LIMITS.shortText),
    district: optionalText(LIMITS.shortText),
    state: optionalText(LIMITS.shortText),
    pin: z
      .string()
      .trim()
      .regex(/^(\d{6})?$/, { error: 'six digits' })
      .transform((s) => (s === '' ? null : s))
      .nullable()
      .default(null),
  })
  .strict();

/** What a person enters to admit or edit a child. The renderer's form validates with this too. */
export const childInputSchema = z
  .object({
    admissionNo: requiredText(40),
    name: requiredText(LIMITS.name),
    aliases: textList(LIMITS.aliases, LIMITS.alias),
    sex: z.enum(SEXES, { error: 'choose one' }),
    dob: isoDate.nullable().default(null),
    ageYears: z.number({ error: 'a number of years' }).int({ error: 'whole years' }).min(0, { error: 'at least 0' }).max(25, { error: 'at most 25' }).nullable().default(null),
    ageEstimated: z.boolean().default(false),
    fatherName: optionalText(LIMITS.name),
    motherName: optionalText(LIMITS.name),
    guardianName: optionalText(LIMITS.name),
    address: addressSchema.default({ village: null, policeStation: null, district: null, state: null, pin: null }),
    category: z.enum(CATEGORIES, { error: 'choose one' }),
    admittedAt: isoDateTime,
    referredBy: optionalText(LIMITS.shortText),
    orderNo: optionalText(100),
    identificationMarks: optionalText(LIMITS.longText),
    languages: textList(LIMITS.languages, 60),
    heightCm: z.number({ error: 'a number' }).min(30, { error: 'at least 30' }).max(250, { error: 'at most 250' }).nullable().default(null),
    weightKg: z.number({ error: 'a number' }).min(1, { error: 'at least 1' }).max(250, { error: 'at most 250' }).nullable().default(null),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.dob === null && c.ageYears === null) {
      ctx.addIssue({ code: 'custom', path: ['dob'], message: 'date of birth or age is required' });
    }
    // zod runs this even when admittedAt itself failed; that failure is already reported.
    if (Number.isNaN(Date.parse(c.admittedAt))) return;
    // Calendar dates are Indian dates; an admission at 02:00 IST is the previous day in UTC.
    const admitted = todayIst(new Date(c.admittedAt));
    if (c.dob !== null && c.dob > admitted) {
      ctx.addIssue({ code: 'custom', path: ['dob'], message: 'born after the date of admission' });
    }
  });
export type ChildInput = z.output<typeof childInputSchema>;
export type ChildInputDraft = z.input<typeof childInputSchema>;

export const photoMetaSchema = z.object({ id: z.string(), mime: z.string(), width: z.number(), height: z.number(), bytes: z.number() });

export const childSchema = z.object({
  id: z.string(),
  admissionNo: z.string(),
  /** False when the viewer may not see identifying details: every field below that could identify the child is null or empty. */
  identified: z.boolean(),
  name: z.string().nullable(),
  aliases: z.array(z.string()),
  sex: z.enum(SEXES),
  dob: z.string().nullable(),
  ageYears: z.number().nullable(),
  ageEstimated: z.boolean(),
  fatherName: z.string().nullable(),
  motherName: z.string().nullable(),
  guardianName: z.string().nullable(),
  address: z.object({ village: z.string().nullable(), policeStation: z.string().nullable(), district: z.string().nullable(), state: z.string().nullable(), pin: z.string().nullable() }),
  category: z.enum(CATEGORIES),
  admittedAt: z.string(),
  referredBy: z.string().nullable(),
  orderNo: z.string().nullable(),
  identificationMarks: z.string().nullable(),
  languages: z.array(z.string()),
  heightCm: z.number().nullable(),
  weightKg: z.number().nullable(),
  /** Where the child is now, as the movements lead to (src/shared/domain/movement.ts). */
  status: z.enum(CHILD_STATUSES),
  photos: z.array(photoMetaSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Child = z.infer<typeof childSchema>;

export const childCountsSchema = z.object({
  present: z.number(),
  onLeave: z.number(),
  runaway: z.number(),
  onRoll: z.number(),
  onRollCncp: z.number(),
  onRollCcl: z.number(),
  left: z.number(),
});
export type ChildCounts = z.infer<typeof childCountsSchema>;

export const childRowSchema = z.object({
  id: z.string(),
  admissionNo: z.string(),
  /** null when hidden from this viewer (CCL without the right to see names). */
  name: z.string().nullable(),
  aliases: z.array(z.string()),
  sex: z.enum(SEXES),
  age: z.number().nullable(),
  ageEstimated: z.boolean(),
  category: z.enum(CATEGORIES),
  status: z.enum(CHILD_STATUSES),
  admittedAt: z.string(),
  photoCount: z.number(),
});
export type ChildRow = z.infer<typeof childRowSchema>;

export const childFilterSchema = z
  .object({
    query: z.string().max(200).default(''),
    category: z.enum(CATEGORIES).nullable().default(null),
    sex: z.enum(SEXES).nullable().default(null),
    ageBand: z.enum(AGE_BANDS).nullable().default(null),
    status: z.enum(STATUS_FILTERS).nullable().default(null),
    /** Children with an overdue deadline, one due soon (and none overdue), or neither. */
    deadline: z.enum(DEADLINE_FILTERS).nullable().default(null),
  })
  .strict();
export type ChildFilter = z.output<typeof childFilterSchema>;

/**
 * Current age in whole years: from the date of birth when known, otherwise the age given at
 * admission plus the years since.
 */
export function currentAge(c: { dob: string | null; ageYears: number | null; admittedAt: string }, today: string): number | null {
  if (c.dob) return yearsBetween(c.dob, today);
  if (c.ageYears !== null) return c.ageYears + Math.max(0, yearsBetween(todayIst(new Date(c.admittedAt)), today));
  return null;
}

/** Age in whole years on the (Indian) day of admission: from the date of birth when known, else as recorded. */
export function ageAtAdmission(c: { dob: string | null; ageYears: number | null; admittedAt: string }): number | null {
  return c.dob ? yearsBetween(c.dob, todayIst(new Date(c.admittedAt))) : c.ageYears;
}

export function ageBandOf(age: number | null): AgeBand | null {
  if (age === null) return null;
  if (age <= 5) return '0-5';
  if (age <= 11) return '6-11';
  if (age <= 14) return '12-14';
  if (age <= 17) return '15-17';
  return '18+';
}
