/**
 * Case files of the Juvenile Justice Board (a child in conflict with law, CCL) and of the Child
 * Welfare Committee (a child in need of care and protection, CNCP). A case belongs to one child
 * of the register and to one authority, under the authority's case number; its particulars
 * (FIR/DD/GD, police station, sections, offence class, apprehension and first production) are
 * here, its dated steps in jj-case-entries.ts, its hearings in hearings.ts.
 */
import { z } from 'zod';
import { formatDateTimeIst, todayIst } from '../util/dates';
import { isoDate, optionalText, requiredText, utcInstant } from './fields';
import { sectionSchema, statuteProblem } from './statutes';

export const AUTHORITIES = ['jjb', 'cwc'] as const;
export type Authority = (typeof AUTHORITIES)[number];

/** The register category each authority deals with: the Board with CCL, the Committee with CNCP. */
export const AUTHORITY_CATEGORY = { jjb: 'CCL', cwc: 'CNCP' } as const satisfies Record<Authority, 'CCL' | 'CNCP'>;

/**
 * JJ Act 2015 s.2(45) petty: at most 3 years' imprisonment; s.2(54) serious: more than 3 and
 * up to 7 years (and, since the 2021 amendment, a maximum above 7 years with no minimum or a
 * minimum below 7); s.2(33) heinous: a minimum of 7 years or more. The screens explain each.
 */
export const OFFENCE_CLASSES = ['petty', 'serious', 'heinous'] as const;
export type OffenceClass = (typeof OFFENCE_CLASSES)[number];

/** For a child in need of care and protection who may be declared legally free for adoption (s.38). */
export const ADOPTION_GROUNDS = ['orphan', 'abandoned', 'surrendered'] as const;

