import { describe, expect, it } from 'vitest';
import { englishReason, isMatchReasonKey } from '../../../src/shared/domain/match-reasons';
import { childProfile } from '../../../src/main/matching/child-profile';
import { defaultParameters, explain, type ScoringContext } from '../../../src/main/matching/fellegi-sunter';
import { markAgreement, parseMarks } from '../../../src/main/matching/marks';
import { DistrictAdjacency } from '../../../src/main/matching/places';
import { preparePerson } from '../../../src/main/matching/prepared-person';
import type { PersonRecord } from '../../../src/main/matching/records';

const profile = childProfile(DistrictAdjacency.load(process.cwd()));
const ctx: ScoringContext = { share: () => 0.001, tfRatio: () => 1 };
const base: PersonRecord = {
  id: 'x', name: 'Sunita Kumari', aliases: [], sex: 'female', dob: null, ageYears: 10, ageEstimated: false, refDate: '2020-01-01',
  fatherName: 'Ramesh Yadav', motherName: null, village: 'Rampur', policeStation: 'Sadar', district: 'Patna', state: 'Bihar',
  heightCm: 130, complexion: 'fair', marks: 'mole on left cheek', languages: ['Hindi'],
};
const person = (over: Partial<PersonRecord>) => preparePerson({ ...base, ...over });
const level = (concept: string, a: Partial<PersonRecord>, b: Partial<PersonRecord>) => {
  const c = profile.comparisons.find((x) => x.concept === concept)!;
  const out = c.compare(person(a), person(b), ctx);
  return out ? c.levels[out.level]!.name : 'missing';
};

