/**
 * The Individual Care Plan (Form 7) and its history. A save replaces one part and writes the
 * whole plan as a new version; versions are never changed, so the plan on any past date is
 * the last version saved by the end of that day (India time).
 */
import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../shared/api/errors';
import { emptyCarePlan, partSchema, withPart, type CarePlan, type PartInput, type PlanPart, type PlanVersion, type PlanView } from '../../shared/domain/care-plan';
import { canonicalJson } from '../../shared/util/canonical-json';
import { parseDateTimeIst } from '../../shared/util/dates';
import type { Sqlite } from '../db/open';
import { appendJournal } from '../journal/journal';
import { childDates, childForChange, type CaseFileCall } from './child-access';
import { ENTITY, planVersionImage, type PlanVersionRow } from './records';
import { parseForm } from './validate';

function planView(r: PlanVersionRow): PlanView {
  return { version: r.version, part: r.part as PlanPart, savedAt: r.saved_at, savedBy: r.saved_by_name, plan: JSON.parse(r.data) as CarePlan };
}

/** The plan as it stands now, or null if none was ever saved. */
export function currentCarePlan(db: Sqlite, childId: string): PlanView | null {
  const r = db.prepare('SELECT * FROM care_plan_versions WHERE child_id = ? ORDER BY version DESC LIMIT 1').get(childId) as PlanVersionRow | undefined;
  return r ? planView(r) : null;
}

/**
 * The plan as it stood at the end of `date` (yyyy-mm-dd, India time), or null if it did not
 * exist yet. This is what a printed Form 7 "as on" a date shows.
 */
export function carePlanAsOf(db: Sqlite, childId: string, date: string): PlanView | null {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  const endOfDay = parseDateTimeIst(next);
  if (!endOfDay) throw new AppError('invalid_input', 'Please check date: a date as dd-mm-yyyy.', { fields: { date: 'a date as dd-mm-yyyy' } });
  const r = db.prepare('SELECT * FROM care_plan_versions WHERE child_id = ? AND saved_at < ? ORDER BY version DESC LIMIT 1').get(childId, endOfDay) as PlanVersionRow | undefined;
  return r ? planView(r) : null;
}

/** One saved version, as it was saved; null if there is no such version. */
export function carePlanVersion(db: Sqlite, childId: string, version: number): PlanView | null {
  const r = db.prepare('SELECT * FROM care_plan_versions WHERE child_id = ? AND version = ?').get(childId, version) as PlanVersionRow | undefined;
  return r ? planView(r) : null;
}

/** Every version, newest first, without the plans themselves. */
export function carePlanVersions(db: Sqlite, childId: string): PlanVersion[] {
  const rows = db.prepare('SELECT version, part, saved_at, saved_by_name FROM care_plan_versions WHERE child_id = ? ORDER BY version DESC').all(childId) as Pick<PlanVersionRow, 'version' | 'part' | 'saved_at' | 'saved_by_name'>[];
  return rows.map((r) => ({ version: r.version, part: r.part as PlanPart, savedAt: r.saved_at, savedBy: r.saved_by_name }));
}

/**
 * Saves one part. `baseVersion` is the version the person started from (0 for a new plan):
 * if someone else saved in between, nothing is written and the person is told to reload, so
 * no one's work is silently overwritten.
 */
export function saveCarePlanPart(call: CaseFileCall, childId: string, baseVersion: number, part: PlanPart, data: unknown): PlanView {
  const { db, actor } = call;
  return db.transaction(() => {
    const child = childForChange(call, childId);
    const current = currentCarePlan(db, childId);
    if ((current?.version ?? 0) !== baseVersion) {
      throw new AppError('conflict', `The care plan was saved by ${current?.savedBy ?? 'someone else'} since you opened it (version ${current?.version ?? 0}); reload it and enter your changes again.`);
    }
    const parsed = parseForm(partSchema(part, childDates(child, call.now), current?.plan ?? null), data, 'data');
    const plan = withPart(current?.plan ?? emptyCarePlan(), { part, data: parsed } as PartInput);
    if (current && canonicalJson(plan) === canonicalJson(current.plan)) return current;
    const at = call.now.toISOString();
    const id = uuidv7();
    db.prepare('INSERT INTO care_plan_versions (id, child_id, version, part, data, saved_at, saved_by_id, saved_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      id,
      childId,
      baseVersion + 1,
      part,
      canonicalJson(plan),
      at,
      actor.id,
      actor.name,
    );
    const row = db.prepare('SELECT * FROM care_plan_versions WHERE id = ?').get(id) as PlanVersionRow;
    appendJournal(db, { actor, at, entity: ENTITY.planVersion, entityId: id, op: 'create', before: null, after: planVersionImage(row) });
    return planView(row);
  })();
}
