/**
 * Pendency and disposals, as the Board and the Committee report them to the district, the State
 * and the High Court's juvenile justice committee: pending cases by age (months since the first
 * production: 0–4, 4–6, over 6) and offence class, each with its time limit and whether the
 * proceedings stand terminated by law; disposals per month by the order that disposed of them.
 * These reports go outside: they carry case numbers only — no name, no initials.
 */
import type { Disposals, Pendency } from '../../shared/api/cases-contract';
import { DISPOSALS } from '../../shared/domain/jj-case-entries';
import type { Authority, OffenceClass } from '../../shared/domain/jj-case';
import { OFFENCE_CLASSES } from '../../shared/domain/jj-case';
import { todayIst } from '../../shared/util/dates';
import { addToDay } from '../deadlines/calendar';
import type { Sqlite } from '../db/open';
import { clocksOf, factsByCase, inquiryLimit } from './case-clocks';

/** Whole calendar months from one day to another. */
function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

interface PendingRow {
  id: string;
  case_no: string;
  offence_class: OffenceClass | null;
  first_produced_at: string | null;
  first_hearing: string | null;
  created_at: string;
  next_hearing: string | null;
}

export function pendency(db: Sqlite, authority: Authority, now: Date): Pendency {
  const today = todayIst(now);
  const rows = db
    .prepare(
      `SELECT k.id, k.case_no, k.offence_class, k.first_produced_at, k.created_at,
              (SELECT min(date) FROM hearings WHERE case_id = k.id AND status <> 'cancelled') AS first_hearing,
              (SELECT min(date) FROM hearings WHERE case_id = k.id AND status = 'scheduled') AS next_hearing
       FROM jj_cases k WHERE k.authority = ? AND k.status = 'pending' ORDER BY k.case_no`,
    )
    .all(authority) as PendingRow[];
  const facts = factsByCase(db);
  const classes = authority === 'jjb' ? OFFENCE_CLASSES : (['none'] as const);
  const counts = classes.map((offenceClass) => ({ offenceClass, bands: { '0-4': 0, '4-6': 0, '6+': 0 }, total: 0 }));
  const out: Pendency['rows'] = rows.map((r) => {
    // The age of a case counts from the first production; a register brought in without it, from its first hearing.
    const start = r.first_produced_at ? todayIst(new Date(r.first_produced_at)) : (r.first_hearing ?? todayIst(new Date(r.created_at)));
    const band = addToDay(start, { months: 4 }) > today ? '0-4' : addToDay(start, { months: 6 }) > today ? '4-6' : '6+';
    const offenceClass = r.offence_class ?? 'none';
    const line = counts.find((c) => c.offenceClass === offenceClass);
    if (line) {
      line.bands[band] += 1;
      line.total += 1;
    }
    const f = facts.get(r.id);
    return {
      caseNo: r.case_no,
      offenceClass,
      firstProducedOn: r.first_produced_at ? todayIst(new Date(r.first_produced_at)) : null,
      ageMonths: monthsBetween(start, today),
      band,
      limit: f ? inquiryLimit(clocksOf(f, now)) : null,
      nextHearing: r.next_hearing,
    };
  });
  // Those the law has already terminated, then those past their limit, then the oldest.
  const rank = (r: Pendency['rows'][number]) => (r.limit?.terminated ? 0 : r.limit?.state === 'overdue' ? 1 : 2);
  out.sort((a, b) => rank(a) - rank(b) || (b.ageMonths ?? 0) - (a.ageMonths ?? 0) || a.caseNo.localeCompare(b.caseNo));
  return { authority, asOf: today, counts, rows: out };
}

/** The disposals an authority's orders can make, in the report's order. */
export const disposalsOf = (authority: Authority): string[] =>
  DISPOSALS.filter((d) => d === 'other' || (authority === 'jjb' ? /^s1[478]/.test(d) : d.startsWith('s37') || d === 'transfer'));

export function disposals(db: Sqlite, authority: Authority, range: { from: string; to: string }): Disposals {
  const months: string[] = [];
  for (let m = `${range.from}-01`; m.slice(0, 7) <= range.to; m = addToDay(m, { months: 1 })) months.push(m.slice(0, 7));
  const types = disposalsOf(authority);
  const counts: Disposals['counts'] = Object.fromEntries(months.map((m) => [m, Object.fromEntries(types.map((t) => [t, 0]))]));
  const monthTotals: Disposals['monthTotals'] = Object.fromEntries(months.map((m) => [m, 0]));
  const kindTotals: Disposals['kindTotals'] = Object.fromEntries(types.map((t) => [t, 0]));
  const rows = db
    .prepare(`SELECT substr(disposed_on, 1, 7) AS month, disposal, count(*) AS n FROM jj_cases WHERE authority = ? AND status = 'disposed' AND disposed_on >= ? AND disposed_on < ? GROUP BY month, disposal`)
    .all(authority, `${range.from}-01`, addToDay(`${range.to}-01`, { months: 1 })) as { month: string; disposal: string; n: number }[];
  let total = 0;
  for (const r of rows) {
    const line = counts[r.month];
    if (!line) continue;
    const type = r.disposal && types.includes(r.disposal) ? r.disposal : 'other';
    line[type] = (line[type] ?? 0) + r.n;
    monthTotals[r.month] = (monthTotals[r.month] ?? 0) + r.n;
    kindTotals[type] = (kindTotals[type] ?? 0) + r.n;
    total += r.n;
  }
  return { authority, months, disposals: types, counts, monthTotals, kindTotals, total };
}
