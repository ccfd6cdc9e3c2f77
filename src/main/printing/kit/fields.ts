/**
 * Numbered items as the statutory forms have them: number, bilingual label, the value — or,
 * when nothing is recorded, blank lines to fill in by hand, so a printed form is never
 * silently shorter than the paper one.
 */
import { html, type Html, type Interpolation } from './html';
import { inline, label, type Bilingual } from './bilingual';

/** A recorded value; null, undefined, '' and an empty list print as blank lines. */
export type Value = string | number | Html | null | undefined | readonly string[];

export function isEmpty(v: Value): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.length === 0;
  return false;
}

/** Blank lines to write on; one line is inline, several fill the cell's width. */
export function blank(lines = 1): Html {
  if (lines <= 1) return html`<span class="blank"></span>`;
  return html`<span class="blank-lines">${Array.from({ length: lines }, () => html`<span class="line"></span>`)}</span>`;
}

/** The value as recorded (names exactly as typed, in their own direction), or blank lines. */
export function value(v: Value, lines = 1): Html {
  if (isEmpty(v)) return blank(lines);
  if (Array.isArray(v)) return html`<span class="value" dir="auto">${v.join(', ')}</span>`;
  return html`<span class="value" dir="auto">${v as Interpolation}</span>`;
}

export interface Item {
  /** As the form numbers it: "7", "(b)". */
  no?: string;
  label: Bilingual;
  value?: Value;
  /** Blank lines when empty (long answers get room to write). */
  lines?: number;
  /** Sub-items, printed indented under this one. */
  items?: readonly Item[];
}

/** A top-level item numbers itself in the first column; a sub-item ("(a)") inside the label's. */
function row(item: Item, sub: boolean): Html {
  const hasValue = item.value !== undefined || !item.items;
  return html`<tr class="${sub ? 'sub' : 'top'}">
    <td class="no">${sub ? '' : item.no}</td>
    <td class="label">${sub ? html`<span class="sub-no">${item.no}</span>` : ''}${label(item.label)}</td>
    <td class="val">${hasValue ? value(item.value, item.lines) : ''}</td>
  </tr>${(item.items ?? []).map((s) => row(s, true))}`;
}

/** A run of numbered items as one table (rows stay whole across pages). */
export function items(list: readonly Item[]): Html {
  return html`<table class="items"><tbody>${list.map((i) => row(i, false))}</tbody></table>`;
}

/** A titled part of a form. */
export function section(title: Bilingual, ...content: Html[]): Html {
  return html`<section class="part"><h2>${inline(title)}</h2>${content}</section>`;
}

/** Tick boxes drawn in CSS (no glyph can go missing), the recorded ones ticked. */
export function choices(options: readonly { label: Bilingual; checked: boolean }[]): Html {
  return html`<span class="choices">${options.map(
    (o) => html`<span class="choice"><span class="${o.checked ? 'box ticked' : 'box'}"></span>${inline(o.label)}</span>`,
  )}</span>`;
}

/** Places to sign at the end of a form, each with a line and its label. */
export function signatures(labels: readonly Bilingual[]): Html {
  return html`<div class="signatures">${labels.map((l) => html`<div class="signature"><span class="line"></span>${label(l)}</div>`)}</div>`;
}
