/**
 * The hash-chained journal. Every service write calls `append` inside its own transaction,
 * so a record and its journal entry commit together or not at all.
 *
 * Format 2 (docs/formats/journal.md): the chain runs over each entry's metadata and a keyed
 * digest of its content (before/after), not over the content itself, so that an s.24 order
 * can erase a child's content from the journal while the chain — and the tamper-evidence of
 * everything else — stays whole. The digest is HMAC-SHA256 under a random per-entry salt
 * stored beside the content and erased with it: once erased, the digest cannot be used to
 * test guesses of what was there (a name and a date of birth are few enough to try all).
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { canonicalJson } from '../../shared/util/canonical-json';
import type { Sqlite } from '../db/open';

export const GENESIS_HASH = '0'.repeat(64);
export const JOURNAL_FORMAT = 2;

export type JournalOp = 'create' | 'update' | 'delete';

export interface Actor {
  id: string | null;
  name: string;
}

export interface JournalEntry {
  seq: number;
  id: string;
  at: string;
  actorId: string | null;
  actorName: string;
  entity: string;
  entityId: string;
  op: JournalOp;
  /** null when the entry's content was erased (then `redactedBy` names the s.24 purge). */
  before: unknown;
  after: unknown;
  /** Hex; null in a format-1 entry not yet converted, and after erasure. */
  salt: string | null;
  /** HMAC-SHA256(salt, canonical JSON of {after, before}); null only in a format-1 entry. */
  contentDigest: string | null;
  /** The s.24 purge that erased this entry's content. */
  redactedBy: string | null;
  prevHash: string;
  hash: string;
}

/** The keyed digest of an entry's content: what the chain covers in its place. */
export function contentDigest(salt: string, before: unknown, after: unknown): string {
  return createHmac('sha256', Buffer.from(salt, 'hex'))
    .update(canonicalJson({ after: after ?? null, before: before ?? null }))
    .digest('hex');
}

type EntryMetadata = Pick<JournalEntry, 'seq' | 'id' | 'at' | 'actorId' | 'actorName' | 'entity' | 'entityId' | 'op' | 'prevHash'>;

/** sha256(previous hash ‖ "\n" ‖ canonical JSON of the entry's metadata and `covered`). */
function chainHash(e: EntryMetadata, covered: Record<string, unknown>): string {
  const { prevHash, seq, id, at, actorId, actorName, entity, entityId, op } = e;
  const body = canonicalJson({ seq, id, at, actorId, actorName, entity, entityId, op, ...covered });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/** Format 2: the chain covers the metadata and the content digest. */
export const entryHash = (e: EntryMetadata & { contentDigest: string }): string => chainHash(e, { v: JOURNAL_FORMAT, content: e.contentDigest });

/** Format 1 (before s.24 purges existed): the chain covered the content itself. Kept to verify journals not yet converted. */
export const legacyEntryHash = (e: EntryMetadata & Pick<JournalEntry, 'before' | 'after'>): string => chainHash(e, { before: e.before ?? null, after: e.after ?? null });

export const newSalt = (): string => randomBytes(32).toString('hex');

export function journalHead(db: Sqlite): { seq: number; hash: string } {
  const row = db.prepare('SELECT seq, hash FROM journal_head WHERE id = 1').get() as { seq: number; hash: string } | undefined;
  return row ?? { seq: 0, hash: GENESIS_HASH };
}

export function setJournalHead(db: Sqlite, seq: number, hash: string): void {
  db.prepare('INSERT INTO journal_head (id, seq, hash) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash').run(seq, hash);
}

export function appendJournal(
  db: Sqlite,
  entry: { actor: Actor; at: string; entity: string; entityId: string; op: JournalOp; before: unknown; after: unknown },
): JournalEntry {
  if (!db.inTransaction) throw new Error('appendJournal must run inside the write transaction');
  const head = journalHead(db);
  const salt = newSalt();
  const before = entry.before ?? null;
  const after = entry.after ?? null;
  const e = {
    seq: head.seq + 1,
    id: uuidv7(),
    at: entry.at,
    actorId: entry.actor.id,
    actorName: entry.actor.name,
    entity: entry.entity,
    entityId: entry.entityId,
    op: entry.op,
    before,
    after,
    salt,
    contentDigest: contentDigest(salt, before, after),
    redactedBy: null,
    prevHash: head.hash,
  };
  const hash = entryHash(e);
  db.prepare(
    `INSERT INTO journal (seq, id, at, actor_id, actor_name, entity, entity_id, op, before, after, salt, content_digest, redacted_by, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
  ).run(e.seq, e.id, e.at, e.actorId, e.actorName, e.entity, e.entityId, e.op, before === null ? null : canonicalJson(before), after === null ? null : canonicalJson(after), salt, e.contentDigest, e.prevHash, hash);
  setJournalHead(db, e.seq, hash);
  return { ...e, hash };
}

export interface JournalRow {
  seq: number;
  id: string;
  at: string;
  actor_id: string | null;
  actor_name: string;
  entity: string;
  entity_id: string;
  op: JournalOp;
  before: string | null;
  after: string | null;
  /** Absent from databases older than format 2 (restore checks a backup before migrating it). */
  salt?: string | null;
  content_digest?: string | null;
  redacted_by?: string | null;
  prev_hash: string;
  hash: string;
}

export function rowToEntry(r: JournalRow): JournalEntry {
  return {
    seq: r.seq,
    id: r.id,
    at: r.at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    entity: r.entity,
    entityId: r.entity_id,
    op: r.op,
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after),
    salt: r.salt ?? null,
    contentDigest: r.content_digest ?? null,
    redactedBy: r.redacted_by ?? null,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** Entries in order, streamed so that a long journal never sits in memory at once. */
export function* readJournal(db: Sqlite, fromSeq = 1): Generator<JournalEntry> {
  for (const r of db.prepare('SELECT * FROM journal WHERE seq >= ? ORDER BY seq').iterate(fromSeq)) {
    yield rowToEntry(r as JournalRow);
  }
}

/** Up to `size` entries from `fromSeq` on, read at once (for work that writes to the journal as it goes). */
export function journalBatch(db: Sqlite, fromSeq: number, size = 1000): JournalEntry[] {
  return (db.prepare('SELECT * FROM journal WHERE seq >= ? ORDER BY seq LIMIT ?').all(fromSeq, size) as JournalRow[]).map(rowToEntry);
}
