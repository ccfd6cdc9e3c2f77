/**
 * A generic person profile of the same engine, for datasets with first name, surname, date of
 * birth, address, email, id numbers (the public linkage benchmarks). Declared as a list of
 * fields with a comparison kind each; blocking tokens and comparisons follow from the kinds.
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

export type GenericRecord = { id: string; values: Record<string, string | null> };

const norm = (s: string | null | undefined) => (s ? anyAscii(s).toLowerCase().replace(/[^a-z0-9@.]+/g, ' ').trim() || null : null);
const levels = (spec: [string, number, number][]): LevelSpec[] => spec.map(([name, m, u]) => ({ name, m, u }));

const LEVELS: Record<FieldKind, LevelSpec[]> = {
  name: levels([['exact', 0.7, 0.01], ['same key', 0.08, 0.003], ['Jaro-Winkler ≥ 0.92', 0.1, 0.01], ['Jaro-Winkler ≥ 0.8', 0.06, 0.05], ['different', 0.06, 0.927]]),
  date: levels([['exact', 0.8, 0.001], ['one character off', 0.12, 0.01], ['same year', 0.03, 0.02], ['different', 0.05, 0.969]]),
  exact: levels([['exact', 0.9, 0.05], ['different', 0.1, 0.95]]),
  text: levels([['exact', 0.75, 0.001], ['Jaro-Winkler ≥ 0.9', 0.15, 0.005], ['different', 0.1, 0.994]]),
  email: levels([['exact', 0.8, 0.0001], ['same user part', 0.1, 0.001], ['different', 0.1, 0.9989]]),
  id: levels([['exact', 0.85, 0.0001], ['one character off', 0.1, 0.001], ['different', 0.05, 0.9989]]),
};

function compareValues(kind: FieldKind, a: string, b: string): number {
  const exact = a === b;
  switch (kind) {
    case 'name':
      return exact ? 0 : nameKey(a.replace(/ /g, '')) === nameKey(b.replace(/ /g, '')) ? 1 : jaroWinkler(a, b) >= 0.92 ? 2 : jaroWinkler(a, b) >= 0.8 ? 3 : 4;
    case 'date':
      return exact ? 0 : distance(a, b) <= 1 ? 1 : a.slice(0, 4) === b.slice(0, 4) ? 2 : 3;
    case 'exact':
      return exact ? 0 : 1;
    case 'text':
      return exact ? 0 : jaroWinkler(a, b) >= 0.9 ? 1 : 2;
    case 'email':
      return exact ? 0 : a.split('@')[0] === b.split('@')[0] ? 1 : 2;
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

/**
 * Tokens: each blocked field's value, and every pair of the first four blocked fields, so a
 * record is found when any two of them survive the corruption.
 */
function tokensOf(r: GenericRecord, fields: FieldSpec[]): string[] {
  const blocked = fields.filter((f) => f.block && r.values[f.field]).map((f) => `${f.field}:${r.values[f.field]}`);
  const out = [...blocked];
  const firstFour = blocked.slice(0, 4);
  for (let i = 0; i < firstFour.length; i++) for (let j = i + 1; j < firstFour.length; j++) out.push(`pair:${firstFour[i]}|${firstFour[j]}`);
  for (const f of fields) if (f.kind === 'name' && r.values[f.field]) out.push(`${f.field}~${nameKey(r.values[f.field]!.replace(/ /g, ''))}`);
  return out;
}

export function personProfile(name: string, fields: FieldSpec[], opts: { matchShare: (n: number) => number; candidates?: number }): Profile<GenericRecord, GenericRecord> {
  return {
    name,
    prepare: (raw) => ({ id: raw.id, values: Object.fromEntries(fields.map((f) => [f.field, norm(raw.values[f.field])])) }),
    idOf: (r) => r.id,
    serialize: (r) => JSON.stringify(r),
    deserialize: (t) => JSON.parse(t) as GenericRecord,
    indexTokens: (r) => tokensOf(r, fields),
    queryTokens: (r) => tokensOf(r, fields),
    tfPrefixes: fields.filter((f) => TF_KINDS.has(f.kind)).map((f) => `${f.field}:`),
    comparisons: fields.map(comparisonOf),
    matchShare: opts.matchShare,
    candidates: opts.candidates ?? 50,
  };
}
