/**
 * A generic person profile of the same engine, for datasets with first name, surname, date of
 * birth, address, email, id numbers (the public linkage benchmarks). Declared as a list of
 * fields with a comparison kind each; blocking tokens and comparisons follow from the kinds.
 * The levels follow Splink's comparison library: several Jaro-Winkler and date-distance levels,
 * e-mail user part, forename and surname compared together (swaps recognised), place and
 * postcode compared together (hierarchical), and term frequencies on exact agreement.
 */
import { distance } from 'fastest-levenshtein';
import anyAscii from 'any-ascii';
import type { Comparison, LevelSpec, Outcome, ScoringContext } from './fellegi-sunter';
import { jaroWinkler } from './jaro-winkler';
import { nameKey } from './name-keys';
import type { Profile } from './profile';

export type FieldKind = 'name' | 'date' | 'exact' | 'text' | 'email' | 'id';

export interface FieldSpec {
  field: string;
  kind: FieldKind;
  /** Blocked on alone (a token per value). */
  block?: boolean;
}

export interface PersonProfileOptions {
  matchShare: (n: number) => number;
  candidates?: number;
  /** Forename and surname fields compared as one concept (exact, swapped, both alike, one agrees…), as Splink's ForenameSurnameComparison. */
  fullName?: [string, string];
  /**
   * A place name and a postcode compared as one hierarchical concept. People born in the same
   * town share its postcodes, so the two agree together among strangers far more often than
   * independence says; as two comparisons their weights would count the same evidence twice.
   */
  place?: [string, string];
}

export type GenericRecord = { id: string; values: Record<string, string | null> };

const norm = (s: string | null | undefined) => (s ? anyAscii(s).toLowerCase().replace(/[^a-z0-9@.]+/g, ' ').trim() || null : null);
const levels = (spec: [string, number, number][]): LevelSpec[] => spec.map(([name, m, u]) => ({ name, m, u }));

const LEVELS: Record<FieldKind, LevelSpec[]> = {
  name: levels([['exact', 0.7, 0.01], ['same key', 0.08, 0.003], ['Jaro-Winkler ≥ 0.92', 0.1, 0.01], ['Jaro-Winkler ≥ 0.8', 0.06, 0.05], ['different', 0.06, 0.927]]),
  date: levels([
    ['exact', 0.6, 0.001],
    ['one character off', 0.15, 0.002],
    ['within a month', 0.05, 0.002],
    ['years one character apart, both 1 January', 0.05, 0.02],
    ['within a year', 0.08, 0.03],
    ['within 10 years', 0.07, 0.3],
    ['different', 0.05, 0.662],
  ]),
  exact: levels([['exact', 0.9, 0.05], ['different', 0.1, 0.95]]),
  text: levels([['exact', 0.75, 0.001], ['Jaro-Winkler ≥ 0.9', 0.15, 0.005], ['different', 0.1, 0.994]]),
  email: levels([['exact', 0.7, 0.0001], ['same user part', 0.1, 0.001], ['Jaro-Winkler ≥ 0.88', 0.1, 0.002], ['different', 0.1, 0.9969]]),
  id: levels([['exact', 0.85, 0.0001], ['one character off', 0.1, 0.001], ['different', 0.05, 0.9989]]),
};

const FULL_NAME_LEVELS = levels([
  ['both exact', 0.6, 0.0001],
  ['swapped', 0.05, 0.00001],
  ['both Jaro-Winkler ≥ 0.92', 0.1, 0.0002],
  ['both Jaro-Winkler ≥ 0.88', 0.05, 0.0005],
  ['surname exact, forename initial agrees', 0.04, 0.0005],
  ['surname exact', 0.02, 0.0045],
  ['forename exact', 0.04, 0.01],
  ['one Jaro-Winkler ≥ 0.88', 0.04, 0.05],
  ['different', 0.06, 0.9342],
]);

const PLACE_LEVELS = levels([
  ['postcode and place exact', 0.45, 0.0001],
  ['postcode exact', 0.1, 0.00005],
  ['place exact, same postcode district', 0.05, 0.0005],
  ['place exact', 0.25, 0.003],
  ['same postcode district', 0.03, 0.001],
  ['place Jaro-Winkler ≥ 0.9', 0.02, 0.001],
  ['same postcode area', 0.03, 0.02],
  ['different', 0.07, 0.9744],
]);

/** Day number of a date written as digits in year, month, day order (1971-06-24, 19710624); NaN otherwise. */
function dayOf(s: string): number {
  const d = s.replace(/\D/g, '');
  if (d.length !== 8) return NaN;
  const t = Date.UTC(Number(d.slice(0, 4)), Number(d.slice(4, 6)) - 1, Number(d.slice(6, 8)));
  return Number.isNaN(t) ? NaN : t / 86_400_000;
}

