/**
 * Checks a whole register before anything is written: every row against the same schema the
 * admission form uses, the state against the official list, and admission numbers against
 * each other and the database. Either every row is good or the clerk gets every problem.
 */
import { AppError } from '../../../shared/api/errors';
import { childInputSchema, type ChildInput } from '../../../shared/domain/child';
import type { JobContext } from '../../jobs/job-context';
import { unguardFormula } from './formula-guard';
import type { RawRow, RawTable } from './read-table';
import { CellProblem, TEMPLATE_COLUMNS, columnOfPath, headerKey, type TemplateColumn } from './template';

export interface RowProblem {
  /** The row number the clerk sees in Excel (header = 1). */
  line: number;
  /** The template column name, or null when the problem is with the row as a whole. */
  column: string | null;
  message: string;
}

/** Enough to fix a file in one sitting without sending the whole file back as errors. */
export const MAX_REPORTED_PROBLEMS = 200;

const rowsHaveProblems = (rows: number) => `${rows} ${rows === 1 ? 'row has' : 'rows have'} problems; nothing was imported.`;

/** Which template column each file column is, by position; null for an empty header cell. */
function mapHeader(header: string[]): (TemplateColumn | null)[] {
  const problems: RowProblem[] = [];
  const seen = new Set<string>();
  const columns = header.map((cell) => {
    const key = headerKey(cell);
    if (key === '') return null;
    const col = TEMPLATE_COLUMNS.find((c) => c.name === key);
    if (!col) problems.push({ line: 1, column: cell.trim(), message: `"${cell.trim()}" is not a column of the children register template` });
    else if (seen.has(key)) problems.push({ line: 1, column: key, message: 'this column appears twice' });
    seen.add(key);
    return col ?? null;
  });
  for (const col of TEMPLATE_COLUMNS) {
    if (col.required && !seen.has(col.name)) problems.push({ line: 1, column: col.name, message: 'this required column is missing' });
  }
  if (problems.length > 0) throw new AppError('invalid_input', 'The header row does not match the children register template; nothing was imported.', { rows: problems });
  return columns;
}

/** 0 → A, 25 → Z, 26 → AA: how Excel labels the column the clerk has to look at. */
function excelColumnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function setField(draft: Record<string, unknown>, field: string, value: unknown): void {
  const [head, leaf] = field.split('.') as [string, string | undefined];
  if (leaf === undefined) draft[head] = value;
  else draft[head] = { ...(draft[head] as object | undefined), [leaf]: value };
}

/** One row to a ChildInput, or the problems that stop it. Empty cells take the schema's default. */
function checkRow(row: RawRow, columns: (TemplateColumn | null)[], ctx: JobContext): { child: ChildInput | null; admissionNo: string | null; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const problem = (column: string | null, message: string) => problems.push({ line: row.line, column, message });
  const draft: Record<string, unknown> = {};
  const present = new Set<string>();
  row.cells.forEach((raw, i) => {
    const col = columns[i];
    const cell = unguardFormula(raw.trim());
    if (!col) {
      if (cell !== '') problem(null, `column ${excelColumnLetters(i)} has data but no name in the header row`);
      return;
    }
    if (cell === '') return;
    present.add(col.name);
    try {
      setField(draft, col.field, col.read(cell));
    } catch (e) {
      if (!(e instanceof CellProblem)) throw e;
      problem(col.name, e.message);
    }
  });
  for (const col of columns) {
    if (col?.required && !present.has(col.name)) problem(col.name, 'required');
  }
  const state = (draft['address'] as { state?: string } | undefined)?.state;
  if (state) {
    try {
      ctx.geo.canonicalise(state, null);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      problem('state', `"${state}" is not an Indian state or union territory`);
    }
  }
  const parsed = childInputSchema.safeParse(draft);
  if (!parsed.success) {
    // A cell that could not be read is missing from the draft; do not report it twice.
    const reported = new Set(problems.map((p) => p.column));
    for (const issue of parsed.error.issues) {
      const column = columnOfPath(issue.path);
      if (!reported.has(column)) problem(column, issue.message);
      reported.add(column);
    }
  }
  const admissionNo = typeof draft['admissionNo'] === 'string' ? draft['admissionNo'].normalize('NFC') : null;
  return { child: parsed.success && problems.length === 0 ? parsed.data : null, admissionNo, problems };
}

/** Every child in the register, ready to insert; throws with the problems of every bad row. */
export function checkRegister(table: RawTable, ctx: JobContext): ChildInput[] {
  const columns = mapHeader(table.header);
  const inDatabase = ctx.db.prepare('SELECT 1 FROM children WHERE admission_no = ?').pluck();
  const firstLineOf = new Map<string, number>();
  const children: ChildInput[] = [];
  const problems: RowProblem[] = [];
  let badRows = 0;
  table.rows.forEach((row, i) => {
    if (ctx.cancelled()) throw new AppError('cancelled', 'The import was cancelled; nothing was saved.');
    const checked = checkRow(row, columns, ctx);
    const { admissionNo } = checked;
    if (admissionNo) {
      const first = firstLineOf.get(admissionNo);
      if (first !== undefined) checked.problems.push({ line: row.line, column: 'admission_no', message: `${admissionNo} is also the admission number on line ${first}` });
      else if (inDatabase.get(admissionNo)) checked.problems.push({ line: row.line, column: 'admission_no', message: `${admissionNo} is already in the register` });
      firstLineOf.set(admissionNo, first ?? row.line);
    }
    if (checked.problems.length > 0) {
      badRows += 1;
      problems.push(...checked.problems.slice(0, MAX_REPORTED_PROBLEMS - problems.length));
    } else if (checked.child) children.push(checked.child);
    ctx.progress('checking', i + 1, table.rows.length);
  });
  if (badRows > 0) throw new AppError('invalid_input', rowsHaveProblems(badRows), { rows: problems, badRows });
  return children;
}
