/**
 * Which journal entries travel, and as what. Children, their photos (with the bytes, read
 * from the database by id), their movements, the institution's details, reviewers' match
 * decisions and the Board's and Committee's cases (with their steps and hearings) go to the
 * registry; deletions go as tombstones, s.24 destruction orders as `s24_purge` lines, and
 * entries erased by such an order not at all. User accounts and local settings stay in the
 * office. A photo whose row is already gone is skipped: the tombstone of its deletion follows
 * in the same range.
 */
import { canonicalJson } from '../../../shared/util/canonical-json';
import type { Sqlite } from '../../db/open';
import type { JournalEntry } from '../../journal/journal';
import type { RecordType } from '../format/sync-payload';
import { CASE_ENTITY } from '../../cases/records';
import { PURGE_ENTITY } from '../../journal/redaction';
import { tombstoneSchema } from '../../../shared/domain/purge';

/** The case files' entities travel under their own names (jj_case, case_entry, hearing). */
const CASE_RECORDS = new Set<string>(Object.values(CASE_ENTITY));

/** The tombstone without the list of journal entries it erased: that is the office's own bookkeeping. */
function omitRedactedSeqs(after: unknown): unknown {
  const { redactedSeqs: _seqs, ...tombstone } = after as { redactedSeqs?: unknown };
  return tombstone;
}

export interface PayloadRecord {
  type: RecordType;
  line: string;
}

export function recordFor(db: Sqlite, e: JournalEntry): PayloadRecord | null {
  // Erased under an s.24 order: nothing of it may travel. The order's tombstone does, below.
  if (e.redactedBy !== null) return null;
  const base = { seq: e.seq, at: e.at };
  const line = (type: RecordType, body: object) => ({ type, line: `${canonicalJson({ type, ...base, ...body })}\n` });
  if (e.entity === PURGE_ENTITY) return line('s24_purge', { data: tombstoneSchema.parse(omitRedactedSeqs(e.after)) });
  if (e.entity === 'match_decision') return e.op === 'delete' ? null : line('match_decision', { op: e.op, data: e.after });
  if (CASE_RECORDS.has(e.entity)) return e.op === 'delete' ? line('tombstone', { entity: e.entity, id: e.entityId }) : line(e.entity as RecordType, { op: e.op, data: e.after });
  if (e.entity !== 'child' && e.entity !== 'photo' && e.entity !== 'movement' && !(e.entity === 'setting' && e.entityId === 'institution')) return null;
  if (e.op === 'delete') return e.entity === 'setting' ? null : line('tombstone', { entity: e.entity, id: e.entityId });
  if (e.entity === 'child') return line('child', { op: e.op, data: e.after });
  if (e.entity === 'movement') return line('movement', { op: e.op, data: e.after });
  if (e.entity === 'setting') return line('setting', { op: e.op, key: e.entityId, data: e.after });
  const photo = db.prepare('SELECT data FROM child_photos WHERE id = ?').get(e.entityId) as { data: Buffer } | undefined;
  return photo ? line('photo', { data: e.after, bytes: photo.data.toString('base64') }) : null;
}
