/**
 * A list of the case file (check-ups, school years, reviews, follow-ups…) as a ruled table:
 * one row per entry, oldest first, then ruled rows for entries still to be written in.
 */
import type { FieldSpec } from '../../../shared/domain/casefile-fields';
import { formatDate } from '../../../shared/util/dates';
import { inline } from '../kit/bilingual';
import { html, type Html } from '../kit/html';
import type { Value } from '../kit/fields';
import { table } from '../kit/table';
import { fieldLabel, optionLabel } from './spec-items';

/** A value as a table cell: choices by their label, dates as dd-mm-yyyy. */
export function cellValue(f: FieldSpec, v: unknown): Value {
  if (v === null || v === undefined) return null;
  switch (f.kind) {
    case 'choice':
      return inline(optionLabel(String(v)));
    case 'multi':
      return Array.isArray(v) ? html`${v.map((o, i) => [i ? ', ' : '', inline(optionLabel(String(o)))])}` : null;
    case 'date':
      return formatDate(String(v));
    case 'check':
      return v === true ? inline(optionLabel('yes')) : null;
    default:
      return typeof v === 'number' ? v : String(v);
  }
}

export function entryTable(specs: readonly FieldSpec[], entries: readonly { values: Record<string, unknown> }[], keys: readonly string[], blankRows: number): Html {
  const cols = keys.map((k) => {
    const f = specs.find((s) => s.key === k);
    if (!f) throw new Error(`no field "${k}" to print`);
    return f;
  });
  return table({
    columns: cols.map((f) => ({ head: fieldLabel(f.key), width: f.kind === 'date' ? '22mm' : f.kind === 'number' ? '18mm' : undefined })),
    rows: entries.map((e) => cols.map((f) => cellValue(f, e.values[f.key]))),
    blankRows,
    className: 'compact',
  });
}
