/**
 * Erasing journal content under an s.24 order (src/main/purge/), and what verify needs to
 * know about it: the purge's own entry (entity `s24_purge`) lists the entries it erased, so an
 * entry erased any other way — or claiming a purge that does not list it — is reported.
 */
import { z } from 'zod';
import type { Sqlite } from '../db/open';

export const PURGE_ENTITY = 's24_purge';

export interface PurgeClaim {
  orderReference: string;
  orderDate: string;
  redactedSeqs: number[];
}

const claimSchema = z.object({
  order: z.object({ reference: z.string(), date: z.string() }),
  redactedSeqs: z.array(z.number().int().min(1)),
});

/** What an `s24_purge` entry's content says it erased; null if it is not a purge's. */
export function purgeOfEntry(after: unknown): PurgeClaim | null {
  const parsed = claimSchema.safeParse(after);
  return parsed.success ? { orderReference: parsed.data.order.reference, orderDate: parsed.data.order.date, redactedSeqs: parsed.data.redactedSeqs } : null;
}

/** Erases the content (before, after) and the salt of these entries; metadata, digest and hash stay, so the chain holds. */
export function eraseEntries(db: Sqlite, seqs: readonly number[], purgeId: string): void {
  if (!db.inTransaction) throw new Error('eraseEntries must run inside the purge transaction');
  const erase = db.prepare('UPDATE journal SET before = NULL, after = NULL, salt = NULL, redacted_by = ? WHERE seq = ?');
  for (const seq of seqs) erase.run(purgeId, seq);
}
