/**
 * The case file's forms are data (field descriptions with a key and a kind), so they print by
 * one rule: each field becomes a numbered item with its printed label; a choice shows every
 * option as a tick box with the recorded one ticked (blank boxes to tick by hand when nothing
 * is recorded, as on paper); long answers get three lines to write on.
 */
import type { FieldSpec } from '../../../shared/domain/casefile-fields';
import { formatAadhaar } from '../../../shared/domain/aadhaar';
import { formatDate } from '../../../shared/util/dates';
import type { Bilingual } from '../kit/bilingual';
import { choices, type Item, type Value } from '../kit/fields';
import type { Html } from '../kit/html';
import { FIELD_LABELS, OPTION_LABELS } from './casefile-labels';

export type LabelOf = (key: string) => Bilingual;
/** A choice's printed label; the field it belongs to tells apart choices that share a value (clause "a" of s.18 and of s.37). */
export type OptionOf = (option: string, fieldKey: string) => Bilingual;

export const fieldLabel: LabelOf = (key) => {
  const l = FIELD_LABELS[key];
  if (!l) throw new Error(`no printed label for the case-file field "${key}"`);
  return l;
};

export function optionLabel(option: string): Bilingual {
  const l = OPTION_LABELS[option];
  if (!l) throw new Error(`no printed label for the choice "${option}"`);
  return l;
}

/** Tick boxes for every option, the recorded ones ticked. */
export function optionBoxes(options: readonly string[], recorded: unknown, option: (o: string) => Bilingual = optionLabel): Html {
  const chosen = Array.isArray(recorded) ? recorded : [recorded];
  return choices(options.map((o) => ({ label: option(o), checked: chosen.includes(o) })));
}

/** A recorded value as printed; null prints blank lines. */
export function specValue(f: FieldSpec, v: unknown, option: OptionOf = optionLabel): Value {
  switch (f.kind) {
    case 'choice':
    case 'multi':
      return optionBoxes(f.options, v, (o) => option(o, f.key));
    case 'check':
      return optionBoxes(['yes'], v === true ? 'yes' : null);
    case 'date':
      return typeof v === 'string' ? formatDate(v) : null;
    case 'number':
      return typeof v === 'number' ? v : null;
    case 'aadhaar':
      // Twelve digits print in groups of four, as on the card; a masked number as it is.
      return typeof v === 'string' ? (/^\d{12}$/.test(v) ? formatAadhaar(v) : v) : null;
    default:
      return typeof v === 'string' ? v : null;
  }
}

const LINES: Partial<Record<FieldSpec['kind'], number>> = { longText: 3 };

/** Items for the fields of one form (or section), numbered from `first` within `prefix` ("3." → "3.1"). */
export function specItems(specs: readonly FieldSpec[], values: Record<string, unknown> | null, o: { label?: LabelOf; option?: OptionOf; prefix?: string } = {}): Item[] {
  const label = o.label ?? fieldLabel;
  return specs.map((f, i) => ({
    no: o.prefix === undefined ? undefined : `${o.prefix}${i + 1}`,
    label: label(f.key),
    value: specValue(f, values?.[f.key], o.option),
    lines: LINES[f.kind] ?? 1,
  }));
}
