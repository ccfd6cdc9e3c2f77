/**
 * `homeward audit verify`: walks the chain and names every entry that was edited, removed or
 * inserted, then checks that each record's current row is what its last journal entry says
 * (which catches a record edited behind the application's back).
 */
import { canonicalJson } from '../../shared/util/canonical-json';
import type { Sqlite } from '../db/open';
import { GENESIS_HASH, entryHash, journalHead, readJournal, type JournalEntry } from './journal';
import { journaledStates } from './journaled-entities';

export interface VerifyReport {
  ok: boolean;
  entries: number;
  problems: string[];
}

function describe(e: JournalEntry): string {
  return `entry ${e.seq} (${e.entity} ${e.entityId}, ${e.op} by ${e.actorName} at ${e.at})`;
}

export function verifyJournal(db: Sqlite, onProgress?: (done: number) => void): VerifyReport {
  const problems: string[] = [];
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let count = 0;
  const lastState = new Map<string, unknown>();

  for (const e of readJournal(db)) {
    count += 1;
    if (e.seq !== expectedSeq) {
      problems.push(
        e.seq > expectedSeq
          ? `Journal entries ${expectedSeq}${e.seq - 1 > expectedSeq ? `–${e.seq - 1}` : ''} are missing (deleted).`
          : `Journal entry ${e.seq} is out of order.`,
      );
    }
    if (e.prevHash !== prevHash && e.seq === expectedSeq) {
      problems.push(`Journal ${describe(e)} does not follow the entry before it (the chain was broken).`);
    }
    if (entryHash(e) !== e.hash) {
      problems.push(`Journal ${describe(e)} was altered after it was written.`);
    }
    lastState.set(`${e.entity}:${e.entityId}`, e.op === 'delete' ? null : e.after);
    prevHash = e.hash;
    expectedSeq = e.seq + 1;
    if (onProgress && count % 1000 === 0) onProgress(count);
  }

  const head = journalHead(db);
  if (head.seq !== expectedSeq - 1 || (head.seq > 0 && head.hash !== prevHash)) {
    problems.push(`The newest journal entries are missing: the journal ends at entry ${expectedSeq - 1} but entry ${head.seq} was written.`);
  }

  for (const state of journaledStates(db)) {
    const key = `${state.entity}:${state.entityId}`;
    const journaled = lastState.get(key);
    if (journaled === undefined) {
      problems.push(`${state.label} exists in the database but was never recorded in the journal (added outside Homeward).`);
    } else if (journaled === null) {
      problems.push(`${state.label} was deleted according to the journal but is still in the database.`);
    } else if (canonicalJson(journaled) !== canonicalJson(state.current)) {
      problems.push(`${state.label} differs from its last journal entry (edited outside Homeward).`);
    }
    lastState.delete(key);
  }
  for (const [key, journaled] of lastState) {
    if (journaled !== null) problems.push(`${key.replace(':', ' ')} is in the journal but its row was deleted from the database.`);
  }

  return { ok: problems.length === 0, entries: count, problems };
}
