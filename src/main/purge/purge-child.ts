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
import { appendJournal, type Actor } from '../journal/journal';
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

/**
 * Destroys every record of the child and writes the tombstone (its case numbers are read here,
 * before the rows go); the caller owns the transaction. Shared by a confirmation and by a
 * restore that brings back a child destroyed after the backup was made (reapply.ts).
 */
export function destroyChild(db: Sqlite, tombstone: Omit<Tombstone, 'caseNumbers'> & { caseNumbers?: string[] }, actor: Actor, at: string): PurgeOutcome {
  if (!db.inTransaction) throw new Error('destroyChild must run inside a transaction');
  const { id: purgeId, childId } = tombstone;
  const owned = childOwnedTables(db);
  const caseNumbers = tombstone.caseNumbers ?? ownedColumnValues(db, childId, owned, CASE_NUMBER_COLUMNS);
  const { seqs, ids } = entriesAboutChild(db, ownedRowIds(db, childId, owned));
  eraseEntries(db, seqs, purgeId);
  // Keep that a view happened and by whom, not whose record it was.
  db.prepare(`UPDATE access_log SET entity = ?, entity_id = ? WHERE entity_id IN (SELECT value FROM json_each(?))`).run(PURGE_ENTITY, purgeId, JSON.stringify([...ids]));
  const deleted = deleteOwnedRows(db, childId, owned);
  const whole: Tombstone = { ...tombstone, caseNumbers };
  insertTombstone(db, whole, seqs);
  appendJournal(db, { actor, at, entity: PURGE_ENTITY, entityId: purgeId, op: 'create', before: null, after: tombstoneImage(whole, seqs) });
  return { tombstone: whole, journalEntriesErased: seqs.length, rowsDeleted: Object.values(deleted).reduce((a, b) => a + b, 0) };
}

/** A confirmed request: checks it again, then destroys; the caller owns the transaction. */
export function purgeChild(db: Sqlite, input: ConfirmInput, now: () => Date): PurgeOutcome {
  if (!db.inTransaction) throw new Error('purgeChild must run inside a transaction');
  const { childId } = checkConfirmation(db, input, now);
  const request = requestRow(db, input.requestId);
  const admissionNo = db.prepare('SELECT admission_no FROM children WHERE id = ?').pluck().get(childId) as string;
  const at = now().toISOString();
  return destroyChild(
    db,
    {
      id: uuidv7(),
      childId,
      admissionNo,
      order: { reference: request.order_reference, date: request.order_date },
      requestedBy: { name: request.requested_by_name, at: request.requested_at },
      confirmedBy: { name: input.confirmer.displayName, at },
    },
    input.confirmer.actor,
    at,
  );
}
