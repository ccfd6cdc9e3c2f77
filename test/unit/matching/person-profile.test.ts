import { describe, expect, it } from 'vitest';
import { estimateLambdaAndM, PackedPairs, type ScoringContext } from '../../../src/main/matching/fellegi-sunter';
import { personProfile, type GenericRecord } from '../../../src/main/matching/person-profile';

const ctx: ScoringContext = { share: () => 0.001, tfRatio: () => 1 };
const profile = personProfile(
  'test',
  [
    { field: 'first_name', kind: 'name', block: true },
    { field: 'surname', kind: 'name', block: true },
    { field: 'dob', kind: 'date', block: true },
    { field: 'email', kind: 'email', block: true },
    { field: 'birth_place', kind: 'text', block: true },
    { field: 'postcode', kind: 'exact', block: true },
  ],
  { matchShare: () => 0.001, fullName: ['first_name', 'surname'], place: ['birth_place', 'postcode'] },
);
const rec = (values: Record<string, string | null>): GenericRecord => profile.prepare({ id: 'x', values });
const level = (concept: string, a: Record<string, string | null>, b: Record<string, string | null>) => {
  const c = profile.comparisons.find((x) => x.concept === concept)!;
  const out = c.compare(rec(a), rec(b), ctx);
  return out ? c.levels[out.level]!.name : 'missing';
};

describe('generic person profile', () => {
  it('forename and surname as one concept: swaps, both alike, one agreeing', () => {
    const n = 'first_name + surname';
    expect(level(n, { first_name: 'Robert', surname: 'Allen' }, { first_name: 'Robert', surname: 'Allen' })).toBe('both exact');
    expect(level(n, { first_name: 'Robert', surname: 'Allen' }, { first_name: 'Allen', surname: 'Robert' })).toBe('swapped');
    expect(level(n, { first_name: 'Robert', surname: 'Allen' }, { first_name: 'Roberta', surname: 'Alen' })).toBe('both Jaro-Winkler ≥ 0.92');
    expect(level(n, { first_name: 'Robert', surname: 'Allen' }, { first_name: 'Bob', surname: 'Allen' })).toBe('surname exact');
    expect(level(n, { first_name: 'Henry', surname: 'Allen' }, { first_name: 'Harry', surname: 'Allen' })).toBe('surname exact, forename initial agrees');
    expect(level(n, { first_name: 'G.', surname: 'Allen' }, { first_name: 'George', surname: 'Allen' })).toBe('surname exact, forename initial agrees');
    expect(level(n, { first_name: 'Robert', surname: null }, { first_name: 'Robert', surname: 'Allen' })).toBe('forename exact');
    expect(level(n, { first_name: null, surname: null }, { first_name: 'Robert', surname: 'Allen' })).toBe('missing');
  });
  it('dates by distance, e-mail by user part', () => {
    expect(level('dob', { dob: '1971-06-24' }, { dob: '1971-06-25' })).toBe('one character off');
    expect(level('dob', { dob: '1971-06-30' }, { dob: '1971-07-02' })).toBe('within a month');
    expect(level('dob', { dob: '1971-06-24' }, { dob: '1972-03-24' })).toBe('within a year');
    expect(level('dob', { dob: '19710624' }, { dob: '19750101' })).toBe('within 10 years');
    // Dates known only by their year, written as 1 January: a one-character change is another year.
    expect(level('dob', { dob: '1860-01-01' }, { dob: '1861-01-01' })).toBe('years one character apart, both 1 January');
    expect(level('dob', { dob: '1860-01-01' }, { dob: '1860-01-02' })).toBe('one character off');
    expect(level('email', { email: 'rob@x.net' }, { email: 'rob@y.org' })).toBe('same user part');
  });
  it('place and postcode as one concept, most specific agreement first', () => {
    const pl = 'birth_place + postcode';
    const devon = { birth_place: 'Devon', postcode: 'TQ13 8DF' };
    expect(level(pl, devon, devon)).toBe('postcode and place exact');
    expect(level(pl, devon, { birth_place: 'Chudleigh', postcode: 'TQ13 8DF' })).toBe('postcode exact');
    expect(level(pl, devon, { birth_place: 'Devon', postcode: 'TQ13 9XA' })).toBe('place exact, same postcode district');
    expect(level(pl, devon, { birth_place: 'Devon', postcode: null })).toBe('place exact');
    expect(level(pl, devon, { birth_place: 'Exeter', postcode: 'TQ13 1AB' })).toBe('same postcode district');
    expect(level(pl, devon, { birth_place: 'Devonn', postcode: null })).toBe('place Jaro-Winkler ≥ 0.9');
    expect(level(pl, devon, { birth_place: 'Exeter', postcode: 'TQ2 1AB' })).toBe('same postcode area');
    expect(level(pl, devon, { birth_place: 'Leeds', postcode: 'LS1 1AB' })).toBe('different');
    expect(level(pl, devon, { birth_place: null, postcode: null })).toBe('missing');
  });
  it('blocks on any name value whatever its field, and on the e-mail user part', () => {
    const t = profile.indexTokens(rec({ first_name: 'Robert', surname: 'Allen', email: 'rob@x.net' }));
    expect(t).toContain('anyname:robert');
    expect(t).toContain('anyname:allen');
    expect(t).toContain('email@user:rob');
  });
});

describe('λ and m by alternating EM', () => {
  it('recovers the match share of a two-level mixture without labels', () => {
    // One comparison, levels agree / differ; 1,000 candidate pairs out of 100,000: 100 matches (agree 90 %), 900 non-matches (agree 5 %).
    const pairs = new PackedPairs(1);
    for (let i = 0; i < 100; i++) pairs.push([{ level: i < 90 ? 0 : 1, reason: '' }]);
    for (let i = 0; i < 900; i++) pairs.push([{ level: i < 45 ? 0 : 1, reason: '' }]);
    const fit = estimateLambdaAndM(pairs, [{ m: [0.7, 0.3], u: [0.0005, 0.9995] }], 100_000, 1e-5, 20);
    expect(fit.lambda * 100_000).toBeGreaterThan(60);
    expect(fit.lambda * 100_000).toBeLessThan(200);
    expect(fit.params[0]!.m[0]).toBeGreaterThan(0.8);
  });
});
