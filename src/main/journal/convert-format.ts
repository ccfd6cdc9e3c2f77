/**
 * Converts a format-1 journal (chain over the content) to format 2 (chain over a salted
 * digest of the content, journal.ts), once, when a database from before s.24 purges is first
 * opened. Each entry is checked with format 1's rule as it is converted, and whatever was wrong
 * with the old chain is written into the conversion's own journal entry: re-chaining must not
 * launder earlier tampering, so `audit verify` keeps reporting it. The conversion entry also
 * records the old head hash, which anyone holding an older backup can compare.
 */
import type { Sqlite } from '../db/open';
import { appendJournal, contentDigest, entryHash, GENESIS_HASH, JOURNAL_FORMAT, journalHead, legacyEntryHash, newSalt, setJournalHead, storedBatch, type JournalEntry } from './journal';

/** The conversion's journal entry: entity `journal`, id `format`. */
export const FORMAT_ENTITY = 'journal';
const FORMAT_ID = 'format';
const SYSTEM = { id: null, name: 'homeward' } as const;

/** Whether any entry is still in format 1. */
export function needsConversion(db: Sqlite): boolean {
  return db.prepare('SELECT 1 FROM journal WHERE content_digest IS NULL LIMIT 1').get() !== undefined;
}

/** Converts in one transaction; returns the number of entries converted (0: nothing to do). */
export function convertJournalFormat(db: Sqlite, now: Date): number {
  if (!needsConversion(db)) return 0;
  return db.transaction(() => {
    const oldHead = journalHead(db);
    const problems: string[] = [];
    const update = db.prepare('UPDATE journal SET salt = ?, content_digest = ?, prev_hash = ?, hash = ? WHERE seq = ?');
    let expected = 1;
    let oldPrev = GENESIS_HASH;
    let prev = GENESIS_HASH;
    let converted = 0;
    // In batches: the connection cannot write while a statement is still iterating.
    for (let batch = storedBatch(db, 1); batch.length; batch = storedBatch(db, expected)) {
      for (const e of batch) {
        // The old chain, with the old rule.
        if (e.seq !== expected) problems.push(`journal entries ${expected}${e.seq - 1 > expected ? `–${e.seq - 1}` : ''} were missing (deleted).`);
        else if (e.prevHash !== oldPrev) problems.push(`journal entry ${e.seq} did not follow the entry before it (the chain was broken).`);
        if (e.contentDigest === null && legacyEntryHash(e) !== e.hash) problems.push(`journal entry ${e.seq} (${e.entity} ${e.entityId}) had been altered after it was written.`);
        oldPrev = e.hash;
        expected = e.seq + 1;
        // The new chain.
        const salt = e.salt ?? newSalt();
        const digest = e.contentDigest ?? contentDigest(salt, e.before, e.after);
        const prevHash = prev;
        prev = entryHash({ ...e, contentDigest: digest, prevHash });
        update.run(salt, digest, prevHash, prev, e.seq);
        converted += 1;
      }
    }
    if (oldHead.seq !== expected - 1 || (oldHead.seq > 0 && oldHead.hash !== oldPrev)) {
      problems.push(`the newest journal entries were missing (the journal ended at entry ${expected - 1} but entry ${oldHead.seq} had been written).`);
    }
    if (converted) setJournalHead(db, expected - 1, prev);
    appendJournal(db, {
      actor: SYSTEM,
      at: now.toISOString(),
      entity: FORMAT_ENTITY,
      entityId: FORMAT_ID,
      op: 'update',
      before: { format: 1, headSeq: oldHead.seq, headHash: oldHead.hash },
      after: { format: JOURNAL_FORMAT, problemsBeforeConversion: problems },
    });
    return converted;
  })();
}

/** The problems a conversion entry recorded, as verify reports them. */
export function problemsBeforeConversion(e: Pick<JournalEntry, 'at' | 'after'>): string[] {
  const after = e.after as { problemsBeforeConversion?: unknown } | null;
  const list = Array.isArray(after?.problemsBeforeConversion) ? (after.problemsBeforeConversion as unknown[]) : [];
  return list.map((p) => `Before the journal was converted to format ${JOURNAL_FORMAT} (${e.at}): ${String(p)}`);
}
