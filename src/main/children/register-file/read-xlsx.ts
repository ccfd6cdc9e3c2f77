/** Excel registers: the first worksheet, with every kind of cell value turned into text. */
import type ExcelJS from 'exceljs';
import { AppError } from '../../../shared/api/errors';
import type { RawRow } from './read-table';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Excel stores dates without a time zone and exceljs hands them over as UTC instants with
 * the wall-clock reading, so the UTC fields are what the clerk typed (in India time).
 */
function dateText(d: Date): string {
  const day = `${pad(d.getUTCDate())}-${pad(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`;
  return d.getUTCHours() || d.getUTCMinutes() ? `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : day;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return '';
}

export async function readXlsx(bytes: Buffer): Promise<RawRow[]> {
  // Loaded only when a workbook arrives: exceljs takes about a second to import, which every
  // start of the app and the CLI would otherwise pay.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    // exceljs declares its own `Buffer` type (an ArrayBuffer); Node's Buffer is what it reads at runtime.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    const message = `The file cannot be read as an Excel workbook (${(e as Error).message}).`;
    throw new AppError('invalid_input', message, { fields: { file: message } });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: RawRow[] = [];
  sheet.eachRow((row, line) => {
    // row.values is 1-based: index 0 is always empty.
    const values = row.values as ExcelJS.CellValue[];
    rows.push({ line, cells: Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => cellText(values[i + 1])) });
  });
  return rows;
}
