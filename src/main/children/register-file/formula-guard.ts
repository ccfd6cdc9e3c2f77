/**
 * Spreadsheet formula injection: a cell that starts with = + - @ is run as a formula when
 * Excel opens a CSV, so a name typed as `=HYPERLINK(...)` could act on the clerk's PC.
 * Export prefixes such cells with an apostrophe (Excel then shows the text as written, with
 * the apostrophe visible); import removes exactly that prefix, so a round trip is lossless.
 */
const FORMULA_START = /^[=+\-@]/;
const GUARDED = /^'(?=[=+\-@])/;

export const guardFormula = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

export const unguardFormula = (cell: string) => cell.replace(GUARDED, '');
