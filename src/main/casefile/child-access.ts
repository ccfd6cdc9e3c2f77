/**
 * Who may open a child's case file, and the dates its forms are checked against. The case
 * file of a child in conflict with law identifies the child on every page (family, school,
 * orders), so without children.viewCcl it is refused whole rather than shown with holes;
 * every opening by someone who may see it lands in the access log (JJ Act s.74).
 */
import { AppError } from '../../shared/api/errors';
import type { ChildDates } from '../../shared/domain/casefile-fields';
import { todayIst } from '../../shared/util/dates';
import type { Sqlite } from '../db/open';
import { appendJournal, type Actor } from '../journal/journal';
import type { ChildViewer } from '../children/service';

export interface CaseFileViewer extends ChildViewer {
  canSeeAadhaar: boolean;
}

/** Who writes and who reads, and when: what every case-file operation is given. */
export interface CaseFileCall {
  db: Sqlite;
  now: Date;
  actor: Actor;
  viewer: CaseFileViewer;
}

export interface CaseFileChild {
  id: string;
  category: string;
  dob: string | null;
  admittedAt: string;
  heightCm: number | null;
  weightKg: number | null;
}

export function childForCaseFile(db: Sqlite, childId: string): CaseFileChild {
  const row = db.prepare('SELECT id, category, dob, admitted_at AS admittedAt, height_cm AS heightCm, weight_kg AS weightKg FROM children WHERE id = ?').get(childId) as CaseFileChild | undefined;
  if (!row) throw new AppError('not_found', 'No child with this record number exists.');
  return row;
}

/** The child, after checking that this viewer may see its case file; a CCL child's is logged under `action`. */
export function openCaseFile(call: Omit<CaseFileCall, 'actor'>, childId: string, action: string): CaseFileChild {
  const child = childForCaseFile(call.db, childId);
  if (child.category === 'CCL') {
    if (!call.viewer.canSeeCcl) throw new AppError('forbidden', 'You do not have permission to see the case file of this child.');
    call.db.prepare('INSERT INTO access_log (at, user_id, entity, entity_id, action) VALUES (?, ?, ?, ?, ?)').run(call.now.toISOString(), call.viewer.userId, 'child', childId, action);
  }
  return child;
}

/** The same check for a change; a change is not a view, so it is not logged. */
export function childForChange(call: CaseFileCall, childId: string): CaseFileChild {
  const child = childForCaseFile(call.db, childId);
  if (child.category === 'CCL' && !call.viewer.canSeeCcl) throw new AppError('forbidden', 'You do not have permission to change the case file of this child.');
  return child;
}

export function childDates(child: CaseFileChild, now: Date): ChildDates {
  return { dob: child.dob, admittedOn: todayIst(new Date(child.admittedAt)), today: todayIst(now) };
}

/** Deletes one row of a child's case file and journals what it was, in one transaction. */
export function removeJournaled<R extends { child_id: string }>(call: CaseFileCall, id: string, what: { table: string; entity: string; read: (id: string) => R; image: (row: R) => unknown }): void {
  const { db, actor } = call;
  db.transaction(() => {
    const before = what.read(id);
    childForChange(call, before.child_id);
    db.prepare(`DELETE FROM ${what.table} WHERE id = ?`).run(id);
    appendJournal(db, { actor, at: call.now.toISOString(), entity: what.entity, entityId: id, op: 'delete', before: what.image(before), after: null });
  })();
}
