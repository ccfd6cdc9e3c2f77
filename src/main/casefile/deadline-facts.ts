/**
 * What the deadlines engine needs to know from the case files, for every child at once:
 * when the first care plan was saved (due within a month of admission), the last quarterly
 * review of the case history, and which restoration follow-ups (2 and 6 months) are recorded.
 */
import type { CarePlan } from '../../shared/domain/care-plan';
import type { Sqlite } from '../db/open';

export interface CaseFileFacts {
  /** When the first version of the care plan was saved (UTC instant), or null. */
  carePlanSince: string | null;
  /** The date of the last management-committee review of the case history, or null. */
  lastReview: string | null;
  /** The date of each Form 7 Part D follow-up stage recorded in the current plan. */
  followUps: { first: string | null; twoMonths: string | null; sixMonths: string | null };
}

export function caseFileFacts(db: Sqlite): Map<string, CaseFileFacts> {
  const facts = new Map<string, CaseFileFacts>();
  const of = (childId: string) => {
    let f = facts.get(childId);
    if (!f) facts.set(childId, (f = { carePlanSince: null, lastReview: null, followUps: { first: null, twoMonths: null, sixMonths: null } }));
    return f;
  };
  for (const r of db.prepare(`SELECT child_id, max(date) AS last FROM casefile_entries WHERE kind = 'review' GROUP BY child_id`).iterate() as IterableIterator<{ child_id: string; last: string }>) {
    of(r.child_id).lastReview = r.last;
  }
  // The first version gives the date; the newest gives the follow-ups as they stand.
  const plans = db.prepare(
    `SELECT v.child_id, first.saved_at AS since, v.data FROM care_plan_versions v
       JOIN (SELECT child_id, min(saved_at) AS saved_at, max(version) AS version FROM care_plan_versions GROUP BY child_id) first
         ON first.child_id = v.child_id AND first.version = v.version`,
  );
  for (const r of plans.iterate() as IterableIterator<{ child_id: string; since: string; data: string }>) {
    const f = of(r.child_id);
    f.carePlanSince = r.since;
    for (const visit of (JSON.parse(r.data) as CarePlan).partD.followUps) {
      if (visit.stage === 'other') continue;
      const known = f.followUps[visit.stage];
      if (known === null || visit.date < known) f.followUps[visit.stage] = visit.date;
    }
  }
  return facts;
}
