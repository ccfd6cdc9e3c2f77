/**
 * Storing a matching run. A pair keeps the time it was first seen across runs, so "new"
 * means new to the reviewer, not new to this run; a pair with a decision stays even when a
 * run no longer ranks it (the decision and what it was based on remain visible), unless its
 * report has left the snapshot. Undecided pairs a run no longer ranks are dropped.
 */
import type { Sqlite } from '../db/open';
import type { ChildMatches } from '../matching/report-matching';

export interface StoredRun {
  pairs: number;
  /** Pairs not seen in any earlier run, labelled likely or possible. */
  newPairs: number;
}

export function storeRun(db: Sqlite, results: readonly ChildMatches[], snapshotVersion: number, runAt: string): StoredRun {
  const known = db.prepare('SELECT 1 FROM match_candidates WHERE child_id = ? AND report_id = ?');
  const upsert = db.prepare(
    `INSERT INTO match_candidates (child_id, report_id, probability, weight, label, explanation, first_seen_at, last_run_at, snapshot_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (child_id, report_id) DO UPDATE SET probability = excluded.probability, weight = excluded.weight, label = excluded.label,
       explanation = excluded.explanation, last_run_at = excluded.last_run_at, snapshot_version = excluded.snapshot_version`,
  );
  let pairs = 0;
  let newPairs = 0;
  db.transaction(() => {
    for (const { childId, candidates } of results) {
      for (const c of candidates) {
        if (!known.get(childId, c.reportId) && c.label !== 'unlikely') newPairs += 1;
        upsert.run(childId, c.reportId, c.probability, c.totalWeight, c.label, JSON.stringify(c.explanation), runAt, runAt, snapshotVersion);
        pairs += 1;
      }
    }
    db.prepare(
      `DELETE FROM match_candidates WHERE last_run_at <> ? AND NOT EXISTS (SELECT 1 FROM match_decisions d WHERE d.child_id = match_candidates.child_id AND d.report_id = match_candidates.report_id)`,
    ).run(runAt);
    db.prepare('DELETE FROM match_candidates WHERE report_id NOT IN (SELECT report_id FROM snapshot_reports)').run();
  })();
  return { pairs, newPairs };
}
