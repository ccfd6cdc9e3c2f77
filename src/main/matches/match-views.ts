/**
 * What reviewers see of the matches. A CCL child's pairs are shown only to people who may
 * see CCL identities: a report beside an admission number would say who the child is, so
 * without children.viewCcl the pair is left out entirely (and counted in `withheldCcl`).
 * "New" is per person: pairs first seen after that person last looked (matches.markSeen).
 */
import { AppError } from '../../shared/api/errors';
import type { Sqlite } from '../db/open';
import type { ChildViewer } from '../children/service';
import type { Explanation } from '../matching/fellegi-sunter';
import type { MatchLabel } from '../matching/labels';
import { decisionView, type DecisionRow } from './decisions';
import { inCareSql } from '../children/status-sql';

interface PairRow {
  child_id: string;
  report_id: string;
  probability: number | null;
  label: MatchLabel | null;
  first_seen_at: string | null;
  admission_no: string;
  name: string;
  category: 'CNCP' | 'CCL';
  in_care: number;
  report: string | null;
  decision_id: string | null;
}

const PAIRS = `
  SELECT c.child_id, c.report_id, c.probability, c.label, c.first_seen_at, ch.admission_no, ch.name, ch.category, ${inCareSql('ch')} AS in_care, r.data AS report, d.id AS decision_id
    FROM match_candidates c JOIN children ch ON ch.id = c.child_id
    LEFT JOIN snapshot_reports r ON r.report_id = c.report_id
    LEFT JOIN match_decisions d ON d.child_id = c.child_id AND d.report_id = c.report_id
  UNION ALL
  SELECT d.child_id, d.report_id, NULL, NULL, NULL, ch.admission_no, ch.name, ch.category, ${inCareSql('ch')}, r.data, d.id
    FROM match_decisions d JOIN children ch ON ch.id = d.child_id
    LEFT JOIN snapshot_reports r ON r.report_id = d.report_id
   WHERE NOT EXISTS (SELECT 1 FROM match_candidates c WHERE c.child_id = d.child_id AND c.report_id = d.report_id)
   ORDER BY 3 DESC, 6, 2`;

const seenAt = (db: Sqlite, userId: string) => (db.prepare('SELECT seen_at FROM match_views WHERE user_id = ?').pluck().get(userId) as string | undefined) ?? '';

/** Worth a reviewer's time: ranked likely or possible, for a child still in care. */
const worthReview = (r: PairRow) => r.label !== null && r.label !== 'unlikely' && r.in_care === 1;

const itemOf = (r: PairRow, d: DecisionRow | null) => ({
  childId: r.child_id,
  admissionNo: r.admission_no,
  childName: r.name,
  category: r.category,
  reportId: r.report_id,
  reportName: r.report === null ? null : (JSON.parse(r.report) as { name: string }).name,
  probability: r.probability,
  label: r.label,
  firstSeenAt: r.first_seen_at,
  decision: d && decisionView(d),
});
type MatchItem = ReturnType<typeof itemOf>;

export function listMatches(db: Sqlite, viewer: ChildViewer) {
  const seen = seenAt(db, viewer.userId);
  const decisionById = db.prepare('SELECT * FROM match_decisions WHERE id = ?');
  const groups = { new: [] as MatchItem[], possible: [] as MatchItem[], decided: [] as MatchItem[], withheldCcl: 0 };
  for (const r of db.prepare(PAIRS).all() as PairRow[]) {
    const d = r.decision_id ? (decisionById.get(r.decision_id) as DecisionRow) : null;
    const open = !d || d.decision === 'not_sure';
    // A pair someone marked "not sure" stays in view whatever a later run ranks it.
    if (!d && !worthReview(r)) continue;
    if (r.category === 'CCL' && !viewer.canSeeCcl) {
      if (open) groups.withheldCcl += 1;
      continue;
    }
    const item = itemOf(r, d);
    if (!open) groups.decided.push(item);
    else if (!d && r.first_seen_at! > seen) groups.new.push(item);
    else groups.possible.push(item);
  }
  return groups;
}

export function newMatchCount(db: Sqlite, viewer: ChildViewer): number {
  return db
    .prepare(
      `SELECT count(*) FROM match_candidates c JOIN children ch ON ch.id = c.child_id
        WHERE c.label <> 'unlikely' AND ${inCareSql('ch')} AND c.first_seen_at > ? AND (? OR ch.category <> 'CCL')
          AND NOT EXISTS (SELECT 1 FROM match_decisions d WHERE d.child_id = c.child_id AND d.report_id = c.report_id)`,
    )
    .pluck()
    .get(seenAt(db, viewer.userId), viewer.canSeeCcl ? 1 : 0) as number;
}

export function markMatchesSeen(db: Sqlite, userId: string, now: Date): void {
  db.prepare('INSERT INTO match_views (user_id, seen_at) VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE SET seen_at = excluded.seen_at').run(userId, now.toISOString());
}

interface CandidateRow {
  report_id: string;
  probability: number;
  weight: number;
  label: MatchLabel;
  explanation: string;
  first_seen_at: string;
  snapshot_version: number;
}

export function storedCandidate(db: Sqlite, childId: string, reportId: string) {
  const c = db.prepare('SELECT * FROM match_candidates WHERE child_id = ? AND report_id = ?').get(childId, reportId) as CandidateRow | undefined;
  return c
    ? { probability: c.probability, weight: c.weight, label: c.label, explanation: JSON.parse(c.explanation) as Explanation, firstSeenAt: c.first_seen_at, snapshotVersion: c.snapshot_version }
    : null;
}

/** `homeward match --json`: the last run's candidates per child in care, best first. */
export function candidatesByChild(db: Sqlite, viewer: ChildViewer, opts: { admissionNo?: string; top: number }) {
  const children = db
    .prepare(`SELECT id, admission_no, category FROM children c WHERE ${inCareSql('c')} AND (? IS NULL OR admission_no = ?) ORDER BY admission_no`)
    .all(opts.admissionNo ?? null, opts.admissionNo ?? null) as { id: string; admission_no: string; category: string }[];
  if (opts.admissionNo !== undefined && children.length === 0) throw new AppError('not_found', `No child in care has admission number ${opts.admissionNo}.`);
  if (opts.admissionNo !== undefined && children[0]!.category === 'CCL' && !viewer.canSeeCcl) throw new AppError('forbidden', 'You do not have permission to see matches for this child.');
  const ranked = db.prepare(
    `SELECT c.* FROM match_candidates c WHERE c.child_id = ? AND c.last_run_at = (SELECT matched_at FROM snapshot_state WHERE id = 1) ORDER BY c.probability DESC, c.report_id LIMIT ?`,
  );
  return children
    .filter((c) => c.category !== 'CCL' || viewer.canSeeCcl)
    .map((child) => ({
      admission_no: child.admission_no,
      candidates: (ranked.all(child.id, opts.top) as CandidateRow[]).map((c) => ({
        report_id: c.report_id,
        probability: c.probability,
        weight: c.weight,
        label: c.label,
        explanation: JSON.parse(c.explanation) as Explanation,
      })),
    }));
}
