/**
 * How a cell of a register-style file (children register, missing-child reports) is read
 * and written: one small reader/writer per kind of value, so that every file Homeward takes
 * in reads dates, lists, numbers and sex words the same way (docs/formats/children-csv.md).
 */
import type { Sex } from '../../../shared/domain/child';
import { formatDate, parseDate } from '../../../shared/util/dates';

/** Thrown by a column reader: the cell cannot be read as what the column expects. */
export class CellProblem extends Error {}

export interface Kind<T> {
  /** Reads a trimmed, non-empty cell. */
  read(text: string): T;
  write(value: T): string;
}

/** Reads a cell that must be one of a few words (any case), each meaning one stored value. */
export const oneOf =
  <T>(words: Record<string, T>, expected: string) =>
  (text: string): T => {
    const value = words[text.toLocaleLowerCase('en-IN')];
    if (value === undefined) throw new CellProblem(`"${text}" is not one of: ${expected}`);
    return value;
  };

export const text: Kind<string | null> = { read: (s) => s, write: (v) => v ?? '' };

// A `;` inside one alias cannot survive a round trip; the form has no reason to allow it.
export const list: Kind<string[]> = { read: (s) => s.split(';'), write: (v) => v.join('; ') };

export const date: Kind<string | null> = {
  read(s) {
    const iso = parseDate(s);
    if (!iso) throw new CellProblem(`"${s}" is not a real date; write dd-mm-yyyy, e.g. 25-01-2020`);
    return iso;
  },
  write: formatDate,
};

export const decimal: Kind<number | null> = {
  read(s) {
    if (!/^\d+(\.\d+)?$/.test(s)) throw new CellProblem(`"${s}" is not a number`);
    return Number(s);
  },
  write: (v) => (v === null ? '' : String(v)),
};

export const yesNo: Kind<boolean> = {
  read: oneOf({ yes: true, y: true, true: true, '1': true, हाँ: true, हां: true, no: false, n: false, false: false, '0': false, नहीं: false }, 'yes, no'),
  write: (v) => (v ? 'yes' : 'no'),
};

// Registers are kept in English and Hindi; girl/boy is how many of them record sex.
const SEX_WORDS: Record<string, Sex> = {
  female: 'female', f: 'female', girl: 'female', महिला: 'female', स्त्री: 'female', लड़की: 'female', बालिका: 'female',
  male: 'male', m: 'male', boy: 'male', पुरुष: 'male', लड़का: 'male', बालक: 'male',
  transgender: 'transgender', t: 'transgender', ट्रांसजेंडर: 'transgender',
  unknown: 'unknown', u: 'unknown', अज्ञात: 'unknown',
};
export const sex: Kind<Sex> = {
  read: oneOf(SEX_WORDS, 'female, male, transgender, unknown'),
  write: (v) => v,
};
