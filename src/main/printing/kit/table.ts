/**
 * A ruled table with bilingual column heads, for registers and the repeating parts of forms
 * (health reviews; the care plan's need areas as groups of rows). Empty cells stay empty to
 * write in, and `blankRows` adds ruled rows after the recorded ones for entries still to come.
 */
import { html, type Html } from './html';
import { inline, label, type Bilingual } from './bilingual';
import { isEmpty, type Value } from './fields';

export interface Column {
  head: Bilingual;
  /** A CSS width such as "22mm"; the rest share what is left. */
  width?: string;
}

function cell(v: Value): Html {
  if (isEmpty(v)) return html`<td></td>`;
  return html`<td dir="auto">${Array.isArray(v) ? v.join(', ') : (v as string | number | Html)}</td>`;
}

/** Rows under a heading row of their own (the care plan's need areas). */
export interface RowGroup {
  title: Bilingual;
  rows: readonly (readonly Value[])[];
  blankRows?: number;
}

function body(columns: readonly Column[], rows: readonly (readonly Value[])[], blankRows: number): Html {
  return html`${rows.map((r) => html`<tr>${columns.map((_, i) => cell(r[i]))}</tr>`)}${Array.from(
    { length: blankRows },
    () => html`<tr class="blank-row">${columns.map(() => html`<td></td>`)}</tr>`,
  )}`;
}

export function table(options: { columns: readonly Column[]; rows?: readonly (readonly Value[])[]; blankRows?: number; groups?: readonly RowGroup[]; className?: string }): Html {
  const { columns, rows = [], blankRows = 0, groups = [] } = options;
  return html`<table class="${`grid ${options.className ?? ''}`.trim()}">
    <colgroup>${columns.map((c) => html`<col style="${c.width ? `width:${c.width}` : ''}">`)}</colgroup>
    <thead><tr>${columns.map((c) => html`<th>${label(c.head)}</th>`)}</tr></thead>
    <tbody>
      ${body(columns, rows, blankRows)}
      ${groups.map((g) => html`<tr class="group"><th colspan="${columns.length}">${inline(g.title)}</th></tr>${body(columns, g.rows, g.blankRows ?? 0)}`)}
    </tbody>
  </table>`;
}
