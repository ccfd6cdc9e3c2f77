/**
 * The printed words of the Board's and Committee's case files, Hindi and English, from the same
 * words the screens use (src/shared/i18n/cases-en.ts, cases-hi.ts): a form prints what the screen
 * says. A word missing in either language is an error, not a blank.
 */
import { casesEn } from '../../../shared/i18n/cases-en';
import { casesHi } from '../../../shared/i18n/cases-hi';
import { bi, type Bilingual } from '../kit/bilingual';
import type { LabelOf, OptionOf } from './spec-items';

function at(words: unknown, path: readonly string[]): string | undefined {
  const v = path.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], words);
  return typeof v === 'string' ? v : undefined;
}

/** The word at a path of the case files' strings ("purpose", "sir"), in both languages. */
export function caseWord(...path: string[]): Bilingual {
  const en = at(casesEn, path);
  const hi = at(casesHi, path);
  if (en === undefined || hi === undefined) throw new Error(`no printed word for cases.${path.join('.')}`);
  return bi(hi, en);
}

export const caseField: LabelOf = (key) => caseWord('field', key);
/** The labels of one kind of step: its `date` is named by the kind ("Date submitted"). */
export const stepLabel =
  (kind: string): LabelOf =>
  (key) =>
    key === 'date' ? caseWord('entryDate', kind) : caseField(key);
export const caseOption: OptionOf = (option, fieldKey) => caseWord('option', fieldKey, option);
