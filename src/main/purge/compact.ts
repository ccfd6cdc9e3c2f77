/**
 * After a purge commits, the erased content still sits in the file: in freed pages, in slack
 * space inside pages, and in old frames of the write-ahead log. VACUUM rewrites the database
 * from its live rows only, and a TRUNCATE checkpoint copies the log back and cuts it to zero
 * bytes. Both need the other connections idle (a reader holding the log makes the checkpoint
 * report "busy"), so compaction is retried for a while; a marker file written before the purge
 * and removed after compaction makes the next opening of the database finish the job if the
 * purge could not (a crash, or a connection that stayed busy).
 */
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Sqlite } from '../db/open';
import { writeFileAtomic } from '../fs/atomic-write';

const MARKER = 'compact-pending';

interface CheckpointResult {
  busy: number;
}

function truncateLog(db: Sqlite): boolean {
  const [r] = db.pragma('wal_checkpoint(TRUNCATE)') as CheckpointResult[];
  return r !== undefined && r.busy === 0;
}

const markerOf = (db: Sqlite) => join(dirname(db.name), MARKER);

/** Written before a purge starts: until it is removed, the file may hold erased data. */
export function markCompactionPending(db: Sqlite): void {
  writeFileAtomic(markerOf(db), 's.24 purge: this database must be compacted (VACUUM) before it is used.\n');
}

/** One attempt: VACUUM between two TRUNCATE checkpoints; false if another connection was busy. */
export function compactNow(db: Sqlite): boolean {
  if (db.inTransaction) throw new Error('compaction cannot run inside a transaction');
  try {
    if (!truncateLog(db)) return false;
    db.exec('VACUUM');
    if (!truncateLog(db)) return false;
  } catch (e) {
    if ((e as { code?: string }).code === 'SQLITE_BUSY') return false;
    throw e;
  }
  rmSync(markerOf(db), { force: true });
  return true;
}

/** At opening: finishes a compaction a purge could not. */
export function compactIfPending(db: Sqlite): void {
  if (existsSync(markerOf(db))) compactNow(db);
}

const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Retries for about `patienceMs`; false if the database stayed busy (the marker then stays). */
export async function compactDatabase(db: Sqlite, patienceMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + patienceMs;
  while (!compactNow(db)) {
    if (Date.now() > deadline) return false;
    await pause(200);
  }
  return true;
}
