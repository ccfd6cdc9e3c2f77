/**
 * The day's cause list of the Board or the Committee, bench by bench, and the hearing calendar
 * of a month. A cause list is put up outside the room and goes to lawyers and police: it names
 * a case by its number and the child's initials only — never the name, address, school or a
 * photo (JJ Act s.74) — whoever prints it, so reading it is not a view of anyone's file.
 */
import type { CauseList } from '../../shared/api/cases-contract';
import { weekdayOf } from '../../shared/domain/hearings';
import { initialsOf, type Authority } from '../../shared/domain/jj-case';
import { addToDay } from '../deadlines/calendar';
import type { Sqlite } from '../db/open';
import { readSittings } from './sittings';

interface CauseRow {
  case_no: string;
  child_name: string;
  bench: string;
  purpose: string;
  previous: string | null;
}

export function causeList(db: Sqlite, date: string, authority: Authority, bench: string | null): CauseList {
  const sittings = readSittings(db)[authority];
  // Only the initials leave this function: the name is read to make them and dropped here.
  const rows = db
    .prepare(
      `SELECT k.case_no, c.name AS child_name, h.bench, h.purpose,
              (SELECT max(p.date) FROM hearings p WHERE p.case_id = h.case_id AND p.date < h.date AND p.status <> 'cancelled') AS previous
       FROM hearings h JOIN jj_cases k ON k.id = h.case_id JOIN children c ON c.id = h.child_id
       WHERE h.date = ? AND k.authority = ? AND h.status <> 'cancelled' AND (? IS NULL OR h.bench = ?)
       ORDER BY h.bench, k.case_no`,
    )
    .all(date, authority, bench, bench) as CauseRow[];
  const benches = bench !== null ? [bench] : [...new Set([...sittings.benches, ...rows.map((r) => r.bench)])];
  const sitting = sittings.days.includes(weekdayOf(date));
  return {
    date,
    authority,
    benches: benches.map((b) => ({
      bench: b,
      sitting,
      rows: rows.filter((r) => r.bench === b).map((r, i) => ({ serial: i + 1, caseNo: r.case_no, initials: initialsOf(r.child_name), purpose: r.purpose, previousDate: r.previous })),
    })),
  };
}

/** Every day of a month: whether the authority sits, and how many hearings are listed. */
export function hearingCalendar(db: Sqlite, month: string, authority: Authority) {
  const first = `${month}-01`;
  const next = addToDay(first, { months: 1 });
  const counts = new Map(
    (db.prepare(`SELECT h.date, count(*) AS n FROM hearings h JOIN jj_cases k ON k.id = h.case_id WHERE k.authority = ? AND h.date >= ? AND h.date < ? AND h.status <> 'cancelled' GROUP BY h.date`).all(authority, first, next) as { date: string; n: number }[]).map((r) => [r.date, r.n]),
  );
  const days = readSittings(db)[authority].days;
  const out: { date: string; sitting: boolean; hearings: number }[] = [];
  for (let d = first; d < next; d = addToDay(d, { days: 1 })) out.push({ date: d, sitting: days.includes(weekdayOf(d)), hearings: counts.get(d) ?? 0 });
  return { month, authority, days: out };
}
