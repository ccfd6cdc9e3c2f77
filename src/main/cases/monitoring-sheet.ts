/**
 * The case monitoring sheets — Form 11 for the Board (r.12(1)), Form 26 for the Committee
 * (r.20(1)) — and the Committee's case summary (Form 15, r.17(1)(i)), made from the case as
 * recorded, never typed twice. Each step of the form shows when the law wants it (the case's
 * clocks), when it was listed (the first hearing fixed for it) and when it was done (the step
 * recorded, else the first hearing held for it).
 */
import type { z } from 'zod';
import type { caseSummarySchema, MonitoringRow } from '../../shared/api/cases-contract';
import type { Clock } from '../../shared/domain/deadlines';
import { PURPOSES, type Purpose } from '../../shared/domain/hearings';
import type { CaseEntryKind } from '../../shared/domain/jj-case-entries';
import { openCase, type CaseCall } from './case-access';
import { caseEntries } from './case-entries';
import { clocksOf, factsByCase } from './case-clocks';
import { caseHearings } from './hearings';
import type { CaseEntryRow, CaseRow, HearingRow } from './records';

/** Where each step's dates come from besides its hearings: the steps recorded for it and the rules that time it. */
const STEP_SOURCES: Partial<Record<Purpose, { entries?: readonly CaseEntryKind[]; rules?: readonly string[] }>> = {
  production: { rules: ['apprehension-production-jjb', 'taken-charge-production-cwc'] },
  sbrBail: { entries: ['sbr', 'bail'] },
  ageDetermination: { entries: ['ageDetermination'], rules: ['age-medical-test'] },
  sir: { entries: ['sir'], rules: ['sir-ccl', 'sir-cncp'] },
  preliminaryAssessment: { entries: ['preliminaryAssessment'], rules: ['preliminary-assessment'] },
  interimOrder: { entries: ['interimOrder'] },
  lfa: { entries: ['lfaDeclaration'], rules: ['lfa-under-2', 'lfa-over-2'] },
  finalOrder: { entries: ['finalOrder', 'cwcOrder'], rules: ['inquiry-jjb', 'inquiry-jjb-petty', 'inquiry-cwc'] },
  postDispositionalReview: { entries: ['review'] },
};

/** Steps that are not part of every case, shown only when they apply (a rule times them) or something was recorded. */
const ONLY_WHEN_USED: readonly Purpose[] = ['preliminaryAssessment', 'lfa', 'bailModification', 'other'];

/** When a step was done: an age determination counts from its determination, the rest from their date. */
function doneOn(e: CaseEntryRow): string {
  if (e.kind === 'ageDetermination') return (JSON.parse(e.data) as { determinedOn?: string | null }).determinedOn ?? e.date;
  return e.date;
}

export function monitoringRows(c: CaseRow, entries: readonly CaseEntryRow[], hearings: readonly HearingRow[], clocks: readonly Clock[]): MonitoringRow[] {
  const rows: MonitoringRow[] = [];
  for (const step of PURPOSES[c.authority] as readonly Purpose[]) {
    const src = STEP_SOURCES[step] ?? {};
    const clock = clocks.find((k) => src.rules?.includes(k.ruleId));
    const listed = hearings.filter((h) => h.purpose === step && h.status !== 'cancelled');
    const recorded = entries.filter((e) => src.entries?.includes(e.kind)).map(doneOn).sort();
    // An adjourned hearing did not do its step.
    const heard = listed.filter((h) => h.status === 'held' || h.status === 'disposed').map((h) => h.date);
    const actual = step === 'production' ? c.first_produced_at : (recorded[0] ?? heard[0] ?? null);
    if (ONLY_WHEN_USED.includes(step) && !clock && listed.length === 0 && recorded.length === 0) continue;
    rows.push({ step, dueAt: clock?.dueAt ?? null, hourly: clock?.hourly ?? false, scheduled: listed[0]?.date ?? null, actual, state: clock?.state ?? null });
  }
  return rows;
}

type CaseSummary = z.infer<typeof caseSummarySchema>;

/** Form 15: who produced the child, every date of the case, the orders, the age records, the documents on file. */
export function caseSummary(call: Pick<CaseCall, 'db'>, c: CaseRow, entries: readonly CaseEntryRow[], hearings: readonly HearingRow[]): CaseSummary {
  const values = (e: CaseEntryRow) => JSON.parse(e.data) as Record<string, unknown>;
  const report = entries.find((e) => e.kind === 'productionReport');
  const attachments = call.db.prepare('SELECT title, kind, document_date AS documentDate FROM child_attachments WHERE child_id = ? ORDER BY created_at').all(c.child_id) as CaseSummary['attachments'];
  return {
    producedBy: report ? String(values(report)['producedBy']) : null,
    hearingDates: hearings.filter((h) => h.status !== 'cancelled').map((h) => h.date),
    orders: entries.filter((e) => ['interimOrder', 'lfaDeclaration', 'cwcOrder'].includes(e.kind)).map((e) => ({ kind: e.kind, date: e.date, values: values(e) })),
    ageRecords: entries.filter((e) => e.kind === 'ageDetermination').map((e) => ({ date: e.date, values: values(e) })),
    attachments,
  };
}

/** The monitoring sheet of a case, and for the Committee its case summary; opening it is a view of the file (logged for a CCL's). */
export function caseSheet(call: Omit<CaseCall, 'actor'>, caseId: string): { monitoring: MonitoringRow[]; summary: CaseSummary | null } {
  const { row } = openCase(call, caseId, 'monitoring-sheet');
  const entries = caseEntries(call, caseId);
  const hearings = caseHearings(call, caseId);
  const facts = factsByCase(call.db, caseId).get(caseId);
  const clocks = facts ? clocksOf(facts, call.now) : [];
  return { monitoring: monitoringRows(row, entries, hearings, clocks), summary: row.authority === 'cwc' ? caseSummary(call, row, entries, hearings) : null };
}