describe('comparisons', () => {
  it('name levels', () => {
    expect(level('name', {}, {})).toBe('exact');
    expect(level('name', {}, { name: 'Suneeta' })).toBe('same key');
    expect(level('name', {}, { name: 'सुनीता' })).toBe('exact');
    expect(level('name', {}, { name: 'सुनिता' })).toBe('exact');
    expect(level('name', { name: 'Suneeta' }, { name: 'सुनीता' })).toBe('same key');
    expect(level('name', { name: 'Sunita Yadav' }, { name: 'Sunita' })).toBe('token subset');
    expect(level('name', { name: 'Sunita Yadav' }, { name: 'Sunita Sharma' })).toBe('one token agrees');
    expect(level('name', { name: 'Munna' }, { name: 'Munna' })).toBe('same nickname');
    expect(level('name', { name: 'Munna' }, { name: 'Ramesh' })).toBe('missing');
    expect(level('name', { name: 'Sunita' }, { name: 'Geeta' })).toBe('different');
    expect(level('name', { name: 'Ramesh' }, { name: 'Mahesh', aliases: ['Ramesh'] })).toBe('exact');
  });
  it('name levels: a dropped surname is a subset before it is a similar spelling; fuzzy token agreement has its own levels', () => {
    expect(level('name', { name: 'Avishi' }, { name: 'Avishi Gill' })).toBe('token subset');
    expect(level('name', { name: 'Suneeta' }, { name: 'Sunita Yadav' })).toBe('token subset');
    expect(level('name', { name: 'Sunitaa' }, { name: 'Sunitra Yadav' })).toBe('token subset, respelt');
    expect(level('name', { name: 'Sunitra Yadav' }, { name: 'Sunitaa Sharma' })).toBe('one token alike');
    expect(level('name', { name: 'Lal Thanzuala' }, { name: 'Lalthanzuala' })).not.toBe('different');
  });
  it('term frequency only for tokens that agree by key; a common consonant frame only lowers the weight', () => {
    const c = profile.comparisons.find((x) => x.concept === 'name')!;
    const tf: ScoringContext = { share: (t) => (t.startsWith('l:') ? 0.05 : 1e-5), tfRatio: (t) => (t.startsWith('l:') ? 5 : 0.01) };
    expect(c.compare(person({ name: 'Sunita Yadav' }), person({ name: 'Sunita' }), tf)!.tfRatio).toBe(0.01);
    expect(c.compare(person({ name: 'Sunitra Yadav' }), person({ name: 'Sunitaa Sharma' }), tf)!.tfRatio).toBe(5);
    const rare: ScoringContext = { share: () => 1e-5, tfRatio: () => 0.01 };
    expect(c.compare(person({ name: 'Sunitra Yadav' }), person({ name: 'Sunitaa Sharma' }), rare)!.tfRatio).toBeUndefined();
  });
  it("parents' names are compared without the family name the child's own name carries", () => {
    expect(level("father's name", { name: 'Sunita Yadav', fatherName: 'Ramesh Yadav' }, { name: 'Sunita Yadav', fatherName: 'Suresh Yadav' })).toBe('different');
    expect(level("father's name", { name: 'Sunita', fatherName: 'Ramesh Yadav' }, { name: 'Sunita Yadav', fatherName: 'Ramesh Yadav' })).toBe('token subset');
    expect(level("father's name", { name: 'Yadav', fatherName: 'Yadav' }, { name: 'Yadav', fatherName: 'Yadav' })).toBe('exact');
  });
  it("father's name with relation in the name field", () => {
    expect(level("father's name", { fatherName: null, name: 'Sunita d/o Ramesh Yadav' }, {})).toBe('exact');
    expect(level("father's name", { fatherName: null }, {})).toBe('missing');
  });
  it('sex', () => {
    expect(level('sex', {}, {})).toBe('same');
    expect(level('sex', {}, { sex: 'male' })).toBe('different');
    expect(level('sex', {}, { sex: 'unknown' })).toBe('missing');
  });
  it('age in time: elapsed years added, estimated ages tolerated', () => {
    expect(level('age in time', {}, { ageYears: 13, refDate: '2023-01-01' })).toBe('within half a year');
    expect(level('age in time', {}, { ageYears: 13, refDate: '2023-09-01' })).toBe('within a year');
    expect(level('age in time', {}, { ageYears: 15, refDate: '2023-01-01', ageEstimated: true })).toBe('close');
    expect(level('age in time', {}, { ageYears: 16, refDate: '2020-06-01' })).toBe('inconsistent');
    expect(level('age in time', { dob: '2010-05-05' }, { dob: '2010-05-05' })).toBe('same date of birth');
  });
  it('time missing: from the report to the admission, in days', () => {
    expect(level('time missing', {}, { refDate: '2020-01-20' })).toBe('within a month');
    expect(level('time missing', {}, { refDate: '2020-05-01' })).toBe('within six months');
    expect(level('time missing', {}, { refDate: '2021-06-01' })).toBe('within two years');
    expect(level('time missing', {}, { refDate: '2024-01-01' })).toBe('longer');
    expect(level('time missing', {}, { refDate: null })).toBe('missing');
  });
  it('place levels', () => {
    expect(level('place', {}, {})).toBe('same village');
    expect(level('place', {}, { village: 'पटना नगर', policeStation: 'सदर' })).toBe('same police station');
    expect(level('place', {}, { village: null, policeStation: null })).toBe('same district');
    expect(level('place', {}, { village: null, policeStation: null, district: 'Nalanda' })).toBe('neighbouring district');
    expect(level('place', {}, { village: null, policeStation: null, district: 'Gaya' })).toBe('same state');
    expect(level('place', {}, { village: null, policeStation: null, district: 'Madurai', state: 'Tamil Nadu' })).toBe('different place');
  });
  it('languages, height after growth, complexion', () => {
    expect(level('languages', {}, { languages: ['हिंदी', 'Bhojpuri'] })).toBe('shared language');
    expect(level('languages', {}, { languages: ['Tamil'] })).toBe('no shared language');
    expect(level('height', {}, { heightCm: 148, refDate: '2023-01-01' })).toBe('close after growth');
    expect(level('height', {}, { heightCm: 131, refDate: '2023-01-01' })).toBe('far');
    expect(level('complexion', {}, { complexion: 'गोरा' })).toBe('same');
    expect(level('complexion', {}, { complexion: 'dark' })).toBe('different');
  });
  it('identification marks in English and Hindi', () => {
    expect(parseMarks('बाएँ गाल पर तिल, scar on right hand')).toEqual([
      { type: 'mole', part: 'cheek', side: 'left' },
      { type: 'scar', part: 'hand', side: 'right' },
    ]);
    expect(parseMarks('जलने का निशान दायां हाथ')).toEqual([{ type: 'burn', part: 'hand', side: 'right' }]);
    expect(markAgreement(parseMarks('mole left cheek'), parseMarks('बायां गाल तिल'))).toBe(3);
    expect(level('identification marks', {}, { marks: 'तिल दाएँ गाल पर' })).toBe('side conflict');
    expect(level('identification marks', {}, { marks: 'mole on cheek' })).toBe('same mark');
  });
});

