/**
 * The hash-chained journal. Every service write calls `append` inside its own transaction,
 * so a record and its journal entry commit together or not at all.
 */
import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { canonicalJson } from '../../shared/util/canonical-json';
import type { Sqlite } from '../db/open';

export const GENESIS_HASH = '0'.repeat(64);

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
  before: unknown;
  after: unknown;
  prevHash: string;
  hash: string;
}

/** The hash of one entry: sha256 over the previous hash and the entry's canonical JSON. */
export function entryHash(e: Omit<JournalEntry, 'hash'>): string {
  const body = canonicalJson({
    seq: e.seq,
    id: e.id,
    at: e.at,
    actorId: e.actorId,
    actorName: e.actorName,
    entity: e.entity,
    entityId: e.entityId,
    op: e.op,
    before: e.before ?? null,
    after: e.after ?? null,
  });
  return createHash('sha256').update(e.prevHash).update('\n').update(body).digest('hex');
}

export function journalHead(db: Sqlite): { seq: number; hash: string } {
  const row = db.prepare('SELECT seq, hash FROM journal_head WHERE id = 1').get() as { seq: number; hash: string } | undefined;
  return row ?? { seq: 0, hash: GENESIS_HASH };
}

export function appendJournal(
  db: Sqlite,
  entry: { actor: Actor; at: string; entity: string; entityId: string; op: JournalOp; before: unknown; after: unknown },
): JournalEntry {
  if (!db.inTransaction) throw new Error('appendJournal must run inside the write transaction');
  const head = journalHead(db);
  const e: Omit<JournalEntry, 'hash'> = {
    seq: head.seq + 1,
    id: uuidv7(),
    at: entry.at,
    actorId: entry.actor.id,
    actorName: entry.actor.name,
    entity: entry.entity,
    entityId: entry.entityId,
    op: entry.op,
    before: entry.before ?? null,
    after: entry.after ?? null,
    prevHash: head.hash,
  };
  const hash = entryHash(e);
  db.prepare(
    `INSERT INTO journal (seq, id, at, actor_id, actor_name, entity, entity_id, op, before, after, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(e.seq, e.id, e.at, e.actorId, e.actorName, e.entity, e.entityId, e.op, e.before === null ? null : canonicalJson(e.before), e.after === null ? null : canonicalJson(e.after), e.prevHash, hash);
  db.prepare('INSERT INTO journal_head (id, seq, hash) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash').run(e.seq, hash);
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
