/** CSV register files: UTF-8 (Excel's "CSV UTF-8" adds a BOM, others do not), comma-separated. */
import { parse } from 'csv-parse/sync';
import { AppError } from '../../../shared/api/errors';
import type { RawRow } from './read-table';

function utf8Text(bytes: Buffer): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (!text.includes('\0')) return text;
  } catch {
    // fall through: not UTF-8 text
  }
  const message = 'The file is not UTF-8 text. In Excel choose File › Save As › "CSV UTF-8 (Comma delimited)", or save as .xlsx.';
  throw new AppError('invalid_input', message, { fields: { file: message } });
}

export function readCsv(bytes: Buffer): RawRow[] {
  const text = utf8Text(bytes);
  let records: string[][];
  try {
    // Blank lines are kept (as one empty cell) so that record n is Excel's row n.
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (e) {
    const message = `The CSV file cannot be read: ${(e as Error).message}`;
    throw new AppError('invalid_input', message, { fields: { file: message } });
  }
  return records.map((cells, i) => ({ line: i + 1, cells }));
}
