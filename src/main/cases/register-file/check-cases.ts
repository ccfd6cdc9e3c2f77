/**
 * Checks a whole cases register before anything is written: every row against the same schemas
 * the case forms use, each child against the register (by admission number, of the category the
 * authority deals with), case numbers against each other and the database, and the hearings
 * against the rule that every hearing ends with a next date or a disposal. Either every row is
 * good or the clerk gets every problem, by line and column.
 */
import { caseEntrySchema, type CaseEntryKind } from '../../../shared/domain/jj-case-entries';
import { isPurposeOf, type Purpose } from '../../../shared/domain/hearings';
import { AUTHORITY_CATEGORY, caseParticularsSchema, type Authority, type CaseParticulars } from '../../../shared/domain/jj-case';
import { formatDate, todayIst } from '../../../shared/util/dates';
import type { JobContext } from '../../jobs/job-context';
import type { RawRow, RawTable } from '../../children/register-file/read-table';
import { addIssues, checkRows, mapHeader, readRow, type ReadRow } from '../../children/register-file/table-columns';
import { disposalsOf } from '../pendency';
import { readSittings } from '../sittings';
import { CASE_COLUMNS, type CaseRecord } from './template';

export interface CheckedCase {
  childId: string;
  authority: Authority;
  particulars: CaseParticulars;
  /** Hearings held before the next date (or the disposal), in order. */
  hearings: string[];
  next: { date: string; bench: string; purpose: Purpose } | null;
  bench: string;
  order: { kind: CaseEntryKind; values: Record<string, unknown> } | null;
}

interface ChildRef {
  id: string;
  category: string;
  dob: string | null;
}

/** The final order a disposal code stands for, as the order form would record it. */
function orderOf(authority: Authority, disposal: string, r: Partial<CaseRecord>): { kind: CaseEntryKind; values: Record<string, unknown> } {
  const base = { date: r.disposedOn };
  if (authority === 'cwc') {
    const clause = disposal.startsWith('s37_1_') ? disposal.slice('s37_1_'.length) : disposal;
    return { kind: 'cwcOrder', values: { ...base, orderClause: clause, placedWith: r.orderWith ?? null } };
  }
  if (disposal.startsWith('s18_1_')) return { kind: 'finalOrder', values: { ...base, orderSection: 's18_1', clause: disposal.slice('s18_1_'.length), periodMonths: r.orderPeriodMonths ?? null, supervisedBy: r.orderWith ?? null } };
  return { kind: 'finalOrder', values: { ...base, orderSection: disposal } };
}

/** Where an order form's field is in the file. */
const ORDER_COLUMN: Record<string, string> = { date: 'disposed_on', periodMonths: 'order_period_months', supervisedBy: 'order_with', placedWith: 'order_with' };

function checkHearings(read: ReadRow, r: Partial<CaseRecord>, p: CaseParticulars, today: string): void {
  const hearings = r.hearings ?? [];
  const produced = p.firstProducedAt ? todayIst(new Date(p.firstProducedAt)) : null;
  hearings.forEach((h, i) => {
    if (h > today) read.problem('hearings', `${formatDate(h)} is in the future; list it as next_hearing`);
    else if (i > 0 && h <= hearings[i - 1]!) read.problem('hearings', `the dates must be in order, each once (${formatDate(h)} after ${formatDate(hearings[i - 1]!)})`);
    else if (produced !== null && h < produced) read.problem('hearings', `${formatDate(h)} is before the first production (${formatDate(produced)})`);
  });
  const last = [produced, ...hearings].filter((d): d is string => d !== null).sort().at(-1) ?? null;
  if (r.disposedOn) {
    if (r.nextHearing) read.problem('next_hearing', 'leave empty for a case disposed of');
    if (last !== null && r.disposedOn < last) read.problem('disposed_on', `before the last hearing (${formatDate(last)})`);
    if (r.disposedOn > today) read.problem('disposed_on', 'in the future');
  } else if (r.nextHearing) {
    if (last !== null && r.nextHearing <= last) read.problem('next_hearing', `not after the last hearing (${formatDate(last)})`);
  } else if (last !== null) {
    read.problem('next_hearing', 'required: every hearing ends with a next date or a disposal (give disposed_on and disposal for a case disposed of)');
  }
  if (r.stage && !r.nextHearing) read.problem('stage', 'only with next_hearing (the stage is what the next hearing is for)');
}

