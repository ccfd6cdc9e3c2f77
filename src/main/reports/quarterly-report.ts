/**
 * The s.40(4) quarterly report: the children restored, dead and run away in a quarter, from
 * the movements. It goes to the Committee and the District Magistrate, so a child in conflict
 * with law is listed by admission number only; the printed form (src/main/printing) and the
 * CSV are made from this data.
 */
import { currentAge, type Category, type Sex } from '../../shared/domain/child';
import type { QuarterlyReport } from '../../shared/domain/reports';
import { todayIst } from '../../shared/util/dates';
import type { Sqlite } from '../db/open';
import { instantsOf } from '../movements/admission-register';
import { quarterOf } from '../deadlines/calendar';

interface EventRow {
  id: string;
  child_id: string;
  kind: 'restoration' | 'death' | 'runaway';
  at: string;
  details: string;
  admission_no: string;
  name: string;
  sex: Sex;
  category: Category;
  dob: string | null;
  age_years: number | null;
  admitted_at: string;
  district: string | null;
  state: string | null;
}

/** The first day of a quarter id ("2026-Q3" → 2026-07-01). */
export const quarterStart = (period: string) => `${period.slice(0, 4)}-${String((Number(period.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-01`;

export function quarterlyReport(db: Sqlite, period: string): QuarterlyReport {
  const { first, last } = quarterOf(quarterStart(period));
  const { from, until } = instantsOf({ from: first, to: last });
  const rows = db
    .prepare(
      `SELECT m.id, m.child_id, m.kind, m.at, m.details, c.admission_no, c.name, c.sex, c.category, c.dob, c.age_years, c.admitted_at, c.district, c.state
         FROM movements m JOIN children c ON c.id = m.child_id
        WHERE m.kind IN ('restoration', 'death', 'runaway') AND m.at >= ? AND m.at < ?
        ORDER BY m.at, c.admission_no`,
    )
    .all(from, until) as EventRow[];
  const returned = db.prepare(`SELECT min(at) FROM movements WHERE child_id = ? AND kind = 'runaway_return' AND at > ?`).pluck();
  const sent = db.prepare(`SELECT submitted_on AS submittedOn, submitted_to AS submittedTo, recorded_by AS recordedBy FROM report_submissions WHERE kind = 'quarterly' AND period = ?`).get(period) as QuarterlyReport['sent'] | undefined;

  const report: QuarterlyReport = { period, from: first, to: last, restored: [], died: [], ranAway: [], sent: sent ?? null };
  for (const r of rows) {
    const ccl = r.category === 'CCL';
    const d = JSON.parse(r.details) as Record<string, unknown>;
    const text = (k: string) => (d[k] as string | null | undefined) ?? null;
    const base = {
      childId: r.child_id,
      admissionNo: r.admission_no,
      name: ccl ? null : r.name,
      sex: r.sex,
      category: r.category,
      age: currentAge({ dob: r.dob, ageYears: r.age_years, admittedAt: r.admitted_at }, todayIst(new Date(r.at))),
      at: r.at,
      homeDistrict: ccl ? null : [r.district, r.state].filter(Boolean).join(', ') || null,
    };
    if (r.kind === 'restoration') {
      report.restored.push({ serial: report.restored.length + 1, ...base, relationship: ccl ? null : text('relationship'), orderedBy: text('orderedBy')!, orderNo: text('orderNo')!, orderDate: text('orderDate')! });
    } else if (r.kind === 'death') {
      report.died.push({ serial: report.died.length + 1, ...base, place: text('place')!, cause: text('cause')!, authorityInformedOn: text('authorityInformedOn')! });
    } else {
      report.ranAway.push({ serial: report.ranAway.length + 1, ...base, policeInformed: d['policeInformed'] === true, firGdNo: text('firGdNo'), returnedAt: (returned.get(r.child_id, r.at) as string | null) ?? null });
    }
  }
  return report;
}
