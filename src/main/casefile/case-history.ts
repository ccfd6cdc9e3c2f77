/**
 * Case history (Form 43): each section is one row, saved on its own, journaled on its own.
 * Reading fills in the sections not yet saved, so a caller always gets all of Form 43 in order.
 */
import { maskAadhaar, MASKED_AADHAAR } from '../../shared/domain/aadhaar';
import { CASE_HISTORY_SECTIONS, SECTION_LISTS, sectionCompleteness, sectionSchema, type CaseHistorySection, type CaseHistoryView, type SectionView } from '../../shared/domain/case-history';
import { canonicalJson } from '../../shared/util/canonical-json';
import type { Sqlite } from '../db/open';
import { appendJournal } from '../journal/journal';
import { childDates, childForChange, type CaseFileCall } from './child-access';
import { ENTITY, sectionEntityId, sectionImage, type SectionRow } from './records';
import { invalidFields, parseForm } from './validate';

function entryCounts(db: Sqlite, childId: string): Map<string, number> {
  const rows = db.prepare('SELECT kind, count(*) AS n FROM casefile_entries WHERE child_id = ? GROUP BY kind').all(childId) as { kind: string; n: number }[];
  return new Map(rows.map((r) => [r.kind, r.n]));
}

function shown(section: string, values: Record<string, unknown>, canSeeAadhaar: boolean): Record<string, unknown> {
  if (section !== 'profile' || canSeeAadhaar || typeof values['aadhaar'] !== 'string') return values;
  return { ...values, aadhaar: maskAadhaar(values['aadhaar']) };
}

function view(section: CaseHistorySection, row: SectionRow | undefined, counts: Map<string, number>, canSeeAadhaar: boolean): SectionView {
  const values = row ? (JSON.parse(row.data) as Record<string, unknown>) : null;
  const list = SECTION_LISTS[section];
  return {
    section,
    values: values && shown(section, values, canSeeAadhaar),
    completeness: sectionCompleteness(section, values, list ? (counts.get(list) ?? 0) : 0),
    updatedAt: row?.updated_at ?? null,
    updatedBy: row?.updated_by_name ?? null,
  };
}

/**
 * Every section of a child's case history in Form 43's order, with completeness per section
 * and for the whole. The caller has checked that the viewer may see this child's case file.
 */
export function loadCaseHistory(db: Sqlite, childId: string, opts: { canSeeAadhaar: boolean }): CaseHistoryView {
  const rows = new Map((db.prepare('SELECT * FROM case_history_sections WHERE child_id = ?').all(childId) as SectionRow[]).map((r) => [r.section, r]));
  const counts = entryCounts(db, childId);
  const sections = CASE_HISTORY_SECTIONS.map((s) => view(s, rows.get(s), counts, opts.canSeeAadhaar));
  const completeness = sections.reduce((sum, s) => ({ filled: sum.filled + s.completeness.filled, total: sum.total + s.completeness.total }), { filled: 0, total: 0 });
  return { sections, completeness };
}

/**
 * The masked Aadhaar number a person without the right to see it was shown comes back
 * unchanged: it means "keep the stored number". Any other masked value cannot be stored.
 */
function keepStoredAadhaar(values: Record<string, unknown>, stored: Record<string, unknown> | null): Record<string, unknown> {
  const given = values['aadhaar'];
  if (typeof given !== 'string' || !MASKED_AADHAAR.test(given)) return values;
  const before = stored?.['aadhaar'];
  if (typeof before === 'string' && maskAadhaar(before) === given) return { ...values, aadhaar: before };
  throw invalidFields({ 'values.aadhaar': 'enter the full Aadhaar number' });
}

export function saveSection(call: CaseFileCall, childId: string, section: CaseHistorySection, input: Record<string, unknown>): SectionView {
  const { db, actor } = call;
  return db.transaction(() => {
    const child = childForChange(call, childId);
    const before = db.prepare('SELECT * FROM case_history_sections WHERE child_id = ? AND section = ?').get(childId, section) as SectionRow | undefined;
    const parsed = parseForm(sectionSchema(section, childDates(child, call.now)), input, 'values') as Record<string, unknown>;
    const values = keepStoredAadhaar(parsed, before ? (JSON.parse(before.data) as Record<string, unknown>) : null);
    const data = canonicalJson(values);
    if (before?.data !== data) {
      const at = call.now.toISOString();
      db.prepare(
        `INSERT INTO case_history_sections (child_id, section, data, updated_at, updated_by_id, updated_by_name) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (child_id, section) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at, updated_by_id = excluded.updated_by_id, updated_by_name = excluded.updated_by_name`,
      ).run(childId, section, data, at, actor.id, actor.name);
      const after = db.prepare('SELECT * FROM case_history_sections WHERE child_id = ? AND section = ?').get(childId, section) as SectionRow;
      appendJournal(db, { actor, at, entity: ENTITY.section, entityId: sectionEntityId(childId, section), op: before ? 'update' : 'create', before: before ? sectionImage(before) : null, after: sectionImage(after) });
    }
    const row = db.prepare('SELECT * FROM case_history_sections WHERE child_id = ? AND section = ?').get(childId, section) as SectionRow;
    return view(section, row, entryCounts(db, childId), call.viewer.canSeeAadhaar);
  })();
}
