/**
 * Destruction of records under s.24(2) of the JJ Act 2015: the Board orders a child's
 * records destroyed. A request (by a JJB clerk or an administrator) names the order; a
 * different administrator confirms it; the child's records are then erased for real and only
 * the tombstone below remains, here and at the registry.
 */
import { z } from 'zod';
import type { InstitutionType } from './institution';
import { isoDate, requiredText } from './fields';

/**
 * Offices that hold the records of children in conflict with law and so carry out s.24 orders:
 * the Board itself and the homes it sends children to (s.2(40) observation home, s.2(56)
 * special home, s.2(46) place of safety, s.2(27) fit facility). The registry refuses an s.24
 * tombstone from any other kind of office.
 */
export const S24_OFFICE_TYPES: readonly InstitutionType[] = ['jjb', 'observation-home', 'special-home', 'place-of-safety', 'fit-facility'];

export const purgeRequestInputSchema = z
  .object({
    childId: z.string().min(1).max(100),
    orderReference: requiredText(120),
    orderDate: isoDate,
  })
  .strict();
export type PurgeRequestInput = z.output<typeof purgeRequestInputSchema>;

const person = z.object({ name: z.string(), at: z.string() });

/** What remains of a child after the purge: no name, no details — the order and who carried it out. */
export const tombstoneSchema = z
  .object({
    id: z.string(),
    childId: z.string(),
    admissionNo: z.string(),
    /** Case numbers of the child's JJB/CWC case files, if any. */
    caseNumbers: z.array(z.string()),
    order: z.object({ reference: z.string(), date: z.string() }).strict(),
    requestedBy: person.strict(),
    confirmedBy: person.strict(),
  })
  .strict();
export type Tombstone = z.infer<typeof tombstoneSchema>;

export const purgeRequestViewSchema = z.object({
  id: z.string(),
  childId: z.string(),
  admissionNo: z.string(),
  orderReference: z.string(),
  orderDate: z.string(),
  status: z.enum(['pending', 'rejected']),
  requestedBy: z.object({ id: z.string(), name: z.string(), at: z.string() }),
  decidedBy: z.object({ name: z.string(), at: z.string() }).nullable(),
  rejectionReason: z.string().nullable(),
});
export type PurgeRequestView = z.infer<typeof purgeRequestViewSchema>;

/** A tombstone as listed: how many journal entries its purge erased. */
export const purgeRecordSchema = tombstoneSchema.extend({ journalEntriesErased: z.number() });
export type PurgeRecord = z.infer<typeof purgeRecordSchema>;

/** What a confirmed purge reports when it has finished. */
export const purgeResultSchema = purgeRecordSchema.extend({
  rowsDeleted: z.number(),
  /** Database copies Homeward had kept in its data folder (before upgrades, before restores), deleted. */
  olderCopiesRemoved: z.number(),
  /** False if the file could not be compacted yet; the next sign-in finishes it. */
  compacted: z.boolean(),
});
export type PurgeResult = z.infer<typeof purgeResultSchema>;
