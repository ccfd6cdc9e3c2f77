/**
 * s.24 destruction of records (issue 6): the share of the RPC contract spread into
 * `contract` in contract.ts. A request names the Board's order; a different administrator
 * confirms it (a job: erasure, then compaction of the database file) or rejects it.
 */
import { z } from 'zod';
import { method } from './define';
import { purgeRecordSchema, purgeRequestInputSchema, purgeRequestViewSchema } from '../domain/purge';

export const purgeContract = {
  'purge.request': method({ input: purgeRequestInputSchema, output: purgeRequestViewSchema, access: 'records.purgeRequest' }),
  /** Pending requests (all children), or every request for one child. */
  'purge.requests': method({ input: z.object({ childId: z.string().max(100).optional() }).strict(), output: z.array(purgeRequestViewSchema), access: 'records.purgeRequest' }),
  'purge.reject': method({
    input: z.object({ requestId: z.string().max(100), reason: z.string().trim().min(1, { error: 'required' }).max(500, { error: 'at most 500 characters' }) }).strict(),
    output: purgeRequestViewSchema,
    access: 'records.purgeConfirm',
  }),
  /** Destroys the child's records: irreversible. The admission number is typed again as a check. */
  'purge.confirm': method({
    input: z.object({ requestId: z.string().max(100), admissionNo: z.string().max(40) }).strict(),
    output: z.object({ jobId: z.string() }),
    access: 'records.purgeConfirm',
    job: true,
  }),
  /** The tombstones: whose records were destroyed, under which order, by whom. */
  'purge.tombstones': method({ input: z.object({}).strict(), output: z.array(purgeRecordSchema), access: 'records.purgeRequest' }),
};
