/**
 * The confirmed purge as a long job (its own connection in a worker thread): the erasure in one
 * transaction, then compaction of the file — a VACUUM of a large database takes a while and
 * must not hold up the window — then the older copies in the data folder. It can be cancelled
 * only before the erasure starts; after that it runs to the end.
 */
import { dirname } from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { PurgeResult } from '../../shared/domain/purge';
import type { JobContext } from '../jobs/job-context';
import { compactDatabase, markCompactionPending } from './compact';
import { removeOlderCopies } from './older-copies';
import { purgeChild, type ConfirmInput } from './purge-child';

export async function confirmPurgeJob(ctx: JobContext, input: ConfirmInput): Promise<PurgeResult> {
  const { db } = ctx;
  ctx.progress('erasing', 0, 3);
  if (ctx.cancelled()) throw new AppError('cancelled', 'The destruction was cancelled; nothing was destroyed.');
  markCompactionPending(db);
  // Freed space is overwritten with zeros as rows are deleted, before VACUUM drops it too.
  db.pragma('secure_delete = ON');
  const outcome = db.transaction(() => purgeChild(db, input, ctx.now))();
  ctx.progress('compacting', 1, 3);
  const compacted = await compactDatabase(db);
  ctx.progress('older-copies', 2, 3);
  const removed = removeOlderCopies(dirname(db.name));
  ctx.progress('done', 3, 3);
  return { ...outcome.tombstone, journalEntriesErased: outcome.journalEntriesErased, rowsDeleted: outcome.rowsDeleted, olderCopiesRemoved: removed.length, compacted };
}
