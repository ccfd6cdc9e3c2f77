/**
 * Who may open a case, and what every case operation is given. A case before the Board, or
 * any case of a child in conflict with law, identifies the child on every line (FIR, sections,
 * the Board's orders), so without children.viewCcl it is refused whole and seen in lists by its
 * case number only; every opening by someone who may see it lands in the access log (s.74).
 */
import { AppError } from '../../shared/api/errors';
import type { Category } from '../../shared/domain/child';
import type { Sqlite } from '../db/open';
import type { Actor } from '../journal/journal';
import type { ChildViewer } from '../children/service';
import type { CaseRow } from './records';

/** Who writes and who reads, and when: what every case operation is given. */
export interface CaseCall {
  db: Sqlite;
  now: Date;
  actor: Actor;
  viewer: ChildViewer;
}

export interface CaseChild {
  id: string;
  admissionNo: string;
  name: string;
  category: Category;
  sex: string;
  dob: string | null;
  ageYears: number | null;
  admittedAt: string;
}

export function caseChild(db: Sqlite, childId: string): CaseChild {
  const row = db.prepare('SELECT id, admission_no AS admissionNo, name, category, sex, dob, age_years AS ageYears, admitted_at AS admittedAt FROM children WHERE id = ?').get(childId) as CaseChild | undefined;
  if (!row) throw new AppError('not_found', 'No child with this record number exists.');
  return row;
}

export function caseRow(db: Sqlite, caseId: string): CaseRow {
  const row = db.prepare('SELECT * FROM jj_cases WHERE id = ?').get(caseId) as CaseRow | undefined;
  if (!row) throw new AppError('not_found', 'No case with this number exists; it may have been removed.');
  return row;
}

/** Before the Board, or about a child in conflict with law: only those who may see CCL files see it. */
export const isConfidential = (authority: string, category: string) => authority === 'jjb' || category === 'CCL';

/** The case and its child after checking that this viewer may open it; a confidential case's opening is logged under `action`. */
export function openCase(call: Omit<CaseCall, 'actor'>, caseId: string, action: string): { row: CaseRow; child: CaseChild } {
  const row = caseRow(call.db, caseId);
  const child = caseChild(call.db, row.child_id);
  if (isConfidential(row.authority, child.category)) {
    if (!call.viewer.canSeeCcl) throw new AppError('forbidden', 'You do not have permission to see this case file; you may see its case number only.');
    call.db.prepare('INSERT INTO access_log (at, user_id, entity, entity_id, action) VALUES (?, ?, ?, ?, ?)').run(call.now.toISOString(), call.viewer.userId, 'jj_case', caseId, action);
  }
  return { row, child };
}

/** The same check for a change; a change is not a view, so it is not logged. */
export function caseForChange(call: CaseCall, caseId: string): { row: CaseRow; child: CaseChild } {
  const row = caseRow(call.db, caseId);
  const child = caseChild(call.db, row.child_id);
  if (isConfidential(row.authority, child.category) && !call.viewer.canSeeCcl) throw new AppError('forbidden', 'You do not have permission to change this case file.');
  return { row, child };
}
