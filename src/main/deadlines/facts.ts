/**
 * Where each fact the deadline rules read comes from. A fact no provider here records is "not
 * recorded yet": the rules reading it are listed as inactive instead of reporting every child
 * overdue (the SIR, until the JJB/CWC case files record it). The case file provides the ICP,
 * case-history reviews and follow-ups (casefile-facts.ts).
 */
import type { FactName, Occurrence } from '../../shared/domain/deadlines';
import { addToDay, dayOf, quarterOf } from './calendar';
import type { Sqlite } from '../db/open';
import { todayIst } from '../../shared/util/dates';
import { CASE_FILE_FACTS } from './casefile-facts';

/** Dated occurrences of one fact, per child id. */
export type PerChild = Map<string, Occurrence[]>;

/**
 * Something that records facts: it names the facts it provides and reads them all in one go
 * (the case file reads its plans once for three facts), for every child or for the institution.
 */
export interface FactProvider {
  provides: readonly FactName[];
  children?(db: Sqlite): Partial<Record<FactName, PerChild>>;
  institution?(db: Sqlite, now: Date): Partial<Record<FactName, Occurrence[]>>;
}

function group(rows: readonly { child_id: string; at: string; tag?: string }[]): PerChild {
  const out: PerChild = new Map();
  for (const r of rows) {
    const list = out.get(r.child_id) ?? [];
    list.push(r.tag === undefined ? { at: r.at } : { at: r.at, tag: r.tag });
    out.set(r.child_id, list);
  }
  return out;
}

const fromSql = (db: Sqlite, sql: string) => group(db.prepare(sql).all() as { child_id: string; at: string }[]);

/** The day a child turns 18: from the date of birth, or (age only) on the anniversary of admission at which the recorded age reaches 18. */
function birthday18(row: { dob: string | null; age_years: number | null; admitted_at: string }): string | null {
  if (row.dob) return addToDay(row.dob, { months: 18 * 12 });
  if (row.age_years === null) return null;
  return addToDay(dayOf(row.admitted_at), { months: (18 - row.age_years) * 12 });
}

/** The register's own facts: admissions, restorations, birthdays, production, and the quarterly report. */
const register: FactProvider = {
  provides: ['admission', 'restoration', 'birthday18', 'production', 'quarterEnd', 'quarterlyReportSent'],
  children: (db) => ({
    // The admission and every readmission: each starts a stay.
    admission: fromSql(db, `SELECT id AS child_id, admitted_at AS at FROM children UNION ALL SELECT child_id, at FROM movements WHERE kind = 'readmission'`),
    restoration: fromSql(db, `SELECT child_id, at FROM movements WHERE kind = 'restoration'`),
    birthday18: group(
      (db.prepare('SELECT id, dob, age_years, admitted_at FROM children').all() as { id: string; dob: string | null; age_years: number | null; admitted_at: string }[]).flatMap((r) => {
        const day = birthday18(r);
        return day ? [{ child_id: r.id, at: day }] : [];
      }),
    ),
    // An admission or readmission under an order of the Committee or Board means the child was
    // produced before it: the order is what production leads to. A child admitted without one
    // (brought at night, say) counts as produced once the order number is entered.
    production: fromSql(
      db,
      `SELECT id AS child_id, admitted_at AS at FROM children WHERE order_no IS NOT NULL
       UNION ALL SELECT child_id, at FROM movements WHERE kind = 'readmission' AND json_extract(details, '$.orderNo') IS NOT NULL`,
    ),
  }),
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

export const FACT_PROVIDERS: readonly FactProvider[] = [register, CASE_FILE_FACTS];