export const CASE_STATUSES = ['pending', 'disposed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** A PC clock a few minutes fast should not make "now" a future time. */
const CLOCK_SLACK_MS = 5 * 60_000;
/** The law's limit for producing a child before the Board or Committee (s.10(1), s.31(1)), journey time excluded. */
export const PRODUCTION_LIMIT_MINUTES = 24 * 60;

const shortText = optionalText(200);

export const caseParticularsShape = z
  .object({
    caseNo: requiredText(60),
    firNo: optionalText(60),
    firDate: isoDate.nullable().default(null),
    ddNo: optionalText(60),
    ddDate: isoDate.nullable().default(null),
    gdNo: optionalText(60),
    gdDate: isoDate.nullable().default(null),
    policeStation: shortText,
    sections: z.array(sectionSchema).max(30, { error: 'at most 30 sections' }).default([]),
    offenceClass: z.enum(OFFENCE_CLASSES, { error: 'choose one' }).nullable().default(null),
    offenceDate: isoDate.nullable().default(null),
    /** Apprehension (JJB) or the moment the child was taken charge of (CWC): the 24-hour clock starts here. */
    apprehendedAt: utcInstant.nullable().default(null),
    firstProducedAt: utcInstant.nullable().default(null),
    /** Journey time to the Board or Committee, which the 24 hours exclude. */
    journeyHours: z.number({ error: 'a number' }).min(0, { error: 'at least 0' }).max(72, { error: 'at most 72' }).nullable().default(null),
    investigatingOfficer: shortText,
    welfareOfficer: shortText,
    probationOfficer: shortText,
    legalAid: shortText,
    adoptionGround: z.enum(ADOPTION_GROUNDS, { error: 'choose one' }).nullable().default(null),
    notes: optionalText(2000),
  })
  .strict();
export type CaseParticulars = z.output<typeof caseParticularsShape>;
export type CaseParticularsDraft = z.input<typeof caseParticularsShape>;

/**
 * The particulars as the form and the backend check them: the same shape, and the rules that
 * join fields — what each authority records, times in order and not in the future, and each
 * section cited under the code in force on its date.
 */
export function caseParticularsSchema<S extends z.ZodType<CaseParticulars, Record<string, unknown>>>(authority: Authority, now: Date, shape: S = caseParticularsShape as unknown as S) {
  return shape.superRefine((c, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (authority === 'jjb' && c.offenceClass === null) issue('offenceClass', 'required');
    if (authority === 'cwc' && c.offenceClass !== null) issue('offenceClass', 'only for a child in conflict with law');
    if (authority === 'jjb' && c.adoptionGround !== null) issue('adoptionGround', 'only for a child in need of care and protection');
    const today = todayIst(now);
    for (const key of ['firDate', 'ddDate', 'gdDate', 'offenceDate'] as const) {
      if (c[key] !== null && c[key] > today) issue(key, 'in the future');
    }
    for (const key of ['apprehendedAt', 'firstProducedAt'] as const) {
      const at = c[key];
      if (at !== null && Date.parse(at) > now.getTime() + CLOCK_SLACK_MS) issue(key, 'in the future');
    }
    if (c.apprehendedAt !== null && c.firstProducedAt !== null && c.firstProducedAt < c.apprehendedAt) issue('firstProducedAt', `before the apprehension (${formatDateTimeIst(c.apprehendedAt)})`);
    if (c.offenceDate !== null && c.apprehendedAt !== null && todayIst(new Date(c.apprehendedAt)) < c.offenceDate) issue('apprehendedAt', 'before the date of the offence');
    if (c.offenceDate !== null && c.firDate !== null && c.firDate < c.offenceDate) issue('firDate', 'before the date of the offence');
    if (c.journeyHours !== null && (c.apprehendedAt === null || c.firstProducedAt === null)) issue('journeyHours', 'only with the times of apprehension and production');
    const dates = { offence: c.offenceDate, proceedings: c.firDate ?? c.ddDate ?? c.gdDate };
    c.sections.forEach((s, i) => {
      const problem = statuteProblem(s, dates);
      if (problem) ctx.addIssue({ code: 'custom', path: ['sections', i], message: problem });
    });
  });
}

export interface ProductionCheck {
  /** From apprehension to first production. */
  elapsedMinutes: number;
  /** The same, less the journey time the law excludes. */
  countedMinutes: number;
  within: boolean;
  /** How late, when not within 24 hours. */
  lateMinutes: number;
}

/**
 * The 24-hour check of s.10(1) / s.31(1), on instants (so a child apprehended at 22:30 and
 * produced at 21:00 the next day is within it, and one produced at 23:00 is 30 minutes late,
 * whatever the calendar days say).
 */
export function productionCheck(apprehendedAt: string, producedAt: string, journeyHours: number | null): ProductionCheck {
  const elapsedMinutes = Math.round((Date.parse(producedAt) - Date.parse(apprehendedAt)) / 60_000);
  const countedMinutes = Math.max(0, elapsedMinutes - Math.round((journeyHours ?? 0) * 60));
  return { elapsedMinutes, countedMinutes, within: countedMinutes <= PRODUCTION_LIMIT_MINUTES, lateMinutes: Math.max(0, countedMinutes - PRODUCTION_LIMIT_MINUTES) };
}

export const productionCheckSchema = z.object({ elapsedMinutes: z.number(), countedMinutes: z.number(), within: z.boolean(), lateMinutes: z.number() });

/** Registering a case: the child, the authority, the particulars, and — once the child has been produced — the next date the Board or Committee fixed. */
export const caseRegisterSchema = z
  .object({
    childId: z.string(),
    authority: z.enum(AUTHORITIES, { error: 'choose one' }),
    particulars: z.record(z.string(), z.unknown()),
    /** The date fixed at the first production (every hearing ends with a next date or a disposal). */
    next: z.object({ date: isoDate, bench: requiredText(60), purpose: z.string().min(1).max(40) }).strict().nullable().default(null),
  })
  .strict();

/**
 * Initials of a name, for the cause list (s.74: never the name). One initial per word: the
 * first letter (a Devanagari or Bengali consonant without its vowel sign), so "Lalthanzuala"
 * gives "L." and "सुनीता कुमारी" gives "स. क.".
 */
export function initialsOf(name: string): string {
  return name
    .normalize('NFC')
    .split(/[\s.]+/)
    .map((w) => /\p{L}/u.exec(w)?.[0])
    .filter((c): c is string => c !== undefined)
    .map((c) => `${c.toLocaleUpperCase('en-IN')}.`)
    .join(' ');
}