/** 1 January: how a date is written when only the year is known (Aadhaar does the same). */
const yearOnly = (s: string) => /\D?01\D?01$/.test(s.slice(4));

function compareDates(a: string, b: string): number {
  if (a === b) return 0;
  // Two year-only dates one character apart differ in the year: 1860 and 1861 are common strangers.
  if (distance(a, b) <= 1) return yearOnly(a) && yearOnly(b) ? 3 : 1;
  const days = Math.abs(dayOf(a) - dayOf(b));
  if (Number.isNaN(days)) return 6;
  if (days <= 31) return 2;
  if (days <= 366) return 4;
  if (days <= 3653) return 5;
  return 6;
}

function compareValues(kind: FieldKind, a: string, b: string): number {
  const exact = a === b;
  switch (kind) {
    case 'name':
      return exact ? 0 : nameKey(a.replace(/ /g, '')) === nameKey(b.replace(/ /g, '')) ? 1 : jaroWinkler(a, b) >= 0.92 ? 2 : jaroWinkler(a, b) >= 0.8 ? 3 : 4;
    case 'date':
      return compareDates(a, b);
    case 'exact':
      return exact ? 0 : 1;
    case 'text':
      return exact ? 0 : jaroWinkler(a, b) >= 0.9 ? 1 : 2;
    case 'email':
      return exact ? 0 : a.split('@')[0] === b.split('@')[0] ? 1 : jaroWinkler(a, b) >= 0.88 ? 2 : 3;
    case 'id':
      return exact ? 0 : distance(a, b) <= 1 ? 1 : 2;
  }
}

// Dates too: a year known only as 1 January of it is shared by many records.
const TF_KINDS: ReadonlySet<FieldKind> = new Set(['name', 'text', 'exact', 'date']);

function comparisonOf(spec: FieldSpec): Comparison<GenericRecord> {
  const get = (r: GenericRecord) => r.values[spec.field] ?? null;
  return {
    concept: spec.field,
    levels: LEVELS[spec.kind],
    compare: (a, b, ctx): Outcome | null => {
      const [x, y] = [get(a), get(b)];
      if (!x || !y) return null;
      const level = compareValues(spec.kind, x, y);
      const reason = `${LEVELS[spec.kind][level]!.name}`;
      // Term frequency on exact agreement only: a rare surname agreeing is strong evidence.
      return level === 0 && TF_KINDS.has(spec.kind) ? { level, reason, tfRatio: ctx.tfRatio(`${spec.field}:${x}`) } : { level, reason };
    },
    display: get,
  };
}

/**
 * Outcomes by their level's name, for the comparisons that pick a level by name. With the
 * agreeing value's token, u is weighted by that value's frequency.
 */
function outcomesByName(table: LevelSpec[]): (ctx: ScoringContext) => (name: string, token?: string) => Outcome {
  const index = new Map(table.map((l, i) => [l.name, i]));
  return (ctx) => (name, token) => ({ level: index.get(name)!, reason: name, ...(token === undefined ? {} : { tfRatio: ctx.tfRatio(token) }) });
}

/** Forename and surname as one concept; a side with neither is missing, one with only one of them is compared on what it has. */
function fullNameComparison([first, last]: [string, string]): Comparison<GenericRecord> {
  const named = outcomesByName(FULL_NAME_LEVELS);
  return {
    concept: `${first} + ${last}`,
    levels: FULL_NAME_LEVELS,
    compare: (a, b, ctx) => {
      const out = named(ctx);
      const [fa, sa, fb, sb] = [a.values[first], a.values[last], b.values[first], b.values[last]];
      if ((!fa && !sa) || (!fb && !sb)) return null;
      const jw = (x: string | null | undefined, y: string | null | undefined) => (x && y ? jaroWinkler(x, y) : 0);
      if (fa && sa && fa === fb && sa === sb) return out('both exact', `${last}:${sa}`);
      if (fa && sa && fa === sb && sa === fb) return out('swapped');
      if (fa && sa && fb && sb) {
        const [j1, j2] = [jw(fa, fb), jw(sa, sb)];
        if (j1 >= 0.92 && j2 >= 0.92) return out('both Jaro-Winkler ≥ 0.92');
        if (j1 >= 0.88 && j2 >= 0.88) return out('both Jaro-Winkler ≥ 0.88');
      }
      // Henry/Harry, Thomas/Tom, Francis/Frank, G./George: most forms of a forename keep its first letter.
      if (sa && sa === sb) return out(fa && fb && fa[0] === fb[0] ? 'surname exact, forename initial agrees' : 'surname exact', `${last}:${sa}`);
      if (fa && fa === fb) return out('forename exact', `${first}:${fa}`);
      // One side's forename written as the other's surname (a swap with one part missing) counts as one agreeing.
      if ((fa && fa === sb) || (sa && sa === fb)) return out('one Jaro-Winkler ≥ 0.88');
      if (Math.max(jw(fa, fb), jw(sa, sb)) >= 0.88) return out('one Jaro-Winkler ≥ 0.88');
      return out('different');
    },
    display: (r) => [r.values[first], r.values[last]].filter(Boolean).join(' ') || null,
  };
}

