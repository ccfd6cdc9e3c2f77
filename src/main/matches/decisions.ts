/**
 * A reviewer's decision on a (child, report) pair: confirm, reject or not sure, with a
 * note. Stored once per pair (a new decision replaces the old), journaled in the same
 * transaction as entity 'match_decision' — so it travels to the registry in the next sync
 * package — and never touched by re-matching or a new snapshot.
 */
import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../shared/api/errors';
import type { Sqlite } from '../db/open';
import { appendJournal, type Actor } from '../journal/journal';
import type { ChildViewer } from '../children/service';

export type Decision = 'confirm' | 'reject' | 'not_sure';

export interface DecisionRow {
  id: string;
  child_id: string;
  report_id: string;
  decision: Decision;
  note: string | null;
  decided_by: string;
  decided_by_name: string;
  decided_at: string;
}

/** What the journal records and the sync package carries: the pair, the decision, who and when. */
export const decisionImage = (r: DecisionRow) => ({
  id: r.id,
  childId: r.child_id,
  reportId: r.report_id,
  decision: r.decision,
  note: r.note,
  decidedBy: r.decided_by_name,
  decidedAt: r.decided_at,
});

/** The decision as the contract shows it. */
export const decisionView = (r: DecisionRow) => ({ decision: r.decision, note: r.note, decidedBy: r.decided_by_name, decidedAt: r.decided_at });

export function decisionFor(db: Sqlite, childId: string, reportId: string): DecisionRow | undefined {
  return db.prepare('SELECT * FROM match_decisions WHERE child_id = ? AND report_id = ?').get(childId, reportId) as DecisionRow | undefined;
}

/** The child, if this viewer may review its matches: a CCL child's pairs would reveal who it is (s.74). */
export function reviewableChild(db: Sqlite, childId: string, viewer: ChildViewer): { category: string } {
  const child = db.prepare('SELECT category FROM children WHERE id = ?').get(childId) as { category: string } | undefined;
  if (!child) throw new AppError('not_found', 'No child with this record number exists.');
  if (child.category === 'CCL' && !viewer.canSeeCcl) throw new AppError('forbidden', 'You do not have permission to see matches for this child.');
  return child;
}

export function decide(
  db: Sqlite,
  input: { childId: string; reportId: string; decision: Decision; note?: string },
  who: { actor: Actor; viewer: ChildViewer },
  now: Date,
): DecisionRow {
  return db.transaction(() => {
    reviewableChild(db, input.childId, who.viewer);
    const before = decisionFor(db, input.childId, input.reportId);
    const known = before || db.prepare('SELECT 1 FROM snapshot_reports WHERE report_id = ?').get(input.reportId);
    if (!known) throw new AppError('not_found', `Report ${input.reportId} is not in the snapshot this office holds.`);
    const at = now.toISOString();
    const row: DecisionRow = {
      id: before?.id ?? uuidv7(),
      child_id: input.childId,
      report_id: input.reportId,
      decision: input.decision,
      note: input.note?.trim() || null,
      decided_by: who.viewer.userId,
      decided_by_name: who.actor.name,
      decided_at: at,
    };
    db.prepare(
      `INSERT INTO match_decisions (id, child_id, report_id, decision, note, decided_by, decided_by_name, decided_at) VALUES (@id, @child_id, @report_id, @decision, @note, @decided_by, @decided_by_name, @decided_at)
       ON CONFLICT (id) DO UPDATE SET decision = excluded.decision, note = excluded.note, decided_by = excluded.decided_by, decided_by_name = excluded.decided_by_name, decided_at = excluded.decided_at`,
    ).run(row);
    appendJournal(db, {
      actor: who.actor,
      at,
      entity: 'match_decision',
      entityId: row.id,
      op: before ? 'update' : 'create',
      before: before ? decisionImage(before) : null,
      after: decisionImage(row),
    });
    return row;
  })();
}
