/**
 * Checks a whole register before anything is written: every row against the same schema the
 * admission form uses, the state against the official list, and admission numbers against
 * each other and the database. Either every row is good or the clerk gets every problem.
 */
import { AppError } from '../../../shared/api/errors';
import { childInputSchema } from '../../../shared/domain/child';
import { todayIst } from '../../../shared/util/dates';
import type { JobContext } from '../../jobs/job-context';
import type { RawRow, RawTable } from './read-table';
import { addIssues, checkRows, mapHeader, readRow, type TableColumn } from './table-columns';
import { TEMPLATE_COLUMNS, type RegisterRecord } from './template';

export type { RowProblem } from './table-columns';

/** One row to a register record, or the problems that stop it. Empty cells take the schema's default. */
function checkRow(row: RawRow, columns: (TableColumn | null)[], ctx: JobContext): { record: RegisterRecord | null; admissionNo: string | null; read: ReturnType<typeof readRow> } {
  const read = readRow(row, columns);
  // The leaving day is not part of the child record: it becomes a movement (import-register.ts).
  const { dischargedOn = null, ...draft } = read.draft as { dischargedOn?: string | null } & Record<string, unknown>;
  const state = (draft['address'] as { state?: string } | undefined)?.state;
  if (state) {
    try {
      ctx.geo.canonicalise(state, null);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      read.problem('state', `"${state}" is not an Indian state or union territory`);
    }
  }
  const parsed = childInputSchema.safeParse(draft);
  if (!parsed.success) addIssues(read, TEMPLATE_COLUMNS, parsed.error.issues);
  else if (dischargedOn !== null && dischargedOn < todayIst(new Date(parsed.data.admittedAt))) read.problem('discharged_on', 'discharged before the date of admission');
  else if (dischargedOn !== null && dischargedOn > todayIst(ctx.now())) read.problem('discharged_on', 'in the future');
  const admissionNo = typeof draft['admissionNo'] === 'string' ? draft['admissionNo'].normalize('NFC') : null;
  return { record: parsed.success && read.problems.length === 0 ? { ...parsed.data, dischargedOn } : null, admissionNo, read };
}

/** Every child in the register, ready to insert; throws with the problems of every bad row. */
export function checkRegister(table: RawTable, ctx: JobContext): RegisterRecord[] {
  const columns = mapHeader(table.header, TEMPLATE_COLUMNS, 'children register template');
  const inDatabase = ctx.db.prepare('SELECT 1 FROM children WHERE admission_no = ?').pluck();
  const firstLineOf = new Map<string, number>();
  return checkRows(
    table,
    (row) => {
      const { record, admissionNo, read } = checkRow(row, columns, ctx);
      if (admissionNo) {
        const first = firstLineOf.get(admissionNo);
        if (first !== undefined) read.problem('admission_no', `${admissionNo} is also the admission number on line ${first}`);
        else if (inDatabase.get(admissionNo)) read.problem('admission_no', `${admissionNo} is already in the register`);
        firstLineOf.set(admissionNo, first ?? row.line);
      }
      return { record, problems: read.problems };
    },
    { cancelled: ctx.cancelled, progress: (done, total) => ctx.progress('checking', done, total) },
  );
}
