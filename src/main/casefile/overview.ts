/**
 * The care-plans overview: every child on the roll (present, on leave or run away) with how far the case file has got — the care
 * plan's version and date, how much of the case history is filled, the last quarterly review.
 * Computed in SQLite over all children at once (json_each counts the filled fields), so the
 * page opens at once with thousands of children.
 */
import { CASE_HISTORY_FIELDS, CASE_HISTORY_SECTIONS, SECTION_LISTS } from '../../shared/domain/case-history';
import type { CarePlanOverviewRow } from '../../shared/api/casefile-contract';
import type { Sqlite } from '../db/open';
import type { ChildViewer } from '../children/service';
import { inCareSql } from '../children/status-sql';

/** Fields of all sections, plus one per list a section counts (as sectionCompleteness does). */
const TOTAL = CASE_HISTORY_SECTIONS.reduce((n, s) => n + CASE_HISTORY_FIELDS[s].length + (SECTION_LISTS[s] ? 1 : 0), 0);
const LISTS = Object.values(SECTION_LISTS);

// A field counts as filled unless it is null, false, '' or an empty list (isFilled in casefile-fields.ts).
const OVERVIEW_SQL = `
  SELECT c.id, c.admission_no, c.name, c.category, c.admitted_at,
         p.version, p.saved_at, coalesce(f.filled, 0) AS filled, coalesce(l.lists, 0) AS lists, l.last_review
    FROM children c
    LEFT JOIN (SELECT child_id, max(version) AS version, max(saved_at) AS saved_at FROM care_plan_versions GROUP BY child_id) p ON p.child_id = c.id
    LEFT JOIN (SELECT s.child_id, sum(j.type NOT IN ('null', 'false') AND NOT (j.type = 'text' AND j.value = '') AND NOT (j.type = 'array' AND j.value = '[]')) AS filled
                 FROM case_history_sections s, json_each(s.data) j GROUP BY s.child_id) f ON f.child_id = c.id
    LEFT JOIN (SELECT child_id, count(DISTINCT kind) AS lists, max(CASE WHEN kind = 'review' THEN date END) AS last_review
                 FROM casefile_entries WHERE kind IN (${LISTS.map(() => '?').join(', ')}) GROUP BY child_id) l ON l.child_id = c.id
   WHERE ${inCareSql('c')}
   ORDER BY p.version IS NOT NULL, c.admitted_at, c.admission_no`;

interface Row {
  id: string;
  admission_no: string;
  name: string;
  category: 'CNCP' | 'CCL';
  admitted_at: string;
  version: number | null;
  saved_at: string | null;
  filled: number;
  lists: number;
  last_review: string | null;
}

/** Children without a care plan first (longest in care first), then the rest by admission. */
export function carePlanOverview(db: Sqlite, viewer: ChildViewer): CarePlanOverviewRow[] {
  return (db.prepare(OVERVIEW_SQL).all(...LISTS) as Row[]).map((r) => ({
    childId: r.id,
    admissionNo: r.admission_no,
    // s.74: a CCL child's name only for those who may see it; the rest of the row identifies no one.
    name: r.category === 'CCL' && !viewer.canSeeCcl ? null : r.name,
    category: r.category,
    admittedAt: r.admitted_at,
    plan: r.version === null ? null : { version: r.version, savedAt: r.saved_at! },
    completeness: { filled: r.filled + r.lists, total: TOTAL },
    lastReview: r.last_review,
  }));
}
