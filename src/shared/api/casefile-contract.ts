/**
 * The case file's share of the RPC contract (spread into `contract` in contract.ts): case
 * history (Form 43), care plan (Form 7), health/education/review entries and attachments.
 * Forms are checked against the child's dates in the backend with the same shared schemas the
 * renderer uses, so the inputs here only fix the envelope.
 */
import { z } from 'zod';
import { method } from './define';
import { attachmentInputSchema, attachmentMetaSchema } from '../domain/attachments';
import { caseHistorySectionSchema, caseHistoryViewSchema, sectionViewSchema } from '../domain/case-history';
import { completenessSchema } from '../domain/casefile-fields';
import { carePlanSaveSchema, planAsOfInputSchema, planVersionSchema, planViewSchema } from '../domain/care-plan';
import { entryKindSchema, entryViewSchema } from '../domain/health';

const ok = z.object({ ok: z.literal(true) });
const formValues = z.record(z.string(), z.unknown());

export const caseFileSchema = z.object({
  childId: z.string(),
  history: caseHistoryViewSchema,
  /** The care plan as it stands (null: none yet), and every saved version, newest first. */
  plan: planViewSchema.nullable(),
  planVersions: z.array(planVersionSchema),
  entries: z.array(entryViewSchema),
  attachments: z.array(attachmentMetaSchema),
});
export type CaseFile = z.infer<typeof caseFileSchema>;

export const carePlanOverviewRowSchema = z.object({
  childId: z.string(),
  admissionNo: z.string(),
  /** null when hidden from this viewer (CCL without the right to see names). */
  name: z.string().nullable(),
  category: z.enum(['CNCP', 'CCL']),
  admittedAt: z.string(),
  plan: z.object({ version: z.number(), savedAt: z.string() }).nullable(),
  completeness: completenessSchema,
  lastReview: z.string().nullable(),
});
export type CarePlanOverviewRow = z.infer<typeof carePlanOverviewRowSchema>;

export const casefileContract = {
  /** Every child on the roll: care plan, case-history completeness, last review (the Care plans page). */
  'casefile.overview': method({ input: z.object({}).strict(), output: z.array(carePlanOverviewRowSchema), access: 'children.read' }),
  /** A child's whole case file in one answer (the page opens with one round trip). */
  'casefile.get': method({ input: z.object({ childId: z.string() }).strict(), output: caseFileSchema, access: 'children.read' }),
  'casefile.saveSection': method({
    input: z.object({ childId: z.string(), section: caseHistorySectionSchema, values: formValues }).strict(),
    output: sectionViewSchema,
    access: 'children.write',
  }),
  'casefile.addEntry': method({
    input: z.object({ childId: z.string(), kind: entryKindSchema, values: formValues }).strict(),
    output: entryViewSchema,
    access: 'children.write',
  }),
  'casefile.updateEntry': method({ input: z.object({ id: z.string(), values: formValues }).strict(), output: entryViewSchema, access: 'children.write' }),
  'casefile.removeEntry': method({ input: z.object({ id: z.string() }).strict(), output: ok, access: 'children.write' }),
  'carePlan.save': method({ input: carePlanSaveSchema, output: planViewSchema, access: 'children.write' }),
  /** The plan as it stood at the end of a day; null when there was none yet. */
  'carePlan.asOf': method({ input: planAsOfInputSchema, output: planViewSchema.nullable(), access: 'children.read' }),
  'carePlan.version': method({
    input: z.object({ childId: z.string(), version: z.number().int().min(1) }).strict(),
    output: planViewSchema.nullable(),
    access: 'children.read',
  }),
  'attachments.add': method({ input: attachmentInputSchema, output: attachmentMetaSchema, access: 'children.write' }),
  'attachments.remove': method({ input: z.object({ id: z.string() }).strict(), output: ok, access: 'children.write' }),
  'attachments.get': method({
    input: z.object({ id: z.string() }).strict(),
    output: z.object({ mime: z.string(), fileName: z.string(), dataBase64: z.string() }),
    access: 'photos.view',
  }),
} as const;
