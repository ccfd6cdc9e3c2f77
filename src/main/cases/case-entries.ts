/**
 * The dated steps of a case: add, correct, remove — each one write, journaled with what it was
 * before. Besides each form's own rules (shared with the renderer), a step is checked against
 * the rest of the case: the Board's extensions add up to at most 2 months, a preliminary
 * assessment is for heinous offences, a case has one final order. The final order disposes of
 * the case: the hearing listed that day is closed by it and any listed after it cancelled.
 */
import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../shared/api/errors';
import { caseEntrySchema, DISPOSING_KINDS, disposalOf, ENTRY_KINDS_OF, type CaseEntryKind, type CaseEntryView } from '../../shared/domain/jj-case-entries';
import { canonicalJson } from '../../shared/util/canonical-json';
import { formatDate, todayIst } from '../../shared/util/dates';
import { appendJournal } from '../journal/journal';
import { invalidFields, parseForm } from '../casefile/validate';
import { caseForChange, type CaseCall, type CaseChild } from './case-access';
import { changeHearing } from './hearings';
import { CASE_ENTITY, caseEntryImage, type CaseEntryRow, type CaseRow, type HearingRow } from './records';

type Values = Record<string, unknown>;

export const caseEntryView = (r: CaseEntryRow): CaseEntryView => ({ id: r.id, caseId: r.case_id, kind: r.kind, date: r.date, values: JSON.parse(r.data) as Values, recordedBy: r.recorded_by, updatedAt: r.updated_at });

export function caseEntries(call: Pick<CaseCall, 'db'>, caseId: string): CaseEntryRow[] {
  return call.db.prepare('SELECT * FROM case_entries WHERE case_id = ? ORDER BY date, created_at').all(caseId) as CaseEntryRow[];
}

function entryRow(call: Pick<CaseCall, 'db'>, id: string): CaseEntryRow {
  const row = call.db.prepare('SELECT * FROM case_entries WHERE id = ?').get(id) as CaseEntryRow | undefined;
  if (!row) throw new AppError('not_found', 'This entry no longer exists; it may have been removed.');
  return row;
}

const isDisposing = (kind: CaseEntryKind) => (DISPOSING_KINDS as readonly CaseEntryKind[]).includes(kind);
const dayOf = (instant: string | null) => (instant === null ? null : todayIst(new Date(instant)));

/** The day the case began: the apprehension (or taking charge), else the first production. */
function caseBegan(c: CaseRow): string | null {
  const days = [dayOf(c.apprehended_at), dayOf(c.first_produced_at)].filter((d): d is string => d !== null);
  return days.length === 0 ? null : days.sort()[0]!;
}

/** What the rest of the case says about this step; throws with the problem beside its field. */
function checkAgainstCase(call: CaseCall, c: CaseRow, kind: CaseEntryKind, v: Values, exceptId: string | null): void {
  const others = caseEntries(call, c.id).filter((e) => e.id !== exceptId);
  const field = (key: string, message: string) => {
    throw invalidFields({ [`values.${key}`]: message });
  };
  if (kind === 'extension') {
    if (v['grantedBy'] === 'board') {
      const granted = others.filter((e) => e.kind === 'extension' && JSON.parse(e.data).grantedBy === 'board').reduce((n, e) => n + Number(JSON.parse(e.data).months), 0);
      if (granted + Number(v['months']) > 2) field('months', `the Board may extend by at most 2 months in all (s.14(2)); ${granted} already granted`);
    } else if (c.offence_class === 'petty') field('grantedBy', 'a petty-offence inquiry cannot be extended beyond the Board’s 2 months; it stands terminated (s.14(4))');
  }
  if (kind === 'preliminaryAssessment' && c.offence_class !== 'heinous') field('assessmentOutcome', 'only for a heinous offence (s.15)');
  if (kind === 'finalOrder') {
    if (v['orderSection'] === 's14_4' && c.offence_class !== 'petty') field('orderSection', 'termination under s.14(4) is for a petty offence only');
    const toCourt = others.some((e) => e.kind === 'preliminaryAssessment' && JSON.parse(e.data).assessmentOutcome === 'childrensCourt');
    if (v['orderSection'] === 's18_3' && !toCourt) field('orderSection', 'only after a preliminary assessment that sends the child to the Children’s Court');
  }
  if (kind === 'cwcOrder' && v['orderClause'] === 'h' && !others.some((e) => e.kind === 'lfaDeclaration' && e.date <= String(v['date']))) field('orderClause', 'record the declaration (Form 25) first');
  if (isDisposing(kind)) {
    const order = others.find((e) => isDisposing(e.kind));
    if (order) throw new AppError('conflict', `The case was disposed of by an order of ${formatDate(order.date)}; correct that order instead of recording another.`);
    const date = String(v['date']);
    const heard = call.db.prepare(`SELECT max(date) FROM hearings WHERE case_id = ? AND status IN ('held', 'adjourned')`).pluck().get(c.id) as string | null;
    if (heard !== null && date < heard) field('date', `before the last hearing (${formatDate(heard)})`);
    // Listed and not recorded — including a hearing this order closed before it was moved to a later day.
    const unrecorded = call.db.prepare(`SELECT date FROM hearings WHERE case_id = ? AND (status = 'scheduled' OR closed_by = ?) AND date < ? ORDER BY date LIMIT 1`).pluck().get(c.id, exceptId, date) as string | undefined;
    if (unrecorded !== undefined) field('date', `the hearing of ${formatDate(unrecorded)} comes first: record what happened there`);
  }
}

