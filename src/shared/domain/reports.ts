/**
 * The reports an institution sends out: the s.40(4) quarterly report of restored, dead and
 * runaway children (for the Committee and the District Magistrate), and the monthly summary
 * for the district office. Both go outside, so a child in conflict with law appears in them by
 * admission number only, whoever prints them (s.74).
 */
import { z } from 'zod';
import { CATEGORIES, SEXES } from './child';
import { isoDate, requiredText } from './fields';

export const quarterSchema = z.string().regex(/^\d{4}-Q[1-4]$/, { error: 'a quarter as yyyy-Qn' });
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'a month as yyyy-mm' });

/** How many calendar months a span covers, both ends included ("2026-01" to "2026-12": 12). */
export function monthsSpanned(r: { from: string; to: string }): number {
  const [fy, fm] = r.from.split('-').map(Number) as [number, number];
  const [ty, tm] = r.to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/** The longest span of months a disposals report covers: the last two years, as the screen offers them (a year prints on one landscape page). */
export const MAX_REPORT_MONTHS = 24;

/** A span of calendar months, both included (the disposals report on screen, as CSV and printed). */
export const monthRangeSchema = z
  .object({ from: monthSchema, to: monthSchema })
  .strict()
  .refine((r) => r.from <= r.to, { path: ['to'], error: 'before the start month' })
  .refine((r) => monthsSpanned(r) <= MAX_REPORT_MONTHS, { path: ['to'], error: `at most ${MAX_REPORT_MONTHS} months` });

const eventBase = {
  serial: z.number(),
  childId: z.string(),
  admissionNo: z.string(),
  /** null for a child in conflict with law: this report leaves the institution. */
  name: z.string().nullable(),
  sex: z.enum(SEXES),
  category: z.enum(CATEGORIES),
  /** Age in whole years on the day of the event, if known. */
  age: z.number().nullable(),
  at: z.string(),
  /** Home district and state, as the register records them (not for CCL). */
  homeDistrict: z.string().nullable(),
};

export const quarterlyReportSchema = z.object({
  period: quarterSchema,
  from: isoDate,
  to: isoDate,
  restored: z.array(z.object({ ...eventBase, relationship: z.string().nullable(), orderedBy: z.string(), orderNo: z.string(), orderDate: z.string() })),
  died: z.array(z.object({ ...eventBase, place: z.string(), cause: z.string(), authorityInformedOn: z.string() })),
  ranAway: z.array(z.object({ ...eventBase, policeInformed: z.boolean(), firGdNo: z.string().nullable(), returnedAt: z.string().nullable() })),
  /** When the report for this quarter was marked as sent, if it was. */
  sent: z.object({ submittedOn: z.string(), submittedTo: z.string(), recordedBy: z.string() }).nullable(),
});
export type QuarterlyReport = z.infer<typeof quarterlyReportSchema>;

/** The rows of the monthly summary, in the order printed. */
export const MONTHLY_LINES = [
  'onRollAtStart',
  'admitted',
  'readmitted',
  'returnedFromRunaway',
  'ranAway',
  'wentOnLeave',
  'returnedFromLeave',
  'restored',
  'transferred',
  'released',
  'died',
  'onRollAtEnd',
  'presentAtEnd',
  'onLeaveAtEnd',
  'awayAtEnd',
] as const;
export type MonthlyLine = (typeof MONTHLY_LINES)[number];

/** One line's counts: by category and by sex, and the total. */
export const countsSchema = z.object({ total: z.number(), CNCP: z.number(), CCL: z.number(), female: z.number(), male: z.number(), transgender: z.number(), unknown: z.number() });
export type Counts = z.infer<typeof countsSchema>;

export const monthlySummarySchema = z.object({
  month: monthSchema,
  from: isoDate,
  to: isoDate,
  lines: z.array(z.object({ line: z.enum(MONTHLY_LINES), counts: countsSchema })),
});
export type MonthlySummary = z.infer<typeof monthlySummarySchema>;

export const reportSentSchema = z
  .object({ period: quarterSchema, submittedOn: isoDate, submittedTo: requiredText(200) })
  .strict();
