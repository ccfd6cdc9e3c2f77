/**
 * What can be printed, as one request shape for the renderer's Print buttons, the CLI's
 * `homeward print` and the backend. Dates are ISO calendar dates (yyyy-mm-dd).
 */
import { z } from 'zod';
import { isoDate } from './child';
import { PLAN_PARTS } from './care-plan';
import { monthRangeSchema, monthSchema, quarterSchema } from './reports';
import { AUTHORITIES, type Authority } from './jj-case';

/** Forms about one child. */
export const CHILD_FORMS = ['form17', 'form43', 'form7', 'form44', 'form45'] as const;
export type ChildForm = (typeof CHILD_FORMS)[number];
/** Forms of a Board's or Committee's case (issue 6), each belonging to one authority. */
export const CASE_FORM_AUTHORITY = {
  form1: 'jjb',
  form6: 'jjb',
  form11: 'jjb',
  form15: 'cwc',
  form18: 'cwc',
  form19: 'cwc',
  form22: 'cwc',
  form25: 'cwc',
  form26: 'cwc',
} as const satisfies Record<string, Authority>;
export type CaseForm = keyof typeof CASE_FORM_AUTHORITY;
export const CASE_FORMS = Object.keys(CASE_FORM_AUTHORITY) as CaseForm[];
/** The register and the reports, over a period. */
export const PERIOD_DOCUMENTS = ['register', 'quarterly', 'monthly'] as const;
/** The Board's or Committee's day's cause list, pendency report and disposals report. */
export const CASE_LISTS = ['cause-list', 'pendency', 'disposals'] as const;
export const PRINTABLES = [...CHILD_FORMS, ...CASE_FORMS, ...PERIOD_DOCUMENTS, ...CASE_LISTS] as const;
export type Printable = (typeof PRINTABLES)[number];

/** A child by record id (the app) or by admission number (the CLI's --child). */
export const childRefSchema = z.union([
  z.object({ id: z.string().min(1).max(100) }).strict(),
  z.object({ admissionNo: z.string().trim().min(1, { error: 'required' }).max(40) }).strict(),
]);

/** A case by record id (the app) or by case number (the CLI's --case), with the authority when both use the number. */
export const caseRefSchema = z.union([
  z.object({ id: z.string().min(1).max(100) }).strict(),
  z.object({ caseNo: z.string().trim().min(1, { error: 'required' }).max(60), authority: z.enum(AUTHORITIES).nullable().default(null) }).strict(),
]);

/** The authority whose list it is; null: the institution's own when it is a Board or Committee, else the Board's. */
const listAuthority = z.enum(AUTHORITIES).nullable().default(null);

export const printRequestSchema = z
  .discriminatedUnion('form', [
  z.object({ form: z.enum(['form17', 'form43', 'form44', 'form45']), child: childRefSchema }).strict(),
  z
    .object({
      form: z.literal('form7'),
      child: childRefSchema,
      /** One part of the care plan; null prints all four. */
      part: z.enum(PLAN_PARTS, { error: 'A, B, C or D' }).nullable().default(null),
      /** The plan as it stood at the end of this day (India time); null: as it stands now. */
      asOf: isoDate.nullable().default(null),
    })
    .strict(),
  /** The admission register: admissions and readmissions from `from` to `to`, both days included. */
  z.object({ form: z.literal('register'), from: isoDate, to: isoDate }).strict(),
  /** The s.40(4) report of a quarter ("2026-Q3"). */
  z.object({ form: z.literal('quarterly'), period: quarterSchema }).strict(),
  /** The monthly summary of a month ("2026-11"). */
  z.object({ form: z.literal('monthly'), month: monthSchema }).strict(),
  z.object({ form: z.enum(CASE_FORMS as [CaseForm, ...CaseForm[]]), case: caseRefSchema }).strict(),
  /** The cause list of a day, for one bench or all. */
  z.object({ form: z.literal('cause-list'), date: isoDate, authority: listAuthority, bench: z.string().trim().max(60).nullable().default(null) }).strict(),
  z.object({ form: z.literal('pendency'), authority: listAuthority }).strict(),
  /** Disposals per month by order, the months `from` to `to` (yyyy-mm) both included. */
  z.object({ form: z.literal('disposals'), authority: listAuthority, range: monthRangeSchema }).strict(),
  ])
  .superRefine((r, ctx) => {
    if (r.form === 'register' && r.to < r.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'before the start date' });
  });
export type PrintRequest = z.output<typeof printRequestSchema>;
export type PrintRequestDraft = z.input<typeof printRequestSchema>;

export const printedSchema = z.object({ fileName: z.string(), pdfBase64: z.string() });
export type Printed = z.infer<typeof printedSchema>;
