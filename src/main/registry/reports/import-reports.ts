/**
 * `homeward-registry reports import FILE`: a CSV or Excel file of missing-child reports.
 * Every row is checked first (cells, the report schema, the state, report ids used twice);
 * one bad row and nothing is imported, with every problem listed by line and column.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { todayIst } from '../../../shared/util/dates';
import type { Sqlite } from '../../db/open';
import type { Geo } from '../../reference/geo';
import { MAX_FILE_BYTES, readTable, type RawRow } from '../../children/register-file/read-table';
import { addIssues, checkRows, mapHeader, readRow } from '../../children/register-file/table-columns';
import { missingReportSchema, type Report } from '../../snapshots/format/report-schema';
import { REPORT_COLUMNS, type ReportStatus } from './report-columns';
import { storeReports } from './report-store';

interface CheckedReport {
  report: Report;
  status: ReportStatus;
}

function checkReport(row: RawRow, columns: ReturnType<typeof mapHeader>, geo: Geo, today: string) {
  const read = readRow(row, columns);
  const { status = 'open', ...fields } = read.draft as { status?: ReportStatus; report_id?: string; state?: string | null; district?: string | null };
  const state = fields.state;
  if (state) {
    try {
      // Official spellings, as for children: the engine compares places by name.
      Object.assign(fields, geo.canonicalise(state, fields.district ?? null));
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      read.problem('state', `"${state}" is not an Indian state or union territory`);
    }
  }
  const parsed = missingReportSchema.safeParse(fields);
  if (!parsed.success) addIssues(read, REPORT_COLUMNS, parsed.error.issues);
  else if (parsed.data.date_missing > today) read.problem('date_missing', 'a date in the future');
  // Read from the cell, so a report id used twice is found even on rows with other problems.
  const reportId = fields.report_id?.normalize('NFC').trim() || null;
  return { record: parsed.success && read.problems.length === 0 ? { report: parsed.data, status } : null, problems: read.problems, reportId };
}

export interface ReportsImported {
  imported: number;
  traced: number;
}

export async function importReportsFile(db: Sqlite, file: string, geo: Geo, now: Date): Promise<ReportsImported> {
  if (statSync(file).size > MAX_FILE_BYTES) throw new AppError('invalid_input', 'The file is larger than 50 MB; split the reports into smaller files.');
  const table = await readTable(basename(file), readFileSync(file));
  const columns = mapHeader(table.header, REPORT_COLUMNS, 'missing-child reports template');
  const today = todayIst(now);
  const firstLineOf = new Map<string, number>();
  const checked = checkRows<CheckedReport>(
    table,
    (row) => {
      const { record, problems, reportId } = checkReport(row, columns, geo, today);
      const first = reportId === null ? undefined : firstLineOf.get(reportId);
      if (reportId !== null && first !== undefined) problems.push({ line: row.line, column: 'report_id', message: `${reportId} is also the report id on line ${first}` });
      if (reportId !== null && first === undefined) firstLineOf.set(reportId, row.line);
      return { record: problems.length === 0 ? record : null, problems };
    },
    { cancelled: () => false, progress: () => undefined },
  );
  if (checked.length === 0) throw new AppError('invalid_input', 'The file has a header row but no reports under it; nothing was imported.');
  db.transaction(() => storeReports(db, checked, now.toISOString()))();
  return { imported: checked.length, traced: checked.filter((c) => c.status === 'traced').length };
}
