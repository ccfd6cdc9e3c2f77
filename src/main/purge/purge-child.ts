/**
 * The second half of the two-person rule, and the purge itself (JJ Act s.24(2)). In one
 * transaction: every journal entry about the child has its content erased (journal/
 * redaction.ts), views of the child in the access log lose whose they were, every row the
 * child owns is deleted (child-tables.ts), and the tombstone is written and journaled — the
 * one entry that travels to the registry. Then the file itself is compacted so that no
 * freed page or old WAL frame still holds what was erased (compact.ts).
 */
import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../shared/api/errors';
import type { Tombstone } from '../../shared/domain/purge';
import type { Sqlite } from '../db/open';
import { appendJournal } from '../journal/journal';
import { eraseEntries, PURGE_ENTITY } from '../journal/redaction';
import { childOwnedTables, deleteOwnedRows, ownedColumnValues, ownedRowIds } from './child-tables';
import { entriesAboutChild } from './journal-closure';
import { assertOfficeMayPurge, purgeableChild, requestRow, type Person } from './requests';
import { insertTombstone, tombstoneImage } from './tombstones';

/** Columns that hold a JJB/CWC case number, in whichever of the child's tables has one: the tombstone keeps them. */
const CASE_NUMBER_COLUMNS = ['case_no', 'case_number'];

export interface ConfirmInput {
  requestId: string;
  /** Typed by the confirming administrator: the admission number of the child to be destroyed. */
  admissionNo: string;
  confirmer: Person;
}

/** The checks a confirmation must pass; run before the job starts (a plain refusal) and again inside its transaction. */
export function checkConfirmation(db: Sqlite, input: ConfirmInput, now: () => Date): { childId: string } {
  const request = requestRow(db, input.requestId);
  if (request.status !== 'pending') throw new AppError('conflict', 'This request was already decided.');
  if (request.requested_by_id === input.confirmer.actor.id) {
    throw new AppError('forbidden', 'The person who asked for the destruction cannot also confirm it: another administrator must. Nothing was destroyed.');
  }
  assertOfficeMayPurge(db, now);
  const child = purgeableChild(db, request.child_id);
  if (input.admissionNo.trim() !== child.admission_no) {
    throw new AppError('invalid_input', `The admission number typed (${input.admissionNo.trim()}) is not that of the child in this request. Nothing was destroyed.`, { fields: { admissionNo: 'not this child’s admission number' } });
  }
  return { childId: child.id };
}

export interface PurgeOutcome {
  tombstone: Tombstone;
  journalEntriesErased: number;
  rowsDeleted: number;
}

/** Destroys the child's records; the caller owns the transaction. */
export function purgeChild(db: Sqlite, input: ConfirmInput, now: () => Date): PurgeOutcome {
  if (!db.inTransaction) throw new Error('purgeChild must run inside a transaction');
  const { childId } = checkConfirmation(db, input, now);
  const request = requestRow(db, input.requestId);
  const admissionNo = (db.prepare('SELECT admission_no FROM children WHERE id = ?').pluck().get(childId) as string);
  const owned = childOwnedTables(db);
  const caseNumbers = ownedColumnValues(db, childId, owned, CASE_NUMBER_COLUMNS);
  const { seqs, ids } = entriesAboutChild(db, ownedRowIds(db, childId, owned));

  const purgeId = uuidv7();
  eraseEntries(db, seqs, purgeId);
  // Keep that a view happened and by whom, not whose record it was.
  db.prepare(`UPDATE access_log SET entity = ?, entity_id = ? WHERE entity_id IN (SELECT value FROM json_each(?))`).run(PURGE_ENTITY, purgeId, JSON.stringify([...ids]));
  const deleted = deleteOwnedRows(db, childId, owned);

  const at = now().toISOString();
  const tombstone: Tombstone = {
    id: purgeId,
    childId,
    admissionNo,
    caseNumbers,
    order: { reference: request.order_reference, date: request.order_date },
    requestedBy: { name: request.requested_by_name, at: request.requested_at },
    confirmedBy: { name: input.confirmer.displayName, at },
  };
  insertTombstone(db, tombstone, seqs);
  appendJournal(db, { actor: input.confirmer.actor, at, entity: PURGE_ENTITY, entityId: purgeId, op: 'create', before: null, after: tombstoneImage(tombstone, seqs) });
  return { tombstone, journalEntriesErased: seqs.length, rowsDeleted: Object.values(deleted).reduce((a, b) => a + b, 0) };
}
