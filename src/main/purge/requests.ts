/**
 * The first half of the two-person rule: a request names the Board's order and waits for an
 * administrator other than the requester. Requests are journaled (entity `purge_request`);
 * a pending one is confirmed (purge-child.ts) or rejected with a reason.
 */
import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../shared/api/errors';
import { S24_OFFICE_TYPES, type PurgeRequestInput, type PurgeRequestView } from '../../shared/domain/purge';
import type { Sqlite } from '../db/open';
import { appendJournal, type Actor } from '../journal/journal';
import { SettingsRepo } from '../settings/settings';

export const REQUEST_ENTITY = 'purge_request';

export interface PurgeRequestRow {
  id: string;
  child_id: string;
  order_reference: string;
  order_date: string;
  status: 'pending' | 'rejected';
  requested_by_id: string;
  requested_by_name: string;
  requested_at: string;
  decided_by_name: string | null;
  decided_at: string | null;
  rejection_reason: string | null;
}

/** As the journal records it (audit verify compares the row with this). */
export const requestImage = (r: PurgeRequestRow) => ({
  id: r.id,
  childId: r.child_id,
  orderReference: r.order_reference,
  orderDate: r.order_date,
  status: r.status,
  requestedById: r.requested_by_id,
  requestedByName: r.requested_by_name,
  requestedAt: r.requested_at,
  decidedByName: r.decided_by_name,
  decidedAt: r.decided_at,
  rejectionReason: r.rejection_reason,
});

/** Who is acting: the journal's actor and the name shown on the request and the tombstone. */
export interface Person {
  actor: Actor;
  displayName: string;
}

export function requestRow(db: Sqlite, id: string): PurgeRequestRow {
  const row = db.prepare('SELECT * FROM purge_requests WHERE id = ?').get(id) as PurgeRequestRow | undefined;
  if (!row) throw new AppError('not_found', 'There is no such request for destruction of records (it may have been confirmed or withdrawn already).');
  return row;
}

/** The child a request may be made or confirmed for: it exists and is a child in conflict with law. */
export function purgeableChild(db: Sqlite, childId: string): { id: string; admission_no: string } {
  const child = db.prepare('SELECT id, admission_no, category FROM children WHERE id = ?').get(childId) as { id: string; admission_no: string; category: string } | undefined;
  if (!child) throw new AppError('not_found', 'No child with this record number exists.');
  if (child.category !== 'CCL') throw new AppError('invalid_input', `Child ${child.admission_no} is not a child in conflict with law; s.24 destruction of records applies only to children in conflict with law.`);
  return child;
}

/** This office may carry out s.24 orders only if it is a Board or a home for children in conflict with law. */
export function assertOfficeMayPurge(db: Sqlite, now: () => Date): void {
  const type = new SettingsRepo(db, now).institution().type;
  if (!S24_OFFICE_TYPES.includes(type)) {
    throw new AppError('forbidden', 'This institution is not a Juvenile Justice Board or a home for children in conflict with law, so it cannot carry out s.24 destruction orders (the registry would refuse them).');
  }
}

export function requestPurge(db: Sqlite, input: PurgeRequestInput, by: Person, now: () => Date): PurgeRequestView {
  return db.transaction(() => {
    assertOfficeMayPurge(db, now);
    const child = purgeableChild(db, input.childId);
    const pending = db.prepare(`SELECT id FROM purge_requests WHERE child_id = ? AND status = 'pending'`).get(child.id);
    if (pending) throw new AppError('conflict', `A request to destroy the records of child ${child.admission_no} is already waiting for an administrator.`);
    const at = now().toISOString();
    const id = uuidv7();
    db.prepare(
      `INSERT INTO purge_requests (id, child_id, order_reference, order_date, status, requested_by_id, requested_by_name, requested_at) VALUES (?, ?, ?, ?, 'pending', ?, ?, ?)`,
    ).run(id, child.id, input.orderReference, input.orderDate, by.actor.id, by.displayName, at);
    const row = requestRow(db, id);
    appendJournal(db, { actor: by.actor, at, entity: REQUEST_ENTITY, entityId: id, op: 'create', before: null, after: requestImage(row) });
    return requestView(db, row);
  })();
}

export function rejectPurge(db: Sqlite, requestId: string, reason: string, by: Person, now: () => Date): PurgeRequestView {
  return db.transaction(() => {
    const before = requestRow(db, requestId);
    if (before.status !== 'pending') throw new AppError('conflict', 'This request was already decided.');
    const at = now().toISOString();
    db.prepare(`UPDATE purge_requests SET status = 'rejected', decided_by_name = ?, decided_at = ?, rejection_reason = ? WHERE id = ?`).run(by.displayName, at, reason, requestId);
    const after = requestRow(db, requestId);
    appendJournal(db, { actor: by.actor, at, entity: REQUEST_ENTITY, entityId: requestId, op: 'update', before: requestImage(before), after: requestImage(after) });
    return requestView(db, after);
  })();
}

export function requestView(db: Sqlite, r: PurgeRequestRow): PurgeRequestView {
  const child = db.prepare('SELECT admission_no FROM children WHERE id = ?').get(r.child_id) as { admission_no: string };
  return {
    id: r.id,
    childId: r.child_id,
    admissionNo: child.admission_no,
    orderReference: r.order_reference,
    orderDate: r.order_date,
    status: r.status,
    requestedBy: { id: r.requested_by_id, name: r.requested_by_name, at: r.requested_at },
    decidedBy: r.decided_by_name && r.decided_at ? { name: r.decided_by_name, at: r.decided_at } : null,
    rejectionReason: r.rejection_reason,
  };
}

/** Requests, newest first: all pending ones, and the rejected ones of one child (or none). */
export function listRequests(db: Sqlite, filter: { childId?: string }): PurgeRequestView[] {
  const rows = (
    filter.childId
      ? db.prepare('SELECT * FROM purge_requests WHERE child_id = ? ORDER BY requested_at DESC').all(filter.childId)
      : db.prepare(`SELECT * FROM purge_requests WHERE status = 'pending' ORDER BY requested_at DESC`).all()
  ) as PurgeRequestRow[];
  return rows.map((r) => requestView(db, r));
}
