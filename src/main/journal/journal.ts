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
 *
 * Content is stored as canonical JSON text, and the chain is computed over that text as it is
 * (StoredEntry), so checking or converting 50,000 entries parses none of them.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { CanonicalText, canonicalJson } from '../../shared/util/canonical-json';
import type { Sqlite } from '../db/open';

export const GENESIS_HASH = '0'.repeat(64);
export const JOURNAL_FORMAT = 2;

export type JournalOp = 'create' | 'update' | 'delete';

export interface Actor {
  id: string | null;
  name: string;
}

/** An entry as stored: its content as canonical JSON text. */
export interface StoredEntry {
  seq: number;
  id: string;
  at: string;
  actorId: string | null;
  actorName: string;
  entity: string;
  entityId: string;
  op: JournalOp;
  /** Canonical JSON; null when there is none, or when an s.24 order erased it (then `redactedBy` names the purge). */
  before: string | null;
  after: string | null;
  /** Hex; null in a format-1 entry not yet converted, and after erasure. */
  salt: string | null;
  /** HMAC-SHA256(salt, `{"after":…,"before":…}`); null only in a format-1 entry. */
  contentDigest: string | null;
  /** The s.24 purge that erased this entry's content. */
  redactedBy: string | null;
  prevHash: string;
  hash: string;
}

/** An entry with its content parsed, for those who use the content (sync export). */
export type JournalEntry = Omit<StoredEntry, 'before' | 'after'> & { before: unknown; after: unknown };

type EntryMetadata = Pick<StoredEntry, 'seq' | 'id' | 'at' | 'actorId' | 'actorName' | 'entity' | 'entityId' | 'op' | 'prevHash'>;

/** The keyed digest of an entry's content (its stored texts): what the chain covers in its place. */
export function contentDigest(salt: string, before: string | null, after: string | null): string {
  return createHmac('sha256', Buffer.from(salt, 'hex'))
    .update(`{"after":${after ?? 'null'},"before":${before ?? 'null'}}`)
    .digest('hex');
}

/** sha256(previous hash ‖ "\n" ‖ canonical JSON of the entry's metadata and `covered`). */
function chainHash(e: EntryMetadata, covered: Record<string, unknown>): string {
  const { prevHash, seq, id, at, actorId, actorName, entity, entityId, op } = e;
  const body = canonicalJson({ seq, id, at, actorId, actorName, entity, entityId, op, ...covered });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/** Format 2: the chain covers the metadata and the content digest. */
export const entryHash = (e: EntryMetadata & { contentDigest: string }): string => chainHash(e, { v: JOURNAL_FORMAT, content: e.contentDigest });

const asCanonical = (text: string | null) => (text === null ? null : new CanonicalText(text));

/** Format 1 (before s.24 purges existed): the chain covered the content itself. Kept to verify journals not yet converted. */
export const legacyEntryHash = (e: EntryMetadata & Pick<StoredEntry, 'before' | 'after'>): string => chainHash(e, { before: asCanonical(e.before), after: asCanonical(e.after) });

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
): StoredEntry {
  if (!db.inTransaction) throw new Error('appendJournal must run inside the write transaction');
  const head = journalHead(db);
  const salt = newSalt();
  const before = entry.before === null || entry.before === undefined ? null : canonicalJson(entry.before);
  const after = entry.after === null || entry.after === undefined ? null : canonicalJson(entry.after);
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
  ).run(e.seq, e.id, e.at, e.actorId, e.actorName, e.entity, e.entityId, e.op, before, after, salt, e.contentDigest, e.prevHash, hash);
  setJournalHead(db, e.seq, hash);
  return { ...e, hash };
}

interface JournalRow {
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

function rowToStored(r: JournalRow): StoredEntry {
  return {
    seq: r.seq,
    id: r.id,
    at: r.at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    entity: r.entity,
    entityId: r.entity_id,
    op: r.op,
    before: r.before,
    after: r.after,
    salt: r.salt ?? null,
    contentDigest: r.content_digest ?? null,
    redactedBy: r.redacted_by ?? null,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

const parsed = (e: StoredEntry): JournalEntry => ({ ...e, before: e.before === null ? null : JSON.parse(e.before), after: e.after === null ? null : JSON.parse(e.after) });

/** Entries as stored, in order, streamed so that a long journal never sits in memory at once. */
export function* readStoredJournal(db: Sqlite, fromSeq = 1): Generator<StoredEntry> {
  for (const r of db.prepare('SELECT * FROM journal WHERE seq >= ? ORDER BY seq').iterate(fromSeq)) yield rowToStored(r as JournalRow);
}

/** Entries with their content parsed, in order, streamed. */
export function* readJournal(db: Sqlite, fromSeq = 1): Generator<JournalEntry> {
  for (const e of readStoredJournal(db, fromSeq)) yield parsed(e);
}

/** Up to `size` stored entries from `fromSeq` on, read at once (for work that writes to the journal as it goes). */
export function storedBatch(db: Sqlite, fromSeq: number, size = 1000): StoredEntry[] {
  return (db.prepare('SELECT * FROM journal WHERE seq >= ? ORDER BY seq LIMIT ?').all(fromSeq, size) as JournalRow[]).map(rowToStored);
}
