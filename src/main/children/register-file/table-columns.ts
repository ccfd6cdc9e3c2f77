/**
 * Checking a register-style table against its template, whatever the template: the header
 * is matched to the template's columns, every cell is read by its column, and either every
 * row is good or the clerk gets every problem by line and column, with nothing written.
 * The children register and the registry's missing-child reports both use this.
 */
import { AppError } from '../../../shared/api/errors';
import { unguardFormula } from './formula-guard';
import type { RawRow, RawTable } from './read-table';
import { CellProblem, type Kind } from './cell-kinds';

export interface TableColumn {
  name: string;
  required: boolean;
  /** Where the value lives in the record, spelled as zod reports issue paths ("address.pin"). */
  field: string;
  read(text: string): unknown;
}

/** A column of a template that exports too: it writes a record's value back as its cell (empty for nothing). */
export interface WritableColumn<R> extends TableColumn {
  write(record: R): string;
}

export function templateColumn<R, T>(name: string, field: string, kind: Kind<T>, required = false): WritableColumn<R> {
  const path = field.split('.');
  return {
    name,
    required,
    field,
    read: kind.read,
    write: (record) => {
      const v = path.reduce<unknown>((obj, key) => (obj as Record<string, unknown> | undefined)?.[key], record);
      return v === undefined || v === null ? '' : kind.write(v as T);
    },
  };
}

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

/** Header spellings people use for the same column: "Admission No", "admission-no". */
export const headerKey = (cell: string) => cell.normalize('NFC').trim().toLowerCase().replace(/[\s-]+/g, '_');

/** Which template column each file column is, by position; null for an empty header cell. */
export function mapHeader<C extends TableColumn>(header: string[], template: readonly C[], templateName: string): (C | null)[] {
  const problems: RowProblem[] = [];
  const seen = new Set<string>();
  const columns = header.map((cell) => {
    const key = headerKey(cell);
    if (key === '') return null;
    const col = template.find((c) => c.name === key);
    if (!col) problems.push({ line: 1, column: cell.trim(), message: `"${cell.trim()}" is not a column of the ${templateName}` });
    else if (seen.has(key)) problems.push({ line: 1, column: key, message: 'this column appears twice' });
    seen.add(key);
    return col ?? null;
  });
  for (const col of template) {
    if (col.required && !seen.has(col.name)) problems.push({ line: 1, column: col.name, message: 'this required column is missing' });
  }
  if (problems.length > 0) throw new AppError('invalid_input', `The header row does not match the ${templateName}; nothing was imported.`, { rows: problems });
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

export interface ReadRow {
  /** The values read, keyed by field; empty cells are absent (the schema's default applies). */
  draft: Record<string, unknown>;
  problems: RowProblem[];
  problem(column: string | null, message: string): void;
}

/** Reads every cell of a row by its column; cells that cannot be read become problems. */
export function readRow(row: RawRow, columns: readonly (TableColumn | null)[]): ReadRow {
  const problems: RowProblem[] = [];
  const problem = (column: string | null, message: string) => void problems.push({ line: row.line, column, message });
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
  return { draft, problems, problem };
}

/** The column a zod issue path belongs to: the longest field that prefixes it ("aliases.3" → aliases). */
export function columnOfPath(template: readonly TableColumn[], path: readonly PropertyKey[]): string | null {
  for (let n = path.length; n > 0; n--) {
    const field = path.slice(0, n).join('.');
    const col = template.find((c) => c.field === field);
    if (col) return col.name;
  }
  return null;
}

/** Adds a schema's issues to a row's problems, once per column (a cell that could not be read is not reported again). */
export function addIssues(read: ReadRow, template: readonly TableColumn[], issues: readonly { path: readonly PropertyKey[]; message: string }[]): void {
  const reported = new Set(read.problems.map((p) => p.column));
  for (const issue of issues) {
    const column = columnOfPath(template, issue.path);
    if (!reported.has(column)) read.problem(column, issue.message);
    reported.add(column);
  }
}

export interface RowChecks {
  cancelled(): boolean;
  progress(done: number, total: number): void;
}

/**
 * Runs `checkOne` over every row: the records of a file whose rows are all good, or an
 * `invalid_input` error listing the problems (at most MAX_REPORTED_PROBLEMS) and counting
 * every bad row. `checkOne` returns the record, or null after adding its problems.
 */
export function checkRows<T>(table: RawTable, checkOne: (row: RawRow) => { record: T | null; problems: RowProblem[] }, ctx: RowChecks): T[] {
  const records: T[] = [];
  const problems: RowProblem[] = [];
  let badRows = 0;
  table.rows.forEach((row, i) => {
    if (ctx.cancelled()) throw new AppError('cancelled', 'The import was cancelled; nothing was saved.');
    const checked = checkOne(row);
    if (checked.problems.length > 0) {
      badRows += 1;
      problems.push(...checked.problems.slice(0, MAX_REPORTED_PROBLEMS - problems.length));
    } else if (checked.record) records.push(checked.record);
    ctx.progress(i + 1, table.rows.length);
  });
  if (badRows > 0) throw new AppError('invalid_input', rowsHaveProblems(badRows), { rows: problems, badRows });
  return records;
}