function checkOrder(read: ReadRow, authority: Authority, r: Partial<CaseRecord>, p: CaseParticulars, child: ChildRef, today: string) {
  if (!r.disposedOn && !r.disposal) {
    if (r.orderPeriodMonths != null) read.problem('order_period_months', 'only with a disposal');
    if (r.orderWith != null) read.problem('order_with', 'only with a disposal');
    return null;
  }
  if (!r.disposedOn || !r.disposal) {
    read.problem(r.disposedOn ? 'disposal' : 'disposed_on', 'disposed_on and disposal go together');
    return null;
  }
  if (!disposalsOf(authority).includes(r.disposal)) {
    read.problem('disposal', `"${r.disposal}" is not an order of the ${authority === 'jjb' ? 'Board' : 'Committee'}; write one of ${disposalsOf(authority).join(', ')}`);
    return null;
  }
  if (r.disposal === 's14_4' && p.offenceClass !== 'petty') read.problem('disposal', 'termination under s.14(4) is for a petty offence only');
  const order = orderOf(authority, r.disposal, r);
  const parsed = caseEntrySchema(order.kind, { child: { dob: child.dob, admittedOn: '0001-01-01', today }, caseBegan: null }).safeParse(order.values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) read.problem(ORDER_COLUMN[String(issue.path[0])] ?? 'disposal', issue.message);
    return null;
  }
  return { kind: order.kind, values: parsed.data as Record<string, unknown> };
}

/** One row to a case ready to insert, or the problems that stop it. */
function checkRow(row: RawRow, columns: ReturnType<typeof mapHeader<(typeof CASE_COLUMNS)[number]>>, ctx: JobContext & { canSeeCcl: boolean }, childByNo: (no: string) => ChildRef | undefined): { record: CheckedCase | null; read: ReadRow; caseNo: string | null } {
  const read = readRow(row, columns);
  const r = read.draft as Partial<CaseRecord>;
  const caseNo = typeof r.particulars?.['caseNo'] === 'string' ? r.particulars['caseNo'].normalize('NFC').trim() : null;
  if (!r.authority || !r.admissionNo) return { record: null, read, caseNo };
  const authority = r.authority;
  const child = childByNo(r.admissionNo.normalize('NFC'));
  if (!child) {
    read.problem('admission_no', `${r.admissionNo} is not in the children register; import the children first`);
    return { record: null, read, caseNo };
  }
  if (AUTHORITY_CATEGORY[authority] !== child.category) read.problem('authority', `child ${r.admissionNo} is registered as ${child.category}; the ${authority === 'jjb' ? 'Board deals with CCL' : 'Committee with CNCP'}`);
  if ((authority === 'jjb' || child.category === 'CCL') && !ctx.canSeeCcl) read.problem('authority', 'your role may not register cases of children in conflict with law');
  const today = todayIst(ctx.now());
  const parsed = caseParticularsSchema(authority, ctx.now()).safeParse(r.particulars ?? {});
  if (!parsed.success) {
    addIssues(read, CASE_COLUMNS, parsed.error.issues.map((i) => ({ path: ['particulars', ...i.path], message: i.message })));
    return { record: null, read, caseNo };
  }
  const p = parsed.data;
  if (child.dob !== null && p.offenceDate !== null && p.offenceDate < child.dob) read.problem('offence_date', 'before the date of birth');
  checkHearings(read, r, p, today);
  if (r.stage && !isPurposeOf(authority, r.stage)) read.problem('stage', `not a stage of a ${authority === 'jjb' ? 'Board' : 'Committee'} case`);
  const order = checkOrder(read, authority, r, p, child, today);
  const bench = r.bench ?? readSittings(ctx.db)[authority].benches[0]!;
  if (read.problems.length > 0) return { record: null, read, caseNo };
  return {
    record: { childId: child.id, authority, particulars: p, hearings: r.hearings ?? [], next: r.nextHearing ? { date: r.nextHearing, bench, purpose: r.stage ?? 'other' } : null, bench, order },
    read,
    caseNo,
  };
}

/** Every case in the file, ready to insert; throws with the problems of every bad row. */
export function checkCases(table: RawTable, ctx: JobContext & { canSeeCcl: boolean }): CheckedCase[] {
  const columns = mapHeader(table.header, CASE_COLUMNS, 'cases register template');
  const child = ctx.db.prepare('SELECT id, category, dob FROM children WHERE admission_no = ?');
  const inDatabase = ctx.db.prepare('SELECT 1 FROM jj_cases WHERE authority = ? AND case_no = ?').pluck();
  const firstLineOf = new Map<string, number>();
  return checkRows(
    table,
    (row) => {
      const { record, read, caseNo } = checkRow(row, columns, ctx, (no) => child.get(no) as ChildRef | undefined);
      const authority = (read.draft as Partial<CaseRecord>).authority;
      if (caseNo && authority) {
        const key = `${authority}/${caseNo}`;
        const first = firstLineOf.get(key);
        if (first !== undefined) read.problem('case_no', `${caseNo} is also the case number on line ${first}`);
        else if (inDatabase.get(authority, caseNo)) read.problem('case_no', `${caseNo} is already registered`);
        firstLineOf.set(key, first ?? row.line);
      }
      return { record: read.problems.length === 0 ? record : null, problems: read.problems };
    },
    { cancelled: ctx.cancelled, progress: (done, total) => ctx.progress('checking', done, total) },
  );
}
