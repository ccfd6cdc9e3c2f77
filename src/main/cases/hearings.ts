/**
 * A case's hearings. One hearing at a time is listed ahead; recording it (held, or adjourned
 * with the reason) requires the next date, which lists the next one — so every hearing ends
 * with a next date or, when the final order is recorded, is closed by it (case-entries.ts).
 * Every change is journaled with what it was before.
 */
import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../shared/api/errors';
import { isPurposeOf, type Hearing, type HearingOutcome, type NextListing } from '../../shared/domain/hearings';
import type { Authority } from '../../shared/domain/jj-case';
import { formatDate, todayIst } from '../../shared/util/dates';
import { appendJournal } from '../journal/journal';
import { invalidFields } from '../casefile/validate';
import { caseForChange, type CaseCall } from './case-access';
import { CASE_ENTITY, hearingImage, type CaseRow, type HearingRow } from './records';
import { readSittings, sittingProblem } from './sittings';

/** A hearing as the screens get it: its journal image without what only the records need. */
export function hearingView(r: HearingRow): Hearing {
  const { childId: _child, closedBy: _closedBy, createdAt: _created, ...view } = hearingImage(r);
  return view;
}

export function hearingRow(call: Pick<CaseCall, 'db'>, id: string): HearingRow {
  const row = call.db.prepare('SELECT * FROM hearings WHERE id = ?').get(id) as HearingRow | undefined;
  if (!row) throw new AppError('not_found', 'This hearing no longer exists.');
  return row;
}

/** A case's hearings in date order. */
export function caseHearings(call: Pick<CaseCall, 'db'>, caseId: string): HearingRow[] {
  return call.db.prepare('SELECT * FROM hearings WHERE case_id = ? ORDER BY date, created_at').all(caseId) as HearingRow[];
}

function scheduledOf(call: CaseCall, caseId: string): HearingRow | undefined {
  return call.db.prepare(`SELECT * FROM hearings WHERE case_id = ? AND status = 'scheduled' ORDER BY date LIMIT 1`).get(caseId) as HearingRow | undefined;
}

/**
 * Checks a listing (purpose, sitting day, bench, after the previous hearing — `after` says
 * which, and its day); throws with the problems under `prefix`.
 */
export function checkListing(call: Pick<CaseCall, 'db'>, authority: Authority, listing: NextListing, after: { day: string; what: string } | null, prefix: string): void {
  const problems: Record<string, string> = {};
  if (!isPurposeOf(authority, listing.purpose)) problems[`${prefix}.purpose`] = 'choose one';
  const sitting = sittingProblem(readSittings(call.db), authority, listing.date, listing.bench);
  if (sitting?.date) problems[`${prefix}.date`] = sitting.date;
  if (sitting?.bench) problems[`${prefix}.bench`] = sitting.bench;
  if (after !== null && listing.date <= after.day) problems[`${prefix}.date`] = `not after ${after.what} (${formatDate(after.day)})`;
  if (Object.keys(problems).length > 0) throw invalidFields(problems);
}

const previous = (day: string | null) => (day === null ? null : { day, what: 'the previous hearing' });

