/**
 * Deadlines: the shape of a rule, of the facts rules read, and of the items they produce. The
 * rules themselves are one table of data (src/main/deadlines/rules.ts), each with its legal
 * source; the engine (src/main/deadlines/engine.ts) knows no rule by name. A new rule — a
 * JJB inquiry's 4 + 2 months, say — is a new row, and, if it reads a fact nothing provides
 * yet, a new fact source; the engine does not change.
 */
import { z } from 'zod';
import { CATEGORIES, type Category } from './child';
import type { Role } from './roles';

/**
 * What rules can read. Each is a list of dated occurrences per child (or for the institution):
 * `admission` holds the admission and every readmission, `birthday18` the day the child turns
 * 18, `quarterEnd` the end of every quarter since Homeward was set up, and so on.
 */
/** A case's own facts (src/main/cases/deadline-facts.ts): each case has its own clocks. */
export const CASE_FACTS = [
  'apprehension',
  'firstProduction',
  'disposal',
  'inquiryExtension',
  'preliminaryAssessment',
  'bailConditional',
  'bailSettled',
  'medicalAgeTestOrdered',
  'medicalAgeTestDone',
  'lfaDeclared',
  'hearingListed',
  'hearingRecorded',
] as const;

export const FACTS = [
  'admission',
  'restoration',
  'birthday18',
  'production',
  'icp',
  'sir',
  'caseHistoryReview',
  'followUp',
  'quarterEnd',
  'quarterlyReportSent',
  ...CASE_FACTS,
] as const;
export type FactName = (typeof FACTS)[number];

export interface Occurrence {
  /** An instant, or an Indian calendar day (yyyy-mm-dd) read as its start. */
  at: string;
  /** A kind within the fact (a follow-up's stage: "twoMonths", "sixMonths"). */
  tag?: string;
  /** The period an occurrence stands for ("2026-Q3"); a rule started by one is done only by an occurrence of the same period. */
  period?: string;
  /** For a rule's `extendedBy` fact: how much this occurrence extends the time allowed (an extension of the inquiry by 2 months). */
  extend?: Duration;
}

/**
 * What a case rule can ask about a case, besides its facts: which authority, the offence class,
 * the child's age on the date of the offence (16–18 for a preliminary assessment) or at first
 * production (under 2 for s.38), and whether the child may be declared free for adoption.
 */
export const CASE_TRAITS = {
  authority: ['jjb', 'cwc'],
  offenceClass: ['petty', 'serious', 'heinous', 'none'],
  ageAtOffence: ['under16', '16to18', 'unknown'],
  ageAtProduction: ['under2', '2plus', 'unknown'],
  adoption: ['yes', 'no'],
} as const;
export type CaseTrait = keyof typeof CASE_TRAITS;
export type CaseTraits = { [K in CaseTrait]: (typeof CASE_TRAITS)[K][number] };

export interface Duration {
  months?: number;
  days?: number;
  hours?: number;
}

export interface LegalSource {
  /** As a clerk would cite it: "JJ Act 2015 s.31(1); Model Rules 2016 r.18(2), Form 17". */
  text: string;
  /** The same citation in Hindi, shown on Hindi screens; without it the English is shown, marked as English. */
  textHi?: string;
  /**
   * false where the reference document marks the provision as recalled rather than read in
   * the Gazette; shown, so that nobody relies on it unchecked (docs/decisions.md).
   */
  verified: boolean;
}