describe('explanation', () => {
  it('bars and prior add up to the total; missing values weigh 0', () => {
    const params = defaultParameters(profile.comparisons);
    for (const other of [{}, { name: 'Suneeta', fatherName: null }, { sex: 'male' as const, district: 'Gaya', marks: null }]) {
      const e = explain(person({}), person(other), profile.comparisons, params, -15, ctx);
      const sum = e.prior + e.bars.reduce((s, b) => s + b.weight, 0);
      expect(Math.abs(sum - e.total)).toBeLessThan(0.01);
      expect(e.bars).toHaveLength(profile.comparisons.length);
      expect(e.probability).toBeCloseTo(1 / (1 + 2 ** -e.total), 10);
      for (const b of e.bars.filter((x) => x.level === 'missing')) expect(b.weight).toBe(0);
    }
  });
  it('a rare name weighs no more than its share of the index allows (at least one record)', () => {
    const params = defaultParameters(profile.comparisons);
    const nameWeight = (c: ScoringContext) => explain(person({}), person({ name: 'Suneeta Kumari' }), profile.comparisons, params, -15, c).bars.find((b) => b.concept === 'name')!;
    // The rarest possible ratio: "same key" u (0.002) × 0.001 would be 2·10⁻⁶, 16.5 bits.
    const unique = { share: () => 0, tfRatio: () => 0.0001 };
    expect(nameWeight(unique).level).toBe('same key');
    expect(nameWeight(unique).weight).toBeCloseTo(Math.log2(0.18 / (0.002 * 0.001)), 2);
    // In an index of 50,000 reports a name is on at least one: u ≥ 1 / 50,000, 13.1 bits.
    expect(nameWeight({ ...unique, count: 50_000 }).weight).toBeCloseTo(Math.log2(0.18 * 50_000), 2);
    // On 0.1 % of reports: u is at least 0.001, however the ratio falls.
    expect(nameWeight({ share: () => 0.001, tfRatio: () => 0.0001, count: 50_000 }).weight).toBeCloseTo(Math.log2(0.18 / 0.001), 2);
    // In a snapshot of five reports a name's share says little: the floor stops at the level's own u.
    expect(nameWeight({ share: () => 0.2, tfRatio: () => 0.0001, count: 5 }).weight).toBeCloseTo(Math.log2(0.18 / 0.002), 2);
  });
  it('every compared bar gives its reason as keys the review screen translates, and the English is made from them', () => {
    const params = defaultParameters(profile.comparisons);
    const others: Partial<PersonRecord>[] = [{}, { name: 'Suneeta Yadav', sex: 'male', village: null, policeStation: null, district: 'Gaya', complexion: 'dark', languages: ['Bengali'], marks: 'scar on right cheek' }];
    for (const other of others) {
      for (const bar of explain(person({}), person(other), profile.comparisons, params, -15, ctx).bars.filter((b) => b.level !== 'missing')) {
        expect(bar.because?.length, bar.concept).toBeGreaterThan(0);
        expect(bar.because!.every((p) => isMatchReasonKey(p.key))).toBe(true);
        expect(bar.reason).toBe(englishReason(bar.because!));
        expect(bar.reason).not.toMatch(/\{\{/);
      }
    }
    const name = explain(person({ name: 'Sunita Yadav' }), person({ name: 'Sunita' }), profile.comparisons, params, -15, ctx).bars.find((b) => b.concept === 'name')!;
    expect(name.because).toEqual([{ key: 'nameSubset' }, { key: 'nameShare', params: { name: 'sunita', percent: '0.10' } }]);
    expect(name.reason).toBe('all of the shorter name appears in the longer; "sunita" is on 0.10% of records');
  });
});

describe('hard filters', () => {
  const key = (over: Partial<PersonRecord>) => profile.filterKey!(person(over));
  it('excludes the other sex, a found date before the missing date and ages that cannot meet', () => {
    const report = key({});
    expect(profile.passes!(key({ refDate: '2021-01-01', ageYears: 11 }), report)).toBe(true);
    expect(profile.passes!(key({ refDate: '2021-01-01', ageYears: 11, sex: 'male' }), report)).toBe(false);
    expect(profile.passes!(key({ refDate: '2021-01-01', ageYears: 11, sex: 'unknown' }), report)).toBe(true);
    expect(profile.passes!(key({ refDate: '2019-01-01', ageYears: 9 }), report)).toBe(false);
    expect(profile.passes!(key({ refDate: '2021-01-01', ageYears: 4 }), report)).toBe(false);
    expect(profile.passes!(key({ refDate: '2021-01-01', ageYears: null, dob: null }), report)).toBe(true);
  });
});

describe('blocking tokens', () => {
  it('an unknown sex looks under both; village, police station, name+district and marks are tokens', () => {
    const q = profile.queryTokens(person({ sex: 'unknown' }), { df: () => 1, similarWords: () => [] });
    expect(q.some((t) => t.startsWith('ns:snt|female|'))).toBe(true);
    expect(q.some((t) => t.startsWith('ns:snt|male|'))).toBe(true);
    const r = profile.indexTokens(person({}));
    for (const t of ['v:rampur', 'p:sadar', 'nd:snt|patn', 'nt:snt|bihar']) expect(r).toContain(t);
    expect(r.some((t) => t.startsWith('mk:mole|cheek|left|female|'))).toBe(true);
    expect(r.some((t) => t.startsWith('ns:snt|male|'))).toBe(false);
  });
  it('a name in Tamil script (no voiced letters) meets its Latin spelling in the compound tokens', () => {
    const child = profile.queryTokens(person({ name: 'Abhilasa', fatherName: 'Yaduraj', district: 'Kancheepuram', state: 'Tamil Nadu' }), { df: () => 1, similarWords: () => [] });
    const report = profile.indexTokens(person({ name: 'அபிலாஸா', fatherName: 'யதுராஜ்', district: 'Kancheepuram', state: 'Tamil Nadu' }));
    const shared = report.filter((t) => child.includes(t)).map((t) => t.split(':')[0]);
    // The strict name tokens differ (abilas / apilas); sex and age band, father, district and state meet.
    expect(shared).toEqual(expect.arrayContaining(['l', 'ns', 'nf', 'fd', 'nd', 'nt']));
    expect(shared).not.toContain('n');
  });
});

describe('spelling fallback', () => {
  it('finds indexed names spelled like an unseen one, from the vocabulary instead of per-record trigrams', async () => {
    const { default: Database } = await import('better-sqlite3-multiple-ciphers');
    const { buildIndex } = await import('../../../src/main/matching/index-build');
    const { IndexReader } = await import('../../../src/main/matching/index-reader');
    const db = new Database(':memory:');
    buildIndex(db, profile, ['Sunita Kumari', 'Kamalakshi', 'Ramesh'].map((name, i) => ({ ...base, id: `r${i}`, name })));
    const reader = new IndexReader(db);
    expect(reader.similarWords('kamlaksi')[0]).toBe('kamalaksi');
    expect(reader.similarWords('sunitta')).toContain('sunit');
    expect(reader.similarWords('zzzz')).toEqual([]);
    expect(profile.indexTokens(person({})).some((t) => t.startsWith('t:'))).toBe(false);
  });
});
