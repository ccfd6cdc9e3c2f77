/**
 * Where each fact the deadline rules read comes from. A fact no provider here records is "not
 * recorded yet": the rules reading it are listed as inactive instead of reporting every child
 * overdue. The case file provides the ICP, case-history reviews and follow-ups
 * (casefile-facts.ts); the Board's and Committee's cases their own clocks
 * (src/main/cases/deadline-facts.ts).
 */
import type { FactName, Occurrence } from '../../shared/domain/deadlines';
import { addToDay, dayOf, quarterOf } from './calendar';
import type { Sqlite } from '../db/open';
import { todayIst } from '../../shared/util/dates';
import { CASE_FILE_FACTS } from './casefile-facts';
import { CASE_FACT_PROVIDER } from '../cases/deadline-facts';
import type { CaseFacts } from './engine';

/** Dated occurrences of one fact, per child id. */
export type PerChild = Map<string, Occurrence[]>;

/**
 * Something that records facts: it names the facts it provides and reads them all in one go
 * (the case file reads its plans once for three facts), for every child, every case or the
 * institution. Two providers may give the same fact of a child: their occurrences add up.
 */
export interface FactProvider {
  provides: readonly FactName[];
  children?(db: Sqlite): Partial<Record<FactName, PerChild>>;
  cases?(db: Sqlite): CaseFacts[];
  institution?(db: Sqlite, now: Date): Partial<Record<FactName, Occurrence[]>>;
}

/** Appends an occurrence to a child's list. */
function add(facts: PerChild, childId: string, o: Occurrence): void {
  const list = facts.get(childId);
  if (list) list.push(o);
  else facts.set(childId, [o]);
}

/** The day a child turns 18: from the date of birth, or (age only) on the anniversary of admission at which the recorded age reaches 18. */
function birthday18(row: { dob: string | null; age_years: number | null; admitted_at: string }): string | null {
  if (row.dob) return addToDay(row.dob, { months: 18 * 12 });
  if (row.age_years === null) return null;
  return addToDay(dayOf(row.admitted_at), { months: (18 - row.age_years) * 12 });
}

interface ChildRow {
  id: string;
  admitted_at: string;
  order_no: string | null;
  dob: string | null;
  age_years: number | null;
}

/** The register's own facts: admissions, restorations, birthdays, production, and the quarterly report. */
const register: FactProvider = {
  provides: ['admission', 'restoration', 'birthday18', 'production', 'quarterEnd', 'quarterlyReportSent'],
  // Two reads over the register, however many facts: thousands of children are read once.
  children(db) {
    const admission: PerChild = new Map();
    const restoration: PerChild = new Map();
    const birthday: PerChild = new Map();
    const production: PerChild = new Map();
    for (const r of db.prepare('SELECT id, admitted_at, order_no, dob, age_years FROM children').iterate() as IterableIterator<ChildRow>) {
      // The admission starts a stay. Admitted under an order of the Committee or Board, the child was
      // produced before it: the order is what production leads to. A child admitted without one
      // (brought at night, say) counts as produced once the order number is entered.
      add(admission, r.id, { at: r.admitted_at });
      if (r.order_no !== null) add(production, r.id, { at: r.admitted_at });
      const day = birthday18(r);
      if (day) add(birthday, r.id, { at: day });
    }
    const moves = db.prepare(`SELECT child_id, kind, at, json_extract(details, '$.orderNo') AS order_no FROM movements WHERE kind IN ('readmission', 'restoration')`);
    for (const m of moves.iterate() as IterableIterator<{ child_id: string; kind: string; at: string; order_no: string | null }>) {
      if (m.kind === 'restoration') add(restoration, m.child_id, { at: m.at });
      else {
        // A readmission starts a stay too, and with an order it was a production.
        add(admission, m.child_id, { at: m.at });
        if (m.order_no !== null) add(production, m.child_id, { at: m.at });
      }
    }
    return { admission, restoration, birthday18: birthday, production };
  },
  institution: (db, now) => ({
    quarterEnd: quartersSinceSetup(db, now),
    quarterlyReportSent: (db.prepare(`SELECT submitted_on AS at, period FROM report_submissions WHERE kind = 'quarterly'`).all() as { at: string; period: string }[]).map((r) => ({ at: r.at, period: r.period })),
  }),
};

/** Every quarter since Homeward was set up here, to the current one: earlier reports went on paper. */
function quartersSinceSetup(db: Sqlite, now: Date): Occurrence[] {
  const since = db.prepare('SELECT at FROM journal ORDER BY seq LIMIT 1').pluck().get() as string | undefined;
  if (!since) return [];
  const out: Occurrence[] = [];
  const today = todayIst(now);
  for (let q = quarterOf(dayOf(since)); q.first <= today; q = quarterOf(addToDay(q.last, { days: 1 }))) out.push({ at: q.last, period: q.id });
  return out;
}

export const FACT_PROVIDERS: readonly FactProvider[] = [register, CASE_FILE_FACTS, CASE_FACT_PROVIDER];