export interface DeadlineRule {
  id: string;
  /** Plain English for the command line; the screens say deadlines.rule.<id> in the user's language. */
  title: string;
  source: LegalSource;
  /** A child's deadline, one of a case's (each case its own clock), or the institution's own (a report). */
  scope: 'child' | 'case' | 'institution';
  /** Only for these categories (all when absent). */
  categories?: readonly Category[];
  /** Case rules: only for cases whose traits are among these (every trait named must match). */
  when?: { readonly [K in CaseTrait]?: readonly CaseTraits[K][] };
  /** Which children it follows: those on the roll, or those restored (follow-ups); case rules follow pending cases. Institution rules ignore it. */
  while: 'in_care' | 'restored' | 'pending';
  /** The clock starts at every occurrence of this fact. */
  start: FactName;
  /** Due this long after the start. */
  due: Duration;
  /** Shown as due this long before it falls due; overdue after. */
  warn: Duration;
  /**
   * What meets it: an occurrence of this fact (with this tag) at or after the start and
   * before the next start. Absent: nothing recorded meets it; it stands until the child
   * leaves the list `while` describes (turning 18, for instance).
   */
  done?: { fact: FactName; tag?: string };
  /** `once` for each start; `rolling`: every `done` restarts the clock (a review every quarter). */
  mode: 'once' | 'rolling';
  /** Occurrences of this fact (after the start) extend the time allowed by their `extend`. */
  extendedBy?: FactName;
  /** What the law says happens when the time runs out without it being done: the proceedings stand terminated (s.14(4)). */
  onExpiry?: 'terminated';
  /** The inquiry's time limit: shown on the list of cases and the pendency report. */
  inquiryLimit?: true;
  /** Whose work it is: the "mine" view shows a person the rules of their role. */
  responsible: readonly Role[];
}

export const DEADLINE_STATES = ['overdue', 'due'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

export const deadlineItemSchema = z.object({
  ruleId: z.string(),
  title: z.string(),
  source: z.object({ text: z.string(), textHi: z.string().optional(), verified: z.boolean() }),
  /** null for the institution's own deadlines. */
  childId: z.string().nullable(),
  /** A case's deadline: the case and its number (shown instead of the child to those who may not see a CCL's file). */
  caseId: z.string().nullable(),
  caseNo: z.string().nullable(),
  admissionNo: z.string().nullable(),
  /** null when withheld from this viewer (CCL, s.74) or for institution deadlines. */
  name: z.string().nullable(),
  category: z.enum(CATEGORIES).nullable(),
  /** When the clock started (the admission, the restoration…). */
  startedAt: z.string(),
  dueAt: z.string(),
  /** Whether the deadline is counted in hours (production within 24 hours) rather than days. */
  hourly: z.boolean(),
  /** The period a periodic deadline stands for ("2026-Q3"). */
  period: z.string().nullable(),
  state: z.enum(DEADLINE_STATES),
  /** Whole days until due; negative when overdue. */
  daysLeft: z.number(),
  /** Overdue and, by law, the proceedings stand terminated (a petty-offence inquiry past its time, s.14(4)). */
  terminated: z.boolean(),
});
export type DeadlineItem = z.infer<typeof deadlineItemSchema>;

export const deadlineListSchema = z.object({
  /** The most urgent first; only the first `limit` when one was asked for. */
  items: z.array(deadlineItemSchema),
  /** All of them, whatever the limit. */
  counts: z.object({ overdue: z.number(), due: z.number() }),
  /** Rules not followed yet because a fact they read is not recorded anywhere yet, with the facts missing. */
  inactive: z.array(z.object({ ruleId: z.string(), title: z.string(), missing: z.array(z.enum(FACTS)) })),
});
export type DeadlineList = z.infer<typeof deadlineListSchema>;

export const deadlineScopeSchema = z
  .object({
    scope: z.enum(['mine', 'all']).default('mine'),
    /** The home screen needs the few most urgent, not thousands. */
    limit: z.number().int().min(1).max(100_000).nullable().default(null),
  })
  .strict();

/**
 * Where each of a case's clocks stands, met or not, for the case's own page and its monitoring
 * sheet: `met` on time, `late` done after the due date, `open` not yet due, `due` inside the
 * warning, `overdue`, `closed` (the case was disposed of before it was done), `notStarted`
 * (what starts it is not recorded yet).
 */
export const CLOCK_STATES = ['met', 'late', 'open', 'due', 'overdue', 'closed', 'notStarted'] as const;
export type ClockState = (typeof CLOCK_STATES)[number];

export const clockSchema = z.object({
  ruleId: z.string(),
  title: z.string(),
  source: z.object({ text: z.string(), textHi: z.string().optional(), verified: z.boolean() }),
  startedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  doneAt: z.string().nullable(),
  hourly: z.boolean(),
  state: z.enum(CLOCK_STATES),
  /** Extensions granted, added to the time allowed. */
  extendedBy: z.object({ months: z.number(), days: z.number() }).nullable(),
  terminated: z.boolean(),
});
export type Clock = z.infer<typeof clockSchema>;
