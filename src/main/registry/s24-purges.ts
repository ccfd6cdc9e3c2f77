/**
 * s.24 destruction orders at the registry. An office's `s24_purge` line erases everything the
 * registry holds about the child (the child and every record under it) and leaves the
 * tombstone in `s24_purges`. Only an office that can carry out such orders — a Board or a home
 * for children in conflict with law (S24_OFFICE_TYPES) — may send one, and only for its own
 * child (or one the registry does not hold at all: the records may never have arrived).
 * Anything else refuses the whole package.
 * The child's category is not checked here: the office checks it, and a change of category
 * made just before the purge is itself erased by the purge, so the registry's copy may be
 * out of date.
 *
 * Packages the registry keeps (only quarantined ones: ingested packages are not kept) are
 * encrypted to the registry, so a copy that names a purged child is itself a record of the
 * child: it is deleted, and its quarantine entry says so (the gap or fork it recorded stays
 * visible).
 */
import { S24_OFFICE_TYPES } from '../../shared/domain/purge';
import { LIMITS } from '../sync/format/container';
import { decryptStream, lines } from '../sync/format/age-stream';
import { withContainer } from '../sync/format/read-container';
import { refuse } from '../sync/format/refusal';
import type { RecordLine } from '../sync/format/sync-payload';
import type { Sqlite } from '../db/open';
import { markCompactionPending } from '../purge/compact';
import { isKept, markDestroyed, quarantined, type Quarantined } from './quarantine';
import { registryAgeIdentity } from './registry-keys';

type PurgeLine = Extract<RecordLine, { type: 's24_purge' }>;

/** Registry schema 4. */
export const S24_SCHEMA = `
CREATE TABLE s24_purges (
  purge_id TEXT PRIMARY KEY,
  office_id TEXT NOT NULL REFERENCES offices (office_id),
  child_id TEXT NOT NULL,
  admission_no TEXT NOT NULL,
  case_numbers TEXT NOT NULL,
  order_reference TEXT NOT NULL,
  order_date TEXT NOT NULL,
  requested_by TEXT NOT NULL,
  requested_at TEXT NOT NULL,
  confirmed_by TEXT NOT NULL,
  confirmed_at TEXT NOT NULL,
  journal_seq INTEGER NOT NULL,
  applied_at TEXT NOT NULL
);
CREATE INDEX s24_purges_child ON s24_purges (office_id, child_id);
`;

/** The office's kind of institution: as it last sent its details, else as it enrolled. */
function officeType(db: Sqlite, officeId: string): string {
  const setting = db.prepare(`SELECT json_extract(data, '$.type') FROM records WHERE office_id = ? AND entity = 'setting' AND entity_id = 'institution' AND deleted = 0`).pluck().get(officeId) as string | undefined;
  return setting ?? (db.prepare(`SELECT json_extract(details, '$.type') FROM offices WHERE office_id = ?`).pluck().get(officeId) as string);
}

/** The order of the purge that destroyed this child's records here, if any. */
export function purgeOrderOf(db: Sqlite, officeId: string, childId: string): string | undefined {
  return db.prepare('SELECT order_reference FROM s24_purges WHERE office_id = ? AND child_id = ? LIMIT 1').pluck().get(officeId, childId) as string | undefined;
}

export function applyS24Purge(db: Sqlite, officeId: string, line: PurgeLine, appliedAt: string): void {
  const t = line.data;
  const type = officeType(db, officeId);
  if (!(S24_OFFICE_TYPES as readonly string[]).includes(type)) {
    refuse('bad_record', `Journal entry ${line.seq} orders the records of child ${t.admissionNo} destroyed (s.24), but this office (${type}) is not a Juvenile Justice Board or a home for children in conflict with law and cannot issue such an order; nothing from this package was applied.`);
  }
  const elsewhere = db.prepare(`SELECT 1 FROM records WHERE entity = 'child' AND entity_id = ? AND office_id != ?`).get(t.childId, officeId);
  if (elsewhere) refuse('bad_record', `Journal entry ${line.seq} orders the destruction of a child another office sent; an office can only destroy its own records. Nothing from this package was applied.`);
  markCompactionPending(db);
  db.prepare(
    `INSERT INTO records (office_id, entity, entity_id, parent_id, data, bytes, deleted, journal_seq, updated_at) VALUES (?, 'child', ?, NULL, NULL, NULL, 1, ?, ?)
     ON CONFLICT (office_id, entity, entity_id) DO UPDATE SET data = NULL, bytes = NULL, deleted = 1, journal_seq = excluded.journal_seq, updated_at = excluded.updated_at`,
  ).run(officeId, t.childId, line.seq, line.at);
  // Everything sent under the child: photos, movements, match decisions, and any kind added later.
  db.prepare('UPDATE records SET data = NULL, bytes = NULL, deleted = 1 WHERE office_id = ? AND parent_id = ?').run(officeId, t.childId);
  db.prepare(
    `INSERT OR IGNORE INTO s24_purges (purge_id, office_id, child_id, admission_no, case_numbers, order_reference, order_date, requested_by, requested_at, confirmed_by, confirmed_at, journal_seq, applied_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(t.id, officeId, t.childId, t.admissionNo, JSON.stringify(t.caseNumbers), t.order.reference, t.order.date, t.requestedBy.name, t.requestedBy.at, t.confirmedBy.name, t.confirmedBy.at, line.seq, appliedAt);
}

/** The order under which a package must not be kept — it names a child of this office whose records were destroyed — or null. */
export async function purgeOrderNamedIn(db: Sqlite, officeId: string, file: string): Promise<string | null> {
  const rows = db.prepare('SELECT child_id, order_reference FROM s24_purges WHERE office_id = ?').all(officeId) as { child_id: string; order_reference: string }[];
  if (rows.length === 0) return null;
  return withContainer(file, 'sync', async (c) => {
    for await (const line of lines(decryptStream([registryAgeIdentity(db)], await c.stream('payload.age')), LIMITS.payloadLineBytes)) {
      // Ids are UUIDs: a substring is a precise match, whatever kind of record names the child.
      const named = rows.find((r) => line.includes(r.child_id));
      if (named) return named.order_reference;
    }
    return null;
  });
}

/** Deletes the office's quarantined packages that name a child whose records were destroyed. */
export async function scrubQuarantine(db: Sqlite, quarantineDir: string, officeId: string, now: Date): Promise<Quarantined[]> {
  const destroyed: Quarantined[] = [];
  for (const q of quarantined(quarantineDir, officeId)) {
    if (!isKept(q)) continue;
    const order = await purgeOrderNamedIn(db, officeId, q.file);
    if (order) destroyed.push(markDestroyed(q, order, now));
  }
  return destroyed;
}
