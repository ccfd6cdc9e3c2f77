/** Children as a register CSV in the template's column order, the way Excel in India opens it. */
import type { ChildInput } from '../../../shared/domain/child';
import { guardFormula } from './formula-guard';
import { TEMPLATE_COLUMNS } from './template';

// Without the BOM, Excel reads the file as the PC's ANSI code page and Devanagari turns to noise.
const BOM = '\ufeff';

function csvCell(value: string): string {
  const cell = guardFormula(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

const csvLine = (cells: readonly string[]) => cells.map(csvCell).join(',');

/** RFC 4180 with CRLF line ends, as Excel writes it. */
export function registerCsv(children: Iterable<ChildInput>): string {
  const lines = [csvLine(TEMPLATE_COLUMNS.map((c) => c.name))];
  for (const child of children) lines.push(csvLine(TEMPLATE_COLUMNS.map((c) => c.write(child))));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
