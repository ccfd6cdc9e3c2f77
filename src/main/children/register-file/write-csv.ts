/** CSV the way Excel in India opens it: children as a register in the template's column order, and reports. */
import { guardFormula } from './formula-guard';
import { TEMPLATE_COLUMNS, type RegisterRecord } from './template';

// Without the BOM, Excel reads the file as the PC's ANSI code page and Devanagari turns to noise.
const BOM = '\ufeff';

function csvCell(value: string): string {
  const cell = guardFormula(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

const csvLine = (cells: readonly string[]) => cells.map(csvCell).join(',');

/** RFC 4180 with CRLF line ends, as Excel writes it; cells that Excel would run as formulas are guarded. */
export function csvDocument(rows: Iterable<readonly string[]>): string {
  const lines: string[] = [];
  for (const row of rows) lines.push(csvLine(row));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export function registerCsv(children: Iterable<RegisterRecord>): string {
  return csvDocument([TEMPLATE_COLUMNS.map((c) => c.name), ...[...children].map((child) => TEMPLATE_COLUMNS.map((c) => c.write(child)))]);
}