function parseEntry(call: CaseCall, c: CaseRow, child: CaseChild, kind: CaseEntryKind, raw: unknown, exceptId: string | null): Values & { date: string } {
  if (!ENTRY_KINDS_OF[c.authority].includes(kind)) throw invalidFields({ kind: `not a step of a ${c.authority === 'jjb' ? 'Board' : 'Committee'} case` });
  const bounds = { child: { dob: child.dob, admittedOn: '0001-01-01', today: todayIst(call.now) }, caseBegan: caseBegan(c) };
  const values = parseForm(caseEntrySchema(kind, bounds), raw, 'values') as Values & { date: string };
  checkAgainstCase(call, c, kind, values, exceptId);
  return values;
}

/**
 * The case's status, disposal and its date follow from its final order (derived, not
 * journaled); hearings follow too: the one listed on the order's day is disposed of by it,
 * any listed later cancelled, and those an earlier version of the order closed are reopened.
 */
export function followOrder(call: CaseCall, caseId: string): void {
  const order = call.db.prepare(`SELECT * FROM case_entries WHERE case_id = ? AND kind IN (${DISPOSING_KINDS.map(() => '?').join(', ')}) LIMIT 1`).get(caseId, ...DISPOSING_KINDS) as CaseEntryRow | undefined;
  const disposal = order ? disposalOf(order.kind, JSON.parse(order.data) as Values) : null;
  call.db.prepare('UPDATE jj_cases SET status = ?, disposed_on = ?, disposal = ? WHERE id = ?').run(order ? 'disposed' : 'pending', order?.date ?? null, disposal, caseId);
  for (const h of call.db.prepare('SELECT * FROM hearings WHERE case_id = ? AND closed_by IS NOT NULL ORDER BY date').all(caseId) as HearingRow[]) {
    if (order && h.closed_by === order.id && (h.status === 'disposed' ? h.date === order.date : h.date > order.date)) continue;
    changeHearing(call, h, { status: 'scheduled', closed_by: null });
  }
  if (!order) return;
  for (const h of call.db.prepare(`SELECT * FROM hearings WHERE case_id = ? AND status = 'scheduled' AND date >= ? ORDER BY date`).all(caseId, order.date) as HearingRow[]) {
    changeHearing(call, h, { status: h.date === order.date ? 'disposed' : 'cancelled', closed_by: order.id });
  }
}

/** Writes a checked step and journals it (and, for a final order, what follows from it); the caller holds the transaction. */
export function insertEntry(call: CaseCall, c: CaseRow, kind: CaseEntryKind, values: Values & { date: string }): CaseEntryRow {
  const at = call.now.toISOString();
  const id = uuidv7();
  call.db.prepare('INSERT INTO case_entries (id, case_id, child_id, kind, date, data, recorded_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(id, c.id, c.child_id, kind, values.date, canonicalJson(values), call.actor.name, at, at);
  const row = entryRow(call, id);
  appendJournal(call.db, { actor: call.actor, at, entity: CASE_ENTITY.entry, entityId: id, op: 'create', before: null, after: caseEntryImage(row) });
  if (isDisposing(kind)) followOrder(call, c.id);
  return row;
}

export function addCaseEntry(call: CaseCall, caseId: string, kind: CaseEntryKind, raw: unknown): CaseEntryView {
  return call.db.transaction(() => {
    const { row: c, child } = caseForChange(call, caseId);
    return caseEntryView(insertEntry(call, c, kind, parseEntry(call, c, child, kind, raw, null)));
  })();
}

export function updateCaseEntry(call: CaseCall, id: string, raw: unknown): CaseEntryView {
  return call.db.transaction(() => {
    const before = entryRow(call, id);
    const { row: c, child } = caseForChange(call, before.case_id);
    const values = parseEntry(call, c, child, before.kind, raw, id);
    const data = canonicalJson(values);
    if (data === before.data) return caseEntryView(before);
    const at = call.now.toISOString();
    call.db.prepare('UPDATE case_entries SET date = ?, data = ?, recorded_by = ?, updated_at = ? WHERE id = ?').run(values.date, data, call.actor.name, at, id);
    const after = entryRow(call, id);
    appendJournal(call.db, { actor: call.actor, at, entity: CASE_ENTITY.entry, entityId: id, op: 'update', before: caseEntryImage(before), after: caseEntryImage(after) });
    if (isDisposing(before.kind)) followOrder(call, c.id);
    return caseEntryView(after);
  })();
}

export function removeCaseEntry(call: CaseCall, id: string): void {
  call.db.transaction(() => {
    const before = entryRow(call, id);
    caseForChange(call, before.case_id);
    call.db.prepare('DELETE FROM case_entries WHERE id = ?').run(id);
    appendJournal(call.db, { actor: call.actor, at: call.now.toISOString(), entity: CASE_ENTITY.entry, entityId: id, op: 'delete', before: caseEntryImage(before), after: null });
    if (isDisposing(before.kind)) followOrder(call, before.case_id);
  })();
}