/** Writes one hearing row and journals it; the caller holds the transaction. */
export function insertHearing(call: CaseCall, c: CaseRow, h: { date: string; bench: string; purpose: string; status: HearingRow['status']; reason?: string | null; proceedings?: string | null }): HearingRow {
  const at = call.now.toISOString();
  const row: HearingRow = { id: uuidv7(), case_id: c.id, child_id: c.child_id, date: h.date, bench: h.bench, purpose: h.purpose, status: h.status, reason: h.reason ?? null, proceedings: h.proceedings ?? null, closed_by: null, recorded_by: call.actor.name, created_at: at, updated_at: at };
  call.db
    .prepare('INSERT INTO hearings (id, case_id, child_id, date, bench, purpose, status, reason, proceedings, closed_by, recorded_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(row.id, row.case_id, row.child_id, row.date, row.bench, row.purpose, row.status, row.reason, row.proceedings, row.closed_by, row.recorded_by, row.created_at, row.updated_at);
  appendJournal(call.db, { actor: call.actor, at, entity: CASE_ENTITY.hearing, entityId: row.id, op: 'create', before: null, after: hearingImage(row) });
  return row;
}

/** Changes a hearing's columns and journals the change; the caller holds the transaction. */
export function changeHearing(call: CaseCall, before: HearingRow, change: Partial<Pick<HearingRow, 'date' | 'bench' | 'purpose' | 'status' | 'reason' | 'proceedings' | 'closed_by'>>): HearingRow {
  const at = call.now.toISOString();
  const after: HearingRow = { ...before, ...change, recorded_by: call.actor.name, updated_at: at };
  call.db
    .prepare('UPDATE hearings SET date = ?, bench = ?, purpose = ?, status = ?, reason = ?, proceedings = ?, closed_by = ?, recorded_by = ?, updated_at = ? WHERE id = ?')
    .run(after.date, after.bench, after.purpose, after.status, after.reason, after.proceedings, after.closed_by, after.recorded_by, after.updated_at, after.id);
  appendJournal(call.db, { actor: call.actor, at, entity: CASE_ENTITY.hearing, entityId: after.id, op: 'update', before: hearingImage(before), after: hearingImage(after) });
  return after;
}

function requirePending(c: CaseRow): void {
  if (c.status === 'disposed') throw new AppError('conflict', `The case was disposed of on ${formatDate(c.disposed_on)}; no hearing can be listed in it. Correct or remove the final order first.`);
}

/** The last date the case was heard (held, adjourned or disposed), if any. */
function lastHeard(call: CaseCall, caseId: string): string | null {
  return (call.db.prepare(`SELECT max(date) FROM hearings WHERE case_id = ? AND status IN ('held', 'adjourned', 'disposed')`).pluck().get(caseId) as string | null) ?? null;
}

/** Lists a hearing in a case that has none listed (its first, or after the production was recorded late). */
export function listHearing(call: CaseCall, caseId: string, listing: NextListing): HearingRow {
  return call.db.transaction(() => {
    const { row: c } = caseForChange(call, caseId);
    requirePending(c);
    const listed = scheduledOf(call, caseId);
    if (listed) throw new AppError('conflict', `The case is already listed for ${formatDate(listed.date)}; record what happened there, or change its date.`);
    checkListing(call, c.authority, listing, previous(lastHeard(call, caseId)), 'listing');
    return insertHearing(call, c, { ...listing, status: 'scheduled' });
  })();
}

/** Records what happened at a listed hearing and lists the next. */
export function recordOutcome(call: CaseCall, input: HearingOutcome): HearingRow {
  return call.db.transaction(() => {
    const before = hearingRow(call, input.hearingId);
    const { row: c } = caseForChange(call, before.case_id);
    if (before.status !== 'scheduled') throw new AppError('conflict', `The hearing of ${formatDate(before.date)} is already recorded.`);
    if (before.date > todayIst(call.now)) throw invalidFields({ hearingId: `the hearing of ${formatDate(before.date)} has not taken place yet` });
    checkListing(call, c.authority, input.next, previous(before.date), 'next');
    changeHearing(call, before, { status: input.outcome, reason: input.reason, proceedings: input.proceedings });
    return insertHearing(call, c, { ...input.next, status: 'scheduled' });
  })();
}

/** Moves a listed hearing to another day, bench or purpose. */
export function relistHearing(call: CaseCall, hearingId: string, listing: NextListing): HearingRow {
  return call.db.transaction(() => {
    const before = hearingRow(call, hearingId);
    const { row: c } = caseForChange(call, before.case_id);
    if (before.status !== 'scheduled') throw new AppError('conflict', `The hearing of ${formatDate(before.date)} has been recorded; only a listed hearing can be moved.`);
    checkListing(call, c.authority, listing, previous(lastHeard(call, c.id)), 'listing');
    return changeHearing(call, before, listing);
  })();
}
