/**
 * What can be printed, as one request shape for the renderer's Print buttons, the CLI's
 * `homeward print` and the backend. Dates are ISO calendar dates (yyyy-mm-dd).
 */
import { z } from 'zod';

/** Forms about one child. */
export const CHILD_FORMS = ['form17'] as const;
export type ChildForm = (typeof CHILD_FORMS)[number];
export const PRINTABLES = [...CHILD_FORMS] as const;
export type Printable = (typeof PRINTABLES)[number];

/** A child by record id (the app) or by admission number (the CLI's --child). */
export const childRefSchema = z.union([
  z.object({ id: z.string().min(1).max(100) }).strict(),
  z.object({ admissionNo: z.string().trim().min(1, { error: 'required' }).max(40) }).strict(),
]);

export const printRequestSchema = z.discriminatedUnion('form', [z.object({ form: z.enum(CHILD_FORMS), child: childRefSchema }).strict()]);
export type PrintRequest = z.output<typeof printRequestSchema>;
export type PrintRequestDraft = z.input<typeof printRequestSchema>;

export const printedSchema = z.object({ fileName: z.string(), pdfBase64: z.string() });
export type Printed = z.infer<typeof printedSchema>;
