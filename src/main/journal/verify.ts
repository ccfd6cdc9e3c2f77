/**
 * `homeward audit verify`: walks the chain and names every entry that was edited, removed or
 * inserted, then checks that each record's current row is what its last journal entry says
 * (which catches a record edited behind the application's back).
 *
 * Content erased by an s.24 order is not tampering: such an entry keeps its place in the
 * chain (metadata and content digest), names the purge that erased it, and that purge's own
 * journal entry lists exactly the entries it erased. Content erased any other way, or an
 * entry claiming a purge that does not list it, is reported.
 */
import { canonicalJson } from '../../shared/util/canonical-json';
import type { Sqlite } from '../db/open';
import { GENESIS_HASH, contentDigest, entryHash, journalHead, legacyEntryHash, readStoredJournal, type StoredEntry } from './journal';
import { journaledStates } from './journaled-entities';
import { FORMAT_ENTITY, problemsBeforeConversion } from './convert-format';
import { PURGE_ENTITY, purgeOfEntry, type PurgeClaim } from './redaction';

export interface Redaction {
  purgeId: string;
  orderReference: string;
  orderDate: string;
  entries: number;
}

export interface VerifyReport {
  ok: boolean;
  entries: number;
  problems: string[];
  /** Entries whose content was erased under an s.24 order, per order: not problems. */
  redactions: Redaction[];
}

/** Marks a record whose journal content was erased by a purge: it must be gone from the database too. */
const PURGED = Symbol('purged');

function parseOrNull(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

const entries = (seqs: readonly number[]) => `journal ${seqs.length === 1 ? 'entry' : 'entries'} ${seqs.join(', ')}`;

function describe(e: StoredEntry): string {
  return `entry ${e.seq} (${e.entity} ${e.entityId}, ${e.op} by ${e.actorName} at ${e.at})`;
}

/** Whether the entry's hash and content are what was written; a problem sentence otherwise. */
function entryProblem(e: StoredEntry): string | null {
  if (e.contentDigest === null) {
    // Format 1 (restore checks a backup before it is converted): the chain covers the content itself.
    return legacyEntryHash(e) === e.hash ? null : `Journal ${describe(e)} was altered after it was written.`;
  }
  if (entryHash({ ...e, contentDigest: e.contentDigest }) !== e.hash) return `Journal ${describe(e)} was altered after it was written.`;
  if (e.redactedBy !== null) return null;
  if (e.salt === null) return `The content of journal ${describe(e)} was erased without an s.24 order.`;
  return contentDigest(e.salt, e.before, e.after) === e.contentDigest ? null : `Journal ${describe(e)} was altered after it was written.`;
}

export function verifyJournal(db: Sqlite, onProgress?: (done: number) => void): VerifyReport {
  const problems: string[] = [];
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let count = 0;
  const lastState = new Map<string, string | null | typeof PURGED>();
  /** Erased entries by the purge they name. */
  const erased = new Map<string, number[]>();
  const purges = new Map<string, PurgeClaim & { seq: number }>();

  for (const e of readStoredJournal(db)) {
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
    const problem = entryProblem(e);
    if (problem) problems.push(problem);

    const key = `${e.entity}:${e.entityId}`;
    if (e.redactedBy !== null) {
      erased.set(e.redactedBy, [...(erased.get(e.redactedBy) ?? []), e.seq]);
      lastState.set(key, PURGED);
    } else if (e.entity === FORMAT_ENTITY) {
      problems.push(...problemsBeforeConversion({ at: e.at, after: parseOrNull(e.after) }));
    } else {
      if (e.entity === PURGE_ENTITY) {
        const claim = purgeOfEntry(parseOrNull(e.after));
        if (claim) purges.set(e.entityId, { ...claim, seq: e.seq });
      }
      // The stored text is canonical JSON: compared as text with the row's canonical image below.
      lastState.set(key, e.op === 'delete' ? null : e.after);
    }
    prevHash = e.hash;
    expectedSeq = e.seq + 1;
    if (onProgress && count % 1000 === 0) onProgress(count);
  }

  const head = journalHead(db);
  if (head.seq !== expectedSeq - 1 || (head.seq > 0 && head.hash !== prevHash)) {
    problems.push(`The newest journal entries are missing: the journal ends at entry ${expectedSeq - 1} but entry ${head.seq} was written.`);
  }

  const redactions: Redaction[] = [];
  for (const [purgeId, seqs] of erased) {
    const purge = purges.get(purgeId);
    if (!purge) {
      problems.push(`The content of ${entries(seqs)} was erased in the name of an s.24 purge (${purgeId}) that the journal does not record.`);
      continue;
    }
    const listed = new Set(purge.redactedSeqs);
    const unlisted = seqs.filter((s) => !listed.has(s) || s >= purge.seq);
    if (unlisted.length) problems.push(`The content of ${entries(unlisted)} was erased in the name of s.24 order ${purge.orderReference}, which did not erase ${unlisted.length === 1 ? 'it' : 'them'}.`);
    redactions.push({ purgeId, orderReference: purge.orderReference, orderDate: purge.orderDate, entries: seqs.length });
  }
  for (const [purgeId, purge] of purges) {
    const done = new Set(erased.get(purgeId) ?? []);
    const left = purge.redactedSeqs.filter((s) => !done.has(s));
    if (left.length) problems.push(`s.24 order ${purge.orderReference} lists ${entries(left)} as erased, but ${left.length === 1 ? 'that entry does' : 'those entries do'} not show it (changed after the purge).`);
  }

  for (const state of journaledStates(db)) {
    const key = `${state.entity}:${state.entityId}`;
    const journaled = lastState.get(key);
    if (journaled === undefined) {
      problems.push(`${state.label} exists in the database but was never recorded in the journal (added outside Homeward).`);
    } else if (journaled === PURGED) {
      problems.push(`${state.label} was destroyed under an s.24 order but is still in the database.`);
    } else if (journaled === null) {
      problems.push(`${state.label} was deleted according to the journal but is still in the database.`);
    } else if (journaled !== canonicalJson(state.current)) {
      problems.push(`${state.label} differs from its last journal entry (edited outside Homeward).`);
    }
    lastState.delete(key);
  }
  for (const [key, journaled] of lastState) {
    if (journaled !== null && journaled !== PURGED) problems.push(`${key.replace(':', ' ')} is in the journal but its row was deleted from the database.`);
  }

  return { ok: problems.length === 0, entries: count, problems, redactions };
}