/** A UK-style postcode's outward code ("tq13" of "tq13 8df") and area ("tq"); null when the value has no inward part. */
function postcodeParts(code: string): { district: string; area: string } | null {
  const [outward, inward] = code.split(' ');
  return outward && inward ? { district: outward, area: outward.replace(/\d.*$/, '') } : null;
}

/** Place name and postcode as one concept, most specific agreement first; missing only when a side has neither. */
function placeComparison([place, postcode]: [string, string]): Comparison<GenericRecord> {
  const named = outcomesByName(PLACE_LEVELS);
  return {
    concept: `${place} + ${postcode}`,
    levels: PLACE_LEVELS,
    compare: (a, b, ctx) => {
      const [pa, ca, pb, cb] = [a.values[place], a.values[postcode], b.values[place], b.values[postcode]];
      if ((!pa && !ca) || (!pb && !cb)) return null;
      const out = named(ctx);
      const samePlace = !!pa && pa === pb;
      const [da, db] = [ca ? postcodeParts(ca) : null, cb ? postcodeParts(cb) : null];
      const sameDistrict = !!da && da.district === db?.district;
      if (ca && ca === cb) return out(samePlace ? 'postcode and place exact' : 'postcode exact', `${postcode}:${ca}`);
      if (samePlace) return out(sameDistrict ? 'place exact, same postcode district' : 'place exact', `${place}:${pa}`);
      if (sameDistrict) return out('same postcode district');
      if (pa && pb && jaroWinkler(pa, pb) >= 0.9) return out('place Jaro-Winkler ≥ 0.9');
      if (da && da.area === db?.area) return out('same postcode area');
      return out('different');
    },
    display: (r) => [r.values[place], r.values[postcode]].filter(Boolean).join(' · ') || null,
  };
}

/**
 * Tokens: each blocked field's value, and every pair of the first four blocked fields, so a
 * record is found when any two of them survive the corruption. Name values are also tokens
 * whatever their field (forename and surname swapped), and an e-mail's user part is one.
 */
function tokensOf(r: GenericRecord, fields: FieldSpec[]): string[] {
  const blocked = fields.filter((f) => f.block && r.values[f.field]).map((f) => `${f.field}:${r.values[f.field]}`);
  const out = [...blocked];
  const firstFour = blocked.slice(0, 4);
  for (let i = 0; i < firstFour.length; i++) for (let j = i + 1; j < firstFour.length; j++) out.push(`pair:${firstFour[i]}|${firstFour[j]}`);
  for (const f of fields) {
    const v = r.values[f.field];
    if (!v) continue;
    if (f.kind === 'name') {
      out.push(`${f.field}~${nameKey(v.replace(/ /g, ''))}`);
      if (f.block) out.push(`anyname:${v}`);
    }
    if (f.kind === 'email' && f.block) out.push(`${f.field}@user:${v.split('@')[0]}`);
  }
  return out;
}

export function personProfile(name: string, fields: FieldSpec[], opts: PersonProfileOptions): Profile<GenericRecord, GenericRecord> {
  const combined = (f: FieldSpec) => (opts.fullName?.includes(f.field) ?? false) || (opts.place?.includes(f.field) ?? false);
  const comparisons = [
    ...(opts.fullName ? [fullNameComparison(opts.fullName)] : []),
    ...(opts.place ? [placeComparison(opts.place)] : []),
    ...fields.filter((f) => !combined(f)).map(comparisonOf),
  ];
  return {
    name,
    prepare: (raw) => ({ id: raw.id, values: Object.fromEntries(fields.map((f) => [f.field, norm(raw.values[f.field])])) }),
    idOf: (r) => r.id,
    serialize: (r) => JSON.stringify(r),
    deserialize: (t) => JSON.parse(t) as GenericRecord,
    indexTokens: (r) => tokensOf(r, fields),
    queryTokens: (r) => tokensOf(r, fields),
    tfPrefixes: fields.filter((f) => TF_KINDS.has(f.kind)).map((f) => `${f.field}:`),
    comparisons,
    matchShare: opts.matchShare,
    candidates: opts.candidates ?? 50,
    // As Splink's estimate_u_using_random_sampling: a million pairs, so that levels as rare as
    // "both names alike" are measured rather than left at their default.
    uSample: { records: 100_000, pairs: 1_000_000 },
  };
}
