/**
 * The Board's and Committee's case files' share of the RPC contract (spread into `contract` in
 * contract.ts): cases and their steps, hearings and the cause list, the monitoring sheets,
 * pendency and disposals, sittings, and the import of existing registers. Forms are checked in
 * the backend with the same shared schemas the renderer uses; the inputs here fix the envelope.
 */
import { z } from 'zod';
import { method } from './define';
import { CATEGORIES, SEXES } from '../domain/child';
import { clockSchema, CLOCK_STATES } from '../domain/deadlines';
import { isoDate } from '../domain/fields';
import { hearingOutcomeSchema, hearingSchema, nextListingSchema, sittingsSchema } from '../domain/hearings';
import { AUTHORITIES, CASE_STATUSES, caseRegisterSchema, OFFENCE_CLASSES, productionCheckSchema } from '../domain/jj-case';
import { caseEntryKindSchema, caseEntryViewSchema } from '../domain/jj-case-entries';
import { monthRangeSchema, monthSchema } from '../domain/reports';

const ok = z.object({ ok: z.literal(true) });
const formValues = z.record(z.string(), z.unknown());
const authority = z.enum(AUTHORITIES);

/** A case in a list. Without the right to see a CCL's file, only its number, status and next date. */
export const caseListRowSchema = z.object({
  id: z.string(),
  authority,
  caseNo: z.string(),
  identified: z.boolean(),
  childId: z.string().nullable(),
  admissionNo: z.string().nullable(),
  name: z.string().nullable(),
  offenceClass: z.enum(OFFENCE_CLASSES).nullable(),
  status: z.enum(CASE_STATUSES),
  disposedOn: z.string().nullable(),
  disposal: z.string().nullable(),
  /** The purpose and date of the hearing listed next. */
  stage: z.string().nullable(),
  nextHearing: z.string().nullable(),
  firstProducedAt: z.string().nullable(),
  /** The inquiry's time limit (4 months, plus extensions), where it stands, and whether the proceedings stand terminated by law. */
  limit: z.object({ dueAt: z.string(), state: z.enum(CLOCK_STATES), terminated: z.boolean() }).nullable(),
});
export type CaseListRow = z.infer<typeof caseListRowSchema>;

export const caseFileSchema = z.object({
  id: z.string(),
  authority,
  caseNo: z.string(),
  status: z.enum(CASE_STATUSES),
  disposedOn: z.string().nullable(),
  disposal: z.string().nullable(),
  particulars: formValues,
  child: z.object({ id: z.string(), admissionNo: z.string(), name: z.string(), category: z.enum(CATEGORIES), sex: z.enum(SEXES), dob: z.string().nullable(), ageYears: z.number().nullable() }),
  production: productionCheckSchema.nullable(),
  clocks: z.array(clockSchema),
  hearings: z.array(hearingSchema),
  entries: z.array(caseEntryViewSchema),
  recordedBy: z.string(),
  updatedAt: z.string(),
});
export type CaseFileJj = z.infer<typeof caseFileSchema>;

/** One step of Form 11 / Form 26: when the law wants it, when it was listed, when it was done. */
export const monitoringRowSchema = z.object({
  step: z.string(),
  dueAt: z.string().nullable(),
  hourly: z.boolean(),
  scheduled: z.string().nullable(),
  actual: z.string().nullable(),
  state: z.enum(CLOCK_STATES).nullable(),
});
export type MonitoringRow = z.infer<typeof monitoringRowSchema>;

/** Form 15, the Committee's case summary, made from the case. */
export const caseSummarySchema = z.object({
  producedBy: z.string().nullable(),
  hearingDates: z.array(z.string()),
  orders: z.array(z.object({ kind: caseEntryKindSchema, date: z.string(), values: formValues })),
  ageRecords: z.array(z.object({ date: z.string(), values: formValues })),
  attachments: z.array(z.object({ title: z.string(), kind: z.string(), documentDate: z.string().nullable() })),
});

export const causeListSchema = z.object({
  date: z.string(),
  authority,
  benches: z.array(
    z.object({
      bench: z.string(),
      sitting: z.boolean(),
      /** Case number and initials only (s.74): never a name, address, school or photo. */
      rows: z.array(z.object({ serial: z.number(), caseNo: z.string(), initials: z.string(), purpose: z.string(), previousDate: z.string().nullable() })),
    }),
  ),
});
export type CauseList = z.infer<typeof causeListSchema>;

export const calendarSchema = z.object({
  month: monthSchema,
  authority,
  days: z.array(z.object({ date: z.string(), sitting: z.boolean(), hearings: z.number() })),
});

export const AGE_BANDS = ['0-4', '4-6', '6+'] as const;
const offenceOrNone = z.enum([...OFFENCE_CLASSES, 'none']);

