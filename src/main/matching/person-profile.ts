/**
 * A generic person profile of the same engine, for datasets with first name, surname, date of
 * birth, address, email, id numbers (the public linkage benchmarks). Declared as a list of
 * fields with a comparison kind each; blocking tokens and comparisons follow from the kinds.
 * The levels follow Splink's comparison library: several Jaro-Winkler and date-distance levels,
 * e-mail user part, forename and surname compared together (swaps recognised), and term
 * frequencies on exact agreement.
 */
import { distance } from 'fastest-levenshtein';
import anyAscii from 'any-ascii';
import type { Comparison, LevelSpec, Outcome } from './fellegi-sunter';
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
}

export type GenericRecord = { id: string; values: Record<string, string | null> };

const norm = (s: string | null | undefined) => (s ? anyAscii(s).toLowerCase().replace(/[^a-z0-9@.]+/g, ' ').trim() || null : null);
const levels = (spec: [string, number, number][]): LevelSpec[] => spec.map(([name, m, u]) => ({ name, m, u }));

const LEVELS: Record<FieldKind, LevelSpec[]> = {
  name: levels([['exact', 0.7, 0.01], ['same key', 0.08, 0.003], ['Jaro-Winkler ≥ 0.92', 0.1, 0.01], ['Jaro-Winkler ≥ 0.8', 0.06, 0.05], ['different', 0.06, 0.927]]),
  date: levels([
    ['exact', 0.6, 0.001],
    ['one character off', 0.15, 0.005],
    ['within a month', 0.05, 0.002],
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
  ['surname exact', 0.06, 0.005],
  ['forename exact', 0.04, 0.01],
  ['one Jaro-Winkler ≥ 0.88', 0.04, 0.05],
  ['different', 0.06, 0.9342],
]);

/** Day number of a date written as digits in year, month, day order (1971-06-24, 19710624); NaN otherwise. */
function dayOf(s: string): number {
  const d = s.replace(/\D/g, '');
  if (d.length !== 8) return NaN;
  const t = Date.UTC(Number(d.slice(0, 4)), Number(d.slice(4, 6)) - 1, Number(d.slice(6, 8)));
  return Number.isNaN(t) ? NaN : t / 86_400_000;
}

function compareDates(a: string, b: string): number {
  if (a === b) return 0;
  if (distance(a, b) <= 1) return 1;
  const days = Math.abs(dayOf(a) - dayOf(b));
  if (Number.isNaN(days)) return 5;
  if (days <= 31) return 2;
  if (days <= 366) return 3;
  if (days <= 3653) return 4;
  return 5;
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

const TF_KINDS: ReadonlySet<FieldKind> = new Set(['name', 'text', 'exact']);

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

/** Forename and surname as one concept; a side with neither is missing, one with only one of them is compared on what it has. */
function fullNameComparison([first, last]: [string, string]): Comparison<GenericRecord> {
  const L = Object.fromEntries(FULL_NAME_LEVELS.map((l, i) => [l.name, i])) as Record<string, number>;
  const out = (name: string, tfToken?: string, ctx?: { tfRatio(t: string): number }): Outcome =>
    tfToken && ctx ? { level: L[name]!, reason: name, tfRatio: ctx.tfRatio(tfToken) } : { level: L[name]!, reason: name };
  return {
    concept: `${first} + ${last}`,
    levels: FULL_NAME_LEVELS,
    compare: (a, b, ctx) => {
      const [fa, sa, fb, sb] = [a.values[first], a.values[last], b.values[first], b.values[last]];
      if ((!fa && !sa) || (!fb && !sb)) return null;
      const jw = (x: string | null | undefined, y: string | null | undefined) => (x && y ? jaroWinkler(x, y) : 0);
      if (fa && sa && fa === fb && sa === sb) return out('both exact', `${last}:${sa}`, ctx);
      if (fa && sa && fa === sb && sa === fb) return out('swapped');
      if (fa && sa && fb && sb) {
        const [j1, j2] = [jw(fa, fb), jw(sa, sb)];
        if (j1 >= 0.92 && j2 >= 0.92) return out('both Jaro-Winkler ≥ 0.92');
        if (j1 >= 0.88 && j2 >= 0.88) return out('both Jaro-Winkler ≥ 0.88');
      }
      if (sa && sa === sb) return out('surname exact', `${last}:${sa}`, ctx);
      if (fa && fa === fb) return out('forename exact', `${first}:${fa}`, ctx);
      // One side's forename written as the other's surname (a swap with one part missing) counts as one agreeing.
      if ((fa && fa === sb) || (sa && sa === fb)) return out('one Jaro-Winkler ≥ 0.88');
      if (Math.max(jw(fa, fb), jw(sa, sb)) >= 0.88) return out('one Jaro-Winkler ≥ 0.88');
      return out('different');
    },
    display: (r) => [r.values[first], r.values[last]].filter(Boolean).join(' ') || null,
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
  const inFullName = (f: FieldSpec) => opts.fullName?.includes(f.field) ?? false;
  const comparisons = [...(opts.fullName ? [fullNameComparison(opts.fullName)] : []), ...fields.filter((f) => !inFullName(f)).map(comparisonOf)];
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
  };
}
