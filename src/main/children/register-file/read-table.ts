/**
 * A register file as rows of text cells, whether it came as CSV or as an Excel workbook.
 * `line` is the row number the clerk sees in Excel (header = 1), so error reports point at it.
 */
import { AppError } from '../../../shared/api/errors';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';

export interface RawRow {
  line: number;
  cells: string[];
}
export interface RawTable {
  header: string[];
  rows: RawRow[];
}

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const refuse = (message: string) => new AppError('invalid_input', message, { fields: { file: message } });

/**
 * The base64 upload as bytes. Checked on the encoded length first, so an oversize upload is
 * refused before it is decoded into memory a second time.
 */
export function decodeUpload(dataBase64: string): Buffer {
  if (Math.floor((dataBase64.length * 3) / 4) > MAX_FILE_BYTES + 2) throw refuse('The file is larger than 50 MB; split the register into smaller files.');
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length > MAX_FILE_BYTES) throw refuse('The file is larger than 50 MB; split the register into smaller files.');
  if (bytes.length === 0) throw refuse('The file is empty.');
  return bytes;
}

/** Trusts neither the name nor the bytes alone: a renamed file is refused, not misread. */
export async function readTable(fileName: string, bytes: Buffer): Promise<RawTable> {
  const ext = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1];
  const isZip = bytes.subarray(0, 4).equals(ZIP_MAGIC);
  let rows: RawRow[];
  if (ext === 'xlsx' && isZip) rows = await readXlsx(bytes);
  else if (ext === 'csv' && !isZip) rows = readCsv(bytes);
  else if (ext === 'xlsx' || ext === 'csv') throw refuse(`"${fileName}" is named .${ext} but is not ${ext === 'xlsx' ? 'an Excel workbook' : 'a CSV text file'}; save it again from Excel as .xlsx or CSV UTF-8.`);
  else throw refuse(`Homeward reads registers as .csv (CSV UTF-8) or .xlsx (Excel workbook) files; "${fileName}" is neither.`);
  const [header, ...body] = rows;
  if (!header) throw refuse('The file is empty.');
  if (header.line !== 1) throw refuse('The first row must name the columns (admission_no, name, sex, …); it is empty.');
  return { header: header.cells, rows: body.filter((r) => r.cells.some((c) => c.trim() !== '')) };
}