/** Pending cases by age (months since first production) and offence class, and the list with each one's time limit. Case numbers only. */
export const pendencySchema = z.object({
  authority,
  asOf: z.string(),
  counts: z.array(z.object({ offenceClass: offenceOrNone, bands: z.object({ '0-4': z.number(), '4-6': z.number(), '6+': z.number() }), total: z.number() })),
  rows: z.array(
    z.object({
      caseNo: z.string(),
      offenceClass: offenceOrNone,
      firstProducedOn: z.string().nullable(),
      ageMonths: z.number().nullable(),
      band: z.enum(AGE_BANDS).nullable(),
      limit: z.object({ dueAt: z.string(), state: z.enum(CLOCK_STATES), terminated: z.boolean() }).nullable(),
      nextHearing: z.string().nullable(),
    }),
  ),
});
export type Pendency = z.infer<typeof pendencySchema>;

export const disposalsSchema = z.object({
  authority,
  months: z.array(monthSchema),
  disposals: z.array(z.string()),
  /** counts[month][disposal] */
  counts: z.record(z.string(), z.record(z.string(), z.number())),
  /** Disposals in each month, of every kind. */
  monthTotals: z.record(z.string(), z.number()),
  /** Disposals of each kind, over all the months. */
  kindTotals: z.record(z.string(), z.number()),
  total: z.number(),
});
export type Disposals = z.infer<typeof disposalsSchema>;

export const casesContract = {
  'cases.list': method({
    input: z.object({ authority: authority.nullable().default(null), status: z.enum(CASE_STATUSES).nullable().default(null), query: z.string().trim().max(100).default(''), childId: z.string().nullable().default(null) }).strict(),
    output: z.array(caseListRowSchema),
    access: 'children.read',
  }),
  'cases.get': method({ input: z.object({ id: z.string() }).strict(), output: caseFileSchema, access: 'children.read' }),
  'cases.register': method({ input: caseRegisterSchema, output: z.object({ id: z.string() }), access: 'children.write' }),
  'cases.update': method({ input: z.object({ id: z.string(), particulars: formValues }).strict(), output: ok, access: 'children.write' }),
  'cases.remove': method({ input: z.object({ id: z.string() }).strict(), output: ok, access: 'children.write' }),
  'cases.addEntry': method({ input: z.object({ caseId: z.string(), kind: caseEntryKindSchema, values: formValues }).strict(), output: caseEntryViewSchema, access: 'children.write' }),
  'cases.updateEntry': method({ input: z.object({ id: z.string(), values: formValues }).strict(), output: caseEntryViewSchema, access: 'children.write' }),
  'cases.removeEntry': method({ input: z.object({ id: z.string() }).strict(), output: ok, access: 'children.write' }),
  'hearings.list': method({ input: z.object({ caseId: z.string(), listing: nextListingSchema }).strict(), output: hearingSchema, access: 'children.write' }),
  'hearings.record': method({ input: hearingOutcomeSchema, output: hearingSchema, access: 'children.write' }),
  'hearings.relist': method({ input: z.object({ hearingId: z.string(), listing: nextListingSchema }).strict(), output: hearingSchema, access: 'children.write' }),
  /** Form 11 (Board) or Form 26 (Committee), and for the Committee Form 15, made from the case. */
  'cases.sheet': method({ input: z.object({ id: z.string() }).strict(), output: z.object({ monitoring: z.array(monitoringRowSchema), summary: caseSummarySchema.nullable() }), access: 'children.read' }),
  'cases.causeList': method({ input: z.object({ date: isoDate, authority, bench: z.string().max(60).nullable().default(null) }).strict(), output: causeListSchema, access: 'children.read' }),
  'cases.calendar': method({ input: z.object({ month: monthSchema, authority }).strict(), output: calendarSchema, access: 'children.read' }),
  'cases.pendency': method({ input: z.object({ authority }).strict(), output: pendencySchema, access: 'children.read' }),
  'cases.disposals': method({ input: z.object({ authority, range: monthRangeSchema }).strict(), output: disposalsSchema, access: 'children.read' }),
  'cases.csv': method({
    input: z.discriminatedUnion('report', [
      z.object({ report: z.literal('pendency'), authority }).strict(),
      z.object({ report: z.literal('disposals'), authority, range: monthRangeSchema }).strict(),
      z.object({ report: z.literal('causeList'), authority, date: isoDate, bench: z.string().max(60).nullable().default(null) }).strict(),
      z.object({ report: z.literal('cases'), authority: authority.nullable().default(null) }).strict(),
    ]),
    output: z.object({ fileName: z.string(), csv: z.string() }),
    access: 'children.read',
  }),
  'cases.import': method({
    input: z.object({ fileName: z.string().max(300), dataBase64: z.string().max(70_000_000) }).strict(),
    output: z.object({ jobId: z.string() }),
    access: 'children.write',
    job: true,
  }),
  'sittings.get': method({ input: z.object({}).strict(), output: sittingsSchema, access: 'authenticated' }),
  'sittings.update': method({ input: sittingsSchema, output: ok, access: 'settings.manage' }),
} as const;

