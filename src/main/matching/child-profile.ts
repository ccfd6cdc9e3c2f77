/**
 * The profile for found children (queries) against missing-child reports (indexed): blocking
 * tokens, hard filters and the comparisons of child-comparisons.ts.
 */
import { coreTokens, type CanonicalName } from './canonical-name';
import { childComparisons } from './child-comparisons';
import type { DistrictAdjacency } from './places';
import { deserializePerson, preparePerson, serializePerson, type PreparedPerson } from './prepared-person';
import type { FilterKey, Profile } from './profile';
import type { PersonRecord } from './records';
import { dayNumber } from './time';

/** Birth years are blocked in 4-year bands; a query looks in every band its interval touches. */
const BAND_YEARS = 4;
const band = (year: number) => Math.floor(year / BAND_YEARS);

/**
 * The first name word's key or loose key. The compound tokens use the loose key (consonant
 * frame, voicing folded) so that a name written in Tamil script (which has no voiced letters:
 * அபிலாஸா is "apilasa") or heard badly still meets its report in the same sex and age band,
 * district or father; the mother's token keeps the key, whose frequency the name comparison looks up.
 */
const firstWord = (ns: CanonicalName[], form: 'key' | 'loose') => ns.map((n) => coreTokens(n)[0]?.[form]).find(Boolean) ?? null;
const SEX_CODE: Record<string, number> = { female: 1, male: 2, transgender: 3 };

/** Query side: an unknown sex looks under both. */
const sexesOf = (p: PreparedPerson, query: boolean) => {
  const sex = p.rec.sex ?? 'unknown';
  return query && (sex === 'unknown' || sex === 'transgender') ? ['female', 'male', sex] : [sex];
};

function tokens(p: PreparedPerson, bands: number[], query: boolean): string[] {
  const out = new Set<string>();
  const name = firstWord(p.names, 'loose');
  const father = firstWord(p.father, 'loose');
  const { district, state } = p.place;
  const sexes = sexesOf(p, query);
  for (const n of p.names) {
    for (const t of n.tokens) {
      if (t.kind === 'name' || t.kind === 'nickname') out.add(`n:${t.key}`);
      if (t.kind === 'name') out.add(`l:${t.loose}`);
    }
  }
  for (const n of p.father) for (const t of coreTokens(n)) out.add(`f:${t.key}`);
  const mother = firstWord(p.mother, 'key');
  if (mother) out.add(`m:${mother}`);
  for (const b of bands) {
    for (const sex of sexes) {
      if (name) out.add(`ns:${name}|${sex}|${b}`);
      // A mark with its place and side, for the same sex and age: finds a nickname-only child.
      for (const k of p.marks) if (k.part) out.add(`mk:${k.type}|${k.part}|${k.side ?? ''}|${sex}|${b}`);
    }
    if (district) out.add(`dy:${district}|${b}`);
  }
  if (name && father) out.add(`nf:${name}|${father}`);
  if (father && district) out.add(`fd:${father}|${district}`);
  // A common name is found in the right district (or state) first; a village or police station alone finds a nickname-only child.
  if (name && district) out.add(`nd:${name}|${district}`);
  if (name && state) out.add(`nt:${name}|${state}`);
  if (p.place.village) out.add(`v:${p.place.village}`);
  if (p.place.policeStation) out.add(`p:${p.place.policeStation}`);
  return [...out];
}

const birthBands = (p: PreparedPerson, widen: number) => {
  if (!p.birth) return [];
  const out: number[] = [];
  for (let b = band(p.birth.mid - p.birth.half - widen); b <= band(p.birth.mid + p.birth.half + widen); b++) out.push(b);
  return out;
};

export function childProfile(adjacency: DistrictAdjacency): Profile<PersonRecord, PreparedPerson> {
  return {
    // v2: positional payload, vocabulary instead of trigram postings, new tokens. v3: six age
    // levels (the u stored per level no longer lines up). v4: the time from missing to found.
    // An older index is rebuilt before matching.
    name: 'child-v4',
    prepare: preparePerson,
    idOf: (p) => p.rec.id,
    serialize: serializePerson,
    deserialize: deserializePerson,
    indexTokens: (p) => tokens(p, p.birth ? [band(p.birth.mid)] : [], false),
    queryTokens: (p, index) => {
      const own = tokens(p, birthBands(p, 1), true);
      // Fallback for a badly misspelt name that no report carries: the indexed names spelled most like it.
      const unseen = p.names.flatMap(coreTokens).filter((t) => index.df(`n:${t.key}`) === 0);
      return [...own, ...unseen.flatMap((t) => index.similarWords(t.key).map((k) => `n:${k}`))];
    },
    vocabulary: (p) => p.names.flatMap((n) => n.tokens.filter((t) => t.kind === 'name').map((t) => t.key)),
    tfPrefixes: ['n:', 'f:', 'm:', 'l:'],
    filterKey: (p): FilterKey => ({
      sex: SEX_CODE[p.rec.sex ?? ''] ?? 0,
      refDay: dayNumber(p.rec.refDate),
      birthLo: p.birth ? p.birth.mid - p.birth.half : NaN,
      birthHi: p.birth ? p.birth.mid + p.birth.half : NaN,
    }),
    // NaN compares false, so an unknown value never excludes.
    passes: (q, r) =>
      !((q.sex === 1 && r.sex === 2) || (q.sex === 2 && r.sex === 1)) &&
      !(q.refDay < r.refDay - 1) &&
      !(q.birthHi + 1 < r.birthLo || r.birthHi + 1 < q.birthLo),
    comparisons: childComparisons(adjacency),
    // About six in ten children in care are on some report (bench assumption, see the docs).
    matchShare: (indexed) => 0.6 / Math.max(1, indexed),
    candidates: 200,
  };
}
