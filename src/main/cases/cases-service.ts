/**
 * Registering a case and correcting its particulars. A case is registered for a child of the
 * register whose category fits the authority (the Board deals with children in conflict with
 * law, the Committee with children in need of care and protection), under a case number not
 * used before by that authority. Once the child has been produced, the first production is
 * recorded as the case's first hearing and the next date fixed there is listed with it.
 */
import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../shared/api/errors';
import { AUTHORITY_CATEGORY, caseParticularsSchema, type Authority, type CaseParticulars } from '../../shared/domain/jj-case';
import type { NextListing } from '../../shared/domain/hearings';
import { canonicalJson } from '../../shared/util/canonical-json';
import { todayIst } from '../../shared/util/dates';
import { appendJournal } from '../journal/journal';
import { invalidFields, parseForm } from '../casefile/validate';
import { caseChild, caseForChange, isConfidential, type CaseCall, type CaseChild } from './case-access';
import { CASE_ENTITY, caseImage, hearingImage, type CaseRow, type HearingRow } from './records';
import { checkListing, insertHearing } from './hearings';

const AUTHORITY_NAMES = { jjb: 'Juvenile Justice Board', cwc: 'Child Welfare Committee' } as const;

/** The particulars, checked: the shared schema, then what needs the database and the child. */
export function checkParticulars(call: CaseCall, authority: Authority, child: CaseChild, raw: unknown, exceptCaseId: string | null): CaseParticulars {
  const p = parseForm(caseParticularsSchema(authority, call.now), raw, 'particulars');
  const problems: Record<string, string> = {};
  if (child.dob !== null) {
    if (p.offenceDate !== null && p.offenceDate < child.dob) problems['particulars.offenceDate'] = 'before the date of birth';
    if (p.apprehendedAt !== null && todayIst(new Date(p.apprehendedAt)) < child.dob) problems['particulars.apprehendedAt'] = 'before the date of birth';
  }
  const taken = call.db.prepare('SELECT id FROM jj_cases WHERE authority = ? AND case_no = ?').pluck().get(authority, p.caseNo) as string | undefined;
  if (taken !== undefined && taken !== exceptCaseId) throw new AppError('conflict', `Case number ${p.caseNo} is already registered with the ${AUTHORITY_NAMES[authority]}.`, { fields: { 'particulars.caseNo': 'already registered' } });
  if (Object.keys(problems).length > 0) throw invalidFields(problems);
  return p;
}

/** The columns that repeat the particulars for the registers' and reports' SQL. */
const columnsOf = (p: CaseParticulars) => [p.caseNo, p.offenceClass, p.apprehendedAt, p.firstProducedAt, canonicalJson(p)] as const;

/** Writes a checked case and journals it; the caller holds the transaction. */
export function insertCase(call: CaseCall, childId: string, authority: Authority, p: CaseParticulars): CaseRow {
  const at = call.now.toISOString();
  const id = uuidv7();
  call.db
    .prepare('INSERT INTO jj_cases (id, child_id, authority, case_no, offence_class, apprehended_at, first_produced_at, particulars, status, recorded_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, childId, authority, ...columnsOf(p), 'pending', call.actor.name, at, at);
  const row = call.db.prepare('SELECT * FROM jj_cases WHERE id = ?').get(id) as CaseRow;
  appendJournal(call.db, { actor: call.actor, at, entity: CASE_ENTITY.case, entityId: id, op: 'create', before: null, after: caseImage(row) });
  return row;
}

/** The date fixed at the first production: required once the child has been produced, after that day. */
function checkFirstListing(call: CaseCall, authority: Authority, p: CaseParticulars, next: NextListing | null): void {
  if (p.firstProducedAt === null) return;
  if (next === null) throw invalidFields({ next: 'give the next date fixed at the first production' });
  checkListing(call, authority, next, { day: todayIst(new Date(p.firstProducedAt)), what: 'the first production' }, 'next');
}

export function registerCase(call: CaseCall, input: { childId: string; authority: Authority; particulars: unknown; next: NextListing | null }): CaseRow {
  return call.db.transaction(() => {
    const child = caseChild(call.db, input.childId);
    if (isConfidential(input.authority, child.category) && !call.viewer.canSeeCcl) throw new AppError('forbidden', 'You do not have permission to register a case of a child in conflict with law.');
    if (AUTHORITY_CATEGORY[input.authority] !== child.category) {
      throw invalidFields({ authority: input.authority === 'jjb' ? 'the Board deals with children in conflict with law; this child is registered as in need of care and protection' : 'the Committee deals with children in need of care and protection; this child is registered as in conflict with law' });
    }
    const p = checkParticulars(call, input.authority, child, input.particulars, null);
    checkFirstListing(call, input.authority, p, input.next);
    const row = insertCase(call, child.id, input.authority, p);
    if (p.firstProducedAt !== null && input.next !== null) {
      insertHearing(call, row, { date: todayIst(new Date(p.firstProducedAt)), bench: input.next.bench, purpose: 'production', status: 'held' });
      insertHearing(call, row, { ...input.next, status: 'scheduled' });
    }
    return row;
  })();
}

export function updateParticulars(call: CaseCall, caseId: string, raw: unknown): CaseRow {
  return call.db.transaction(() => {
    const { row: before, child } = caseForChange(call, caseId);
    const p = checkParticulars(call, before.authority, child, raw, caseId);
    const data = canonicalJson(p);
    if (data === before.particulars) return before;
    const at = call.now.toISOString();
    call.db.prepare('UPDATE jj_cases SET case_no = ?, offence_class = ?, apprehended_at = ?, first_produced_at = ?, particulars = ?, recorded_by = ?, updated_at = ? WHERE id = ?').run(...columnsOf(p), call.actor.name, at, caseId);
    const after = call.db.prepare('SELECT * FROM jj_cases WHERE id = ?').get(caseId) as CaseRow;
    appendJournal(call.db, { actor: call.actor, at, entity: CASE_ENTITY.case, entityId: caseId, op: 'update', before: caseImage(before), after: caseImage(after) });
    return after;
  })();
}

/**
 * Removes a case registered by mistake. Only one with nothing recorded in it yet: a case with
 * steps or hearings is a record of what the Board or Committee did, and stays (s.24's
 * destruction of records is a separate, ordered purge).
 */
export function removeCase(call: CaseCall, caseId: string): void {
  call.db.transaction(() => {
    const { row } = caseForChange(call, caseId);
    const entries = call.db.prepare('SELECT count(*) FROM case_entries WHERE case_id = ?').pluck().get(caseId) as number;
    const hearings = call.db.prepare(`SELECT count(*) FROM hearings WHERE case_id = ? AND status <> 'scheduled'`).pluck().get(caseId) as number;
    if (entries + hearings > 0) throw new AppError('conflict', 'This case has hearings or steps recorded; it cannot be removed. Correct its particulars instead.');
    const at = call.now.toISOString();
    for (const h of call.db.prepare('SELECT * FROM hearings WHERE case_id = ?').all(caseId) as HearingRow[]) {
      call.db.prepare('DELETE FROM hearings WHERE id = ?').run(h.id);
      appendJournal(call.db, { actor: call.actor, at, entity: CASE_ENTITY.hearing, entityId: h.id, op: 'delete', before: hearingImage(h), after: null });
    }
    call.db.prepare('DELETE FROM jj_cases WHERE id = ?').run(caseId);
    appendJournal(call.db, { actor: call.actor, at, entity: CASE_ENTITY.case, entityId: caseId, op: 'delete', before: caseImage(row), after: null });
  })();
}
