/**
 * Converts a format-1 journal (chain over the content) to format 2 (chain over a salted
 * digest of the content, journal.ts), once, when a database from before s.24 purges is first
 * opened. The old chain is checked first, with the old rule, and whatever was wrong with it is
 * written into the conversion's own journal entry: re-chaining must not launder earlier
 * tampering, so `audit verify` keeps reporting it. The conversion entry also records the old
 * head hash, which anyone holding an older backup can compare.
 */
import type { Sqlite } from '../db/open';
import { appendJournal, contentDigest, entryHash, GENESIS_HASH, JOURNAL_FORMAT, journalBatch, journalHead, legacyEntryHash, newSalt, readJournal, setJournalHead, type JournalEntry } from './journal';

/** The conversion's journal entry: entity `journal`, id `format`. */
export const FORMAT_ENTITY = 'journal';
const FORMAT_ID = 'format';
const SYSTEM = { id: null, name: 'homeward' } as const;

/** What was wrong with the chain before conversion, checked with format 1's rule. */
function legacyChainProblems(db: Sqlite): string[] {
  const problems: string[] = [];
  let expected = 1;
  let prev = GENESIS_HASH;
  for (const e of readJournal(db)) {
    if (e.seq !== expected) problems.push(`journal entries ${expected}${e.seq - 1 > expected ? `–${e.seq - 1}` : ''} were missing (deleted).`);
    else if (e.prevHash !== prev) problems.push(`journal entry ${e.seq} did not follow the entry before it (the chain was broken).`);
    if (legacyEntryHash(e) !== e.hash) problems.push(`journal entry ${e.seq} (${e.entity} ${e.entityId}) had been altered after it was written.`);
    prev = e.hash;
    expected = e.seq + 1;
  }
  const head = journalHead(db);
  if (head.seq !== expected - 1 || (head.seq > 0 && head.hash !== prev)) problems.push(`the newest journal entries were missing (the journal ended at entry ${expected - 1} but entry ${head.seq} had been written).`);
  return problems;
}

/** Whether any entry is still in format 1. */
export function needsConversion(db: Sqlite): boolean {
  return db.prepare('SELECT 1 FROM journal WHERE content_digest IS NULL LIMIT 1').get() !== undefined;
}

/** Converts in one transaction; returns the number of entries converted (0: nothing to do). */
export function convertJournalFormat(db: Sqlite, now: Date): number {
  if (!needsConversion(db)) return 0;
  return db.transaction(() => {
    const oldHead = journalHead(db);
    const problems = legacyChainProblems(db);
    const update = db.prepare('UPDATE journal SET salt = ?, content_digest = ?, prev_hash = ?, hash = ? WHERE seq = ?');
    let prev = GENESIS_HASH;
    let last: JournalEntry | null = null;
    let converted = 0;
    // In batches: the connection cannot write while a statement is still iterating.
    for (let batch = journalBatch(db, 1); batch.length; batch = journalBatch(db, last!.seq + 1)) {
      for (const e of batch) {
        const salt = e.salt ?? newSalt();
        const digest = e.contentDigest ?? contentDigest(salt, e.before, e.after);
        const hash = entryHash({ ...e, contentDigest: digest, prevHash: prev });
        update.run(salt, digest, prev, hash, e.seq);
        prev = hash;
        last = e;
        converted += 1;
      }
    }
    if (last) setJournalHead(db, last.seq, prev);
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
export function problemsBeforeConversion(e: JournalEntry): string[] {
  const after = e.after as { problemsBeforeConversion?: unknown } | null;
  const list = Array.isArray(after?.problemsBeforeConversion) ? (after.problemsBeforeConversion as unknown[]) : [];
  return list.map((p) => `Before the journal was converted to format ${JOURNAL_FORMAT} (${e.at}): ${String(p)}`);
}
