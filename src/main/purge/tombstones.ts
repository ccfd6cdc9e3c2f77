/** The tombstones of purged children (`s24_purges`), as stored and as journaled. */
import type { Tombstone } from '../../shared/domain/purge';
import type { Sqlite } from '../db/open';

export interface TombstoneRow {
  id: string;
  purged_child_id: string;
  admission_no: string;
  case_numbers: string;
  order_reference: string;
  order_date: string;
  requested_by_name: string;
  requested_at: string;
  confirmed_by_name: string;
  confirmed_at: string;
  redacted_seqs: string;
}

export function tombstoneOf(r: TombstoneRow): Tombstone {
  return {
    id: r.id,
    childId: r.purged_child_id,
    admissionNo: r.admission_no,
    caseNumbers: JSON.parse(r.case_numbers) as string[],
    order: { reference: r.order_reference, date: r.order_date },
    requestedBy: { name: r.requested_by_name, at: r.requested_at },
    confirmedBy: { name: r.confirmed_by_name, at: r.confirmed_at },
  };
}

/** The journal's image: the tombstone and the journal entries the purge erased (verify holds them to it). */
export const tombstoneImage = (t: Tombstone, redactedSeqs: readonly number[]) => ({ ...t, redactedSeqs: [...redactedSeqs] });

export const rowImage = (r: TombstoneRow) => tombstoneImage(tombstoneOf(r), JSON.parse(r.redacted_seqs) as number[]);

export function insertTombstone(db: Sqlite, t: Tombstone, redactedSeqs: readonly number[]): void {
  db.prepare(
    `INSERT INTO s24_purges (id, purged_child_id, admission_no, case_numbers, order_reference, order_date, requested_by_name, requested_at, confirmed_by_name, confirmed_at, redacted_seqs)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(t.id, t.childId, t.admissionNo, JSON.stringify(t.caseNumbers), t.order.reference, t.order.date, t.requestedBy.name, t.requestedBy.at, t.confirmedBy.name, t.confirmedBy.at, JSON.stringify(redactedSeqs));
}

export function listTombstones(db: Sqlite): (Tombstone & { journalEntriesErased: number })[] {
  return (db.prepare('SELECT * FROM s24_purges ORDER BY confirmed_at DESC').all() as TombstoneRow[]).map((r) => ({ ...tombstoneOf(r), journalEntriesErased: (JSON.parse(r.redacted_seqs) as number[]).length }));
}
