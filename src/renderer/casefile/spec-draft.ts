/**
 * A case-file form as typed (its "draft"): text for text, numbers and dates; a list for
 * multi-choice; a boolean for a tick box. These pure functions turn a draft into the values
 * the shared schema checks, and stored values back into a draft. Text that cannot be read (a
 * date like 31-02-2026, "abc" for a number) is passed on as it is, so the schema rejects it
 * with its own message beside the field.
 */
import type { FieldSpec } from '../../shared/domain/casefile-fields';
import { formatAadhaar } from '../../shared/domain/aadhaar';
import { formatDate, parseDate } from '../../shared/util/dates';

export type DraftValue = string | string[] | boolean;
export type Draft = Record<string, DraftValue>;

function numberOrNaN(text: string): number | null {
  const s = text.trim().replace(',', '.');
  return s === '' ? null : Number(s);
}

export function draftToValues(specs: readonly FieldSpec[], draft: Draft): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of specs) {
    const v = draft[f.key];
    if (f.kind === 'multi') out[f.key] = Array.isArray(v) ? v : [];
    else if (f.kind === 'check') out[f.key] = v === true;
    else {
      const text = typeof v === 'string' ? v : '';
      if (f.kind === 'number') out[f.key] = numberOrNaN(text);
      else if (f.kind === 'date') out[f.key] = text.trim() === '' ? null : (parseDate(text) ?? text.trim());
      else if (f.kind === 'choice') out[f.key] = text === '' ? null : text;
      else out[f.key] = text;
    }
  }
  return out;
}

export function valuesToDraft(specs: readonly FieldSpec[], values: Record<string, unknown> | null | undefined): Draft {
  const out: Draft = {};
  for (const f of specs) {
    const v = values?.[f.key];
    if (f.kind === 'multi') out[f.key] = Array.isArray(v) ? v.map(String) : [];
    else if (f.kind === 'check') out[f.key] = v === true;
    else if (v === null || v === undefined) out[f.key] = '';
    else if (f.kind === 'date') out[f.key] = formatDate(String(v));
    else if (f.kind === 'aadhaar') out[f.key] = /^\d{12}$/.test(String(v)) ? formatAadhaar(String(v)) : String(v);
    else out[f.key] = String(v);
  }
  return out;
}
