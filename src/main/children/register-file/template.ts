/**
 * The children register template (docs/formats/children-csv.md): one column per field a
 * clerk fills in. Each column knows how to read its cell into a ChildInput draft and how to
 * write the stored value back, so import and export cannot drift apart.
 */
import type { ChildInput } from '../../../shared/domain/child';
import { formatDate, formatDateTimeIst, parseDate, parseDateTimeIst } from '../../../shared/util/dates';

/** Thrown by a column reader: the cell cannot be read as what the column expects. */
export class CellProblem extends Error {}

interface Kind<T> {
  /** Reads a trimmed, non-empty cell. */
  read(text: string): T;
  write(value: T): string;
}

export interface TemplateColumn {
  name: string;
  required: boolean;
  /** Where the value lives in ChildInput, spelled as zod reports issue paths ("address.pin"). */
  field: string;
  read(text: string): unknown;
  write(child: ChildInput): string;
}

/** Reads a cell that must be one of a few words (any case), each meaning one stored value. */
const oneOf =
  <T>(words: Record<string, T>, expected: string) =>
  (text: string): T => {
    const value = words[text.toLocaleLowerCase('en-IN')];
    if (value === undefined) throw new CellProblem(`"${text}" is not one of: ${expected}`);
    return value;
  };

const text: Kind<string | null> = { read: (s) => s, write: (v) => v ?? '' };

// A `;` inside one alias cannot survive a round trip; the form has no reason to allow it.
const list: Kind<string[]> = { read: (s) => s.split(';'), write: (v) => v.join('; ') };

const date: Kind<string | null> = {
  read(s) {
    const iso = parseDate(s);
    if (!iso) throw new CellProblem(`"${s}" is not a real date; write dd-mm-yyyy, e.g. 25-01-2020`);
    return iso;
  },
  write: formatDate,
};

const dateTimeIst: Kind<string> = {
  read(s) {
    // Excel re-saves times with seconds; the register only keeps minutes.
    const iso = parseDateTimeIst(s.replace(/^(.*\d:\d{2}):\d{2}$/, '$1'));
    if (!iso) throw new CellProblem(`"${s}" is not a real date; write dd-mm-yyyy or dd-mm-yyyy hh:mm (India time)`);
    return iso;
  },
  write: formatDateTimeIst,
};

const decimal: Kind<number | null> = {
  read(s) {
    if (!/^\d+(\.\d+)?$/.test(s)) throw new CellProblem(`"${s}" is not a number`);
    return Number(s);
  },
  write: (v) => (v === null ? '' : String(v)),
};

const yesNo: Kind<boolean> = {
  read: oneOf({ yes: true, y: true, true: true, '1': true, हाँ: true, हां: true, no: false, n: false, false: false, '0': false, नहीं: false }, 'yes, no'),
  write: (v) => (v ? 'yes' : 'no'),
};

// Registers are kept in English and Hindi; girl/boy is how many of them record sex.
const SEX_WORDS: Record<string, ChildInput['sex']> = {
  female: 'female', f: 'female', girl: 'female', महिला: 'female', स्त्री: 'female', लड़की: 'female', बालिका: 'female',
  male: 'male', m: 'male', boy: 'male', पुरुष: 'male', लड़का: 'male', बालक: 'male',
  transgender: 'transgender', t: 'transgender', ट्रांसजेंडर: 'transgender',
  unknown: 'unknown', u: 'unknown', अज्ञात: 'unknown',
};
const sex: Kind<ChildInput['sex']> = {
  read: oneOf(SEX_WORDS, 'female, male, transgender, unknown'),
  write: (v) => v,
};

const category: Kind<ChildInput['category']> = {
  read: oneOf<ChildInput['category']>({ cncp: 'CNCP', ccl: 'CCL' }, 'CNCP, CCL'),
  write: (v) => v,
};

function column<T>(name: string, field: string, kind: Kind<T>, required = false): TemplateColumn {
  const path = field.split('.');
  return {
    name,
    required,
    field,
    read: kind.read,
    write: (child) => kind.write(path.reduce<unknown>((obj, key) => (obj as Record<string, unknown>)[key], child) as T),
  };
}

/** In the order export writes them; import accepts any order. */
export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  column('admission_no', 'admissionNo', text, true),
  column('name', 'name', text, true),
  column('aliases', 'aliases', list),
  column('sex', 'sex', sex, true),
  column('dob', 'dob', date),
  column('age_years', 'ageYears', decimal),
  column('age_estimated', 'ageEstimated', yesNo),
  column('date_admitted', 'admittedAt', dateTimeIst, true),
  column('father_name', 'fatherName', text),
  column('mother_name', 'motherName', text),
  column('guardian_name', 'guardianName', text),
  column('village', 'address.village', text),
  column('police_station', 'address.policeStation', text),
  column('district', 'address.district', text),
  column('state', 'address.state', text),
  column('pin', 'address.pin', text),
  column('category', 'category', category, true),
  column('identification_marks', 'identificationMarks', text),
  column('languages', 'languages', list),
  column('height_cm', 'heightCm', decimal),
  column('weight_kg', 'weightKg', decimal),
  column('referred_by', 'referredBy', text),
  column('order_no', 'orderNo', text),
  column('discharged_on', 'dischargedOn', date),
];

/** Header spellings people use for the same column: "Admission No", "admission-no". */
export const headerKey = (cell: string) => cell.normalize('NFC').trim().toLowerCase().replace(/[\s-]+/g, '_');

/** The column a zod issue path belongs to: the longest field that prefixes it ("aliases.3" → aliases). */
export function columnOfPath(path: readonly PropertyKey[]): string | null {
  for (let n = path.length; n > 0; n--) {
    const field = path.slice(0, n).join('.');
    const col = TEMPLATE_COLUMNS.find((c) => c.field === field);
    if (col) return col.name;
  }
  return null;
}
