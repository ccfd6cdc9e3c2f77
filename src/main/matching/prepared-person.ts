/**
 * A PersonRecord with everything comparisons need derived once, at import for reports and once
 * per child: canonical names, the birth interval, place keys, marks, language codes.
 */
import { parseName, type CanonicalName, type NameToken, type TokenKind } from './canonical-name';
import { parseMarks, type Mark } from './marks';
import { looseKey, nameKey } from './name-keys';
import { placeKey } from './places';
import type { PersonRecord } from './records';
import { decimalYear } from './time';
import { complexionCode, languageCodes } from './vocabulary';

export interface Birth {
  /** Decimal year of birth, best guess. */
  mid: number;
  /** Half-width of the plausible interval in years. */
  half: number;
  /** A date of birth, not an age. */
  exact: boolean;
}

export interface PreparedPerson {
  rec: PersonRecord;
  names: CanonicalName[];
  father: CanonicalName[];
  mother: CanonicalName[];
  /**
   * The parents' names without the words the child's own name also carries (the family name):
   * compared instead of the full names, so one shared surname is not counted as the name, the
   * father's name and the mother's name agreeing.
   */
  readonly fatherOwn: CanonicalName[];
  readonly motherOwn: CanonicalName[];
  refYear: number;
  birth: Birth | null;
  place: { village: string | null; policeStation: string | null; district: string | null; state: string | null };
  languages: string[];
  complexion: string | null;
  marks: Mark[];
}

/**
 * How far a stated age can be off, in years: wider for older children (nobody knows a
 * 15-year-old's age to the month) and much wider when a CWC or doctor estimated it.
 */
export const ageTolerance = (age: number, estimated: boolean) => 0.5 + 0.06 * age + (estimated ? 1.5 : 0);

function birthOf(r: PersonRecord, refYear: number): Birth | null {
  if (r.dob) return { mid: decimalYear(r.dob), half: r.ageEstimated ? 1 : 0.05, exact: !r.ageEstimated };
  if (r.ageYears === null || Number.isNaN(refYear)) return null;
  // A whole-years age at refYear means a birth between age+1 and age years earlier.
  return { mid: refYear - r.ageYears - 0.5, half: 0.5 + ageTolerance(r.ageYears, r.ageEstimated), exact: false };
}

const marksMemo = new Map<string, Mark[]>();
function marksOf(text: string | null): Mark[] {
  if (!text) return [];
  let hit = marksMemo.get(text);
  if (!hit) {
    hit = parseMarks(text);
    if (marksMemo.size > 50_000) marksMemo.clear();
    marksMemo.set(text, hit);
  }
  return hit;
}

/** A relative's names minus the name tokens the person's own names carry; a name left with no word keeps them all. */
export function withoutFamilyName(relative: CanonicalName[], own: CanonicalName[]): CanonicalName[] {
  if (relative.length === 0 || own.length === 0) return relative;
  const isFamily = (t: NameToken) => t.kind === 'name' && own.some((n) => n.tokens.some((o) => o.kind === 'name' && o.key === t.key));
  return relative.map((n) => {
    if (!n.tokens.some(isFamily)) return n;
    const kept = n.tokens.filter((t) => !isFamily(t));
    return kept.some((t) => t.kind === 'name') ? { text: n.text, tokens: kept } : n;
  });
}

function derive(rec: PersonRecord, names: CanonicalName[], father: CanonicalName[], mother: CanonicalName[]): PreparedPerson {
  const refYear = decimalYear(rec.refDate);
  // The parents' own names are needed only for scoring, not at import: computed on first use.
  let fatherOwn: CanonicalName[] | undefined;
  let motherOwn: CanonicalName[] | undefined;
  return {
    rec,
    names,
    father,
    mother,
    get fatherOwn() {
      return (fatherOwn ??= withoutFamilyName(father, names));
    },
    get motherOwn() {
      return (motherOwn ??= withoutFamilyName(mother, names));
    },
    refYear,
    birth: birthOf(rec, refYear),
    place: { village: placeKey(rec.village), policeStation: placeKey(rec.policeStation), district: placeKey(rec.district), state: placeKey(rec.state) },
    languages: languageCodes(rec.languages),
    complexion: complexionCode(rec.complexion),
    marks: marksOf(rec.marks),
  };
}

export function preparePerson(rec: PersonRecord): PreparedPerson {
  const names: CanonicalName[] = [];
  let relative: string | null = null;
  for (const text of [rec.name, ...rec.aliases]) {
    const parsed = parseName(text);
    names.push(...parsed.names);
    relative ??= parsed.relative;
  }
  // "Ramesh s/o Suresh" in the name field is the father's name when the field itself is empty.
  return derive(rec, names, parseName(rec.fatherName ?? relative).names, parseName(rec.motherName).names);
}

// Stored form: the record plus each name's tokens as kind letter + strict form, so loading a
// candidate never re-runs transliteration (keys are cheap folds of the strict form).
const KIND_LETTER: Record<TokenKind, string> = { name: 'n', marker: 'm', initial: 'i', nickname: 'k' };
const LETTER_KIND = Object.fromEntries(Object.entries(KIND_LETTER).map(([k, v]) => [v, k])) as Record<string, TokenKind>;
const encodeNames = (ns: CanonicalName[]) => ns.map((n) => [n.text, ...n.tokens.map((t) => KIND_LETTER[t.kind] + t.strict)]);

const tokenMemo = new Map<string, NameToken>();
function decodeToken(code: string): NameToken {
  let t = tokenMemo.get(code);
  if (!t) {
    const strict = code.slice(1);
    const key = nameKey(strict);
    t = { strict, key, loose: looseKey(key), kind: LETTER_KIND[code[0]!]! };
    if (tokenMemo.size > 200_000) tokenMemo.clear();
    tokenMemo.set(code, t);
  }
  return t;
}
const decodeNames = (xs: string[][]): CanonicalName[] => xs.map(([text, ...codes]) => ({ text: text!, tokens: codes.map(decodeToken) }));

// The record is stored positionally (field names are not repeated a million times); the
// original name, father's and mother's name texts are rebuilt from the encoded names when they parsed.
const REC_FIELDS = ['id', 'name', 'aliases', 'sex', 'dob', 'ageYears', 'ageEstimated', 'refDate', 'fatherName', 'motherName', 'village', 'policeStation', 'district', 'state', 'heightCm', 'complexion', 'marks', 'languages'] as const satisfies readonly (keyof PersonRecord)[];

export const serializePerson = (p: PreparedPerson) => JSON.stringify([REC_FIELDS.map((f) => p.rec[f]), encodeNames(p.names), encodeNames(p.father), encodeNames(p.mother)]);

export function deserializePerson(text: string): PreparedPerson {
  const [values, names, father, mother] = JSON.parse(text) as [unknown[], string[][], string[][], string[][]];
  const rec = Object.fromEntries(REC_FIELDS.map((f, i) => [f, values[i]])) as unknown as PersonRecord;
  return derive(rec, decodeNames(names), decodeNames(father), decodeNames(mother));
}
