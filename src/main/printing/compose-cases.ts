/**
 * From a print request to a Board's or Committee's document: a case's forms (checked and logged
 * like opening the case, since they identify the child), and the cause list, the pendency and
 * the disposals reports (which name no child, so anyone who reads the register may print them).
 */
import { AppError } from '../../shared/api/errors';
import { CASE_FORM_AUTHORITY, type CaseForm, type PrintRequest } from '../../shared/domain/printing';
import type { Authority } from '../../shared/domain/jj-case';
import { formatDate, todayIst } from '../../shared/util/dates';
import { openCase } from '../cases/case-access';
import { caseEntries } from '../cases/case-entries';
import { clocksOf, factsByCase } from '../cases/case-clocks';
import { causeList } from '../cases/cause-list';
import { caseHearings } from '../cases/hearings';
import { caseSummary, monitoringRows } from '../cases/monitoring-sheet';
import { disposals, pendency } from '../cases/pendency';
import type { Sqlite } from '../db/open';
import { childForPrint, photoForPrint } from './child-for-print';
import { fileSafe, type Composed, type PrintSources } from './compose';
import { caseSummaryForm, monitoringSheetForm, stepForm, type CasePrint } from './forms/case-forms';
import { causeListDoc, disposalsDoc, pendencyDoc } from './forms/case-lists';
import type { Form17Production } from './forms/form17';

type CaseRequest = Extract<PrintRequest, { case: unknown }>;
type ListRequest = Extract<PrintRequest, { form: 'cause-list' | 'pendency' | 'disposals' }>;

const FORM_NAMES: Record<CaseForm, string> = { form1: 'Form 1', form6: 'Form 6', form11: 'Form 11', form15: 'Form 15', form18: 'Form 18', form19: 'Form 19', form22: 'Form 22', form25: 'Form 25', form26: 'Form 26' };
const AUTHORITY_NAMES = { jjb: 'Board', cwc: 'Committee' } as const;

/** The case's id from the request: by id, or by case number (and the authority, when both use the number). */
function caseIdOf(db: Sqlite, ref: CaseRequest['case']): string {
  if ('id' in ref) return ref.id;
  const rows = db.prepare('SELECT id, authority FROM jj_cases WHERE case_no = @n AND (@a IS NULL OR authority = @a)').all({ n: ref.caseNo, a: ref.authority }) as { id: string; authority: Authority }[];
  if (rows.length === 0) throw new AppError('not_found', `No case has the number ${ref.caseNo}${ref.authority ? ` before the ${AUTHORITY_NAMES[ref.authority]}` : ''}.`);
  if (rows.length > 1) throw new AppError('invalid_input', `Both the Board and the Committee have a case ${ref.caseNo}; say which (--authority jjb or cwc).`);
  return rows[0]!.id;
}

export function composeCaseForm(request: CaseRequest, src: PrintSources): Composed {
  const { row } = openCase({ db: src.db, now: src.now, viewer: src.viewer }, caseIdOf(src.db, request.case), 'print');
  const wanted = CASE_FORM_AUTHORITY[request.form];
  if (wanted !== row.authority) throw new AppError('invalid_input', `${FORM_NAMES[request.form]} is a form of the ${AUTHORITY_NAMES[wanted]}; case ${row.case_no} is before the ${AUTHORITY_NAMES[row.authority]}.`);
  const child = childForPrint(src.db, src.children, { id: row.child_id }, src.viewer);
  const call = { db: src.db };
  const entryRows = caseEntries(call, row.id);
  const hearingRows = caseHearings(call, row.id);
  const k: CasePrint = {
    letterhead: src.letterhead,
    child,
    photo: photoForPrint(src.children, child, src.viewer),
    authority: row.authority,
    caseNo: row.case_no,
    particulars: JSON.parse(row.particulars) as Record<string, unknown>,
    entries: entryRows.map((e) => ({ kind: e.kind, date: e.date, values: JSON.parse(e.data) as Record<string, unknown> })),
    hearings: hearingRows,
    today: todayIst(src.now),
  };
  const what = FORM_NAMES[request.form];
  const named = { title: `${what} — ${row.case_no}`, fileStem: `${request.form}-${fileSafe(row.case_no)}`, reference: `${what} · ${row.case_no}` };
  switch (request.form) {
    case 'form11':
    case 'form26': {
      const facts = factsByCase(src.db, row.id).get(row.id);
      return { ...named, body: monitoringSheetForm(k, monitoringRows(row, entryRows, hearingRows, facts ? clocksOf(facts, src.now) : [])) };
    }
    case 'form15':
      return { ...named, body: caseSummaryForm(k, caseSummary(call, row, entryRows, hearingRows)) };
    default:
      return { ...named, body: stepForm(request.form, k) };
  }
}

/** What Form 17 prints from the child's latest Committee case: its number, first production and production report. */
export function form17Production(db: Sqlite, childId: string): Form17Production | null {
  const row = db.prepare(`SELECT id, case_no, first_produced_at FROM jj_cases WHERE child_id = ? AND authority = 'cwc' ORDER BY created_at DESC LIMIT 1`).get(childId) as { id: string; case_no: string; first_produced_at: string | null } | undefined;
  if (!row) return null;
  const data = db.prepare(`SELECT data FROM case_entries WHERE case_id = ? AND kind = 'productionReport' ORDER BY date DESC, created_at DESC LIMIT 1`).pluck().get(row.id) as string | undefined;
  const r = data ? (JSON.parse(data) as Record<string, string | null>) : {};
  return { caseNo: row.case_no, producedAt: row.first_produced_at, producedBy: r['producedBy'] ?? null, producerContact: r['producerContact'] ?? null, whereFound: r['whereFound'] ?? null, circumstances: r['circumstances'] ?? null, belongings: r['belongings'] ?? null };
}

export function composeCaseList(request: ListRequest, src: PrintSources): Composed {
  // A Committee's office prints the Committee's lists unless told otherwise; every other office, the Board's.
  const authority: Authority = request.authority ?? (src.letterhead.type === 'cwc' ? 'cwc' : 'jjb');
  if (request.form === 'pendency') {
    const p = pendency(src.db, authority, src.now);
    return { title: `Pending cases ${authority.toUpperCase()} ${formatDate(p.asOf)}`, fileStem: `pendency-${authority}-${p.asOf}`, reference: `Pending cases · ${authority.toUpperCase()} · ${formatDate(p.asOf)}`, body: pendencyDoc(src.letterhead, p), landscape: true };
  }
  if (request.form === 'disposals') {
    const { from, to } = request.range;
    // A column for each kind of order the authority makes: wider than a portrait page.
    return { title: `Disposals ${authority.toUpperCase()} ${from} to ${to}`, fileStem: `disposals-${authority}-${from}-to-${to}`, reference: `Disposals · ${authority.toUpperCase()} · ${from} to ${to}`, body: disposalsDoc(src.letterhead, disposals(src.db, authority, request.range)), landscape: true };
  }
  const list = causeList(src.db, request.date, authority, request.bench);
  const bench = request.bench ? `-bench-${fileSafe(request.bench)}` : '';
  return { title: `Cause list ${authority.toUpperCase()} ${formatDate(request.date)}`, fileStem: `cause-list-${authority}-${request.date}${bench}`, reference: `Cause list · ${authority.toUpperCase()} · ${formatDate(request.date)}`, body: causeListDoc(src.letterhead, list) };
}
