/**
 * What can be printed, as one request shape for the renderer's Print buttons, the CLI's
 * `homeward print` and the backend. Dates are ISO calendar dates (yyyy-mm-dd).
 */
import { z } from 'zod';
import { isoDate } from './child';
import { PLAN_PARTS } from './care-plan';

/** Forms about one child. */
export const CHILD_FORMS = ['form17', 'form43', 'form7'] as const;
export type ChildForm = (typeof CHILD_FORMS)[number];
export const PRINTABLES = [...CHILD_FORMS] as const;
export type Printable = (typeof PRINTABLES)[number];

/** A child by record id (the app) or by admission number (the CLI's --child). */
export const childRefSchema = z.union([
  z.object({ id: z.string().min(1).max(100) }).strict(),
  z.object({ admissionNo: z.string().trim().min(1, { error: 'required' }).max(40) }).strict(),
]);

export const printRequestSchema = z.discriminatedUnion('form', [
  z.object({ form: z.enum(['form17', 'form43']), child: childRefSchema }).strict(),
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
]);
export type PrintRequest = z.output<typeof printRequestSchema>;
export type PrintRequestDraft = z.input<typeof printRequestSchema>;

export const printedSchema = z.object({ fileName: z.string(), pdfBase64: z.string() });
export type Printed = z.infer<typeof printedSchema>;
