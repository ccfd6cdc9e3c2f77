import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { FieldGenerator, scenario } from '../../../bench/matching/generate';
import { buildReportIndex, matchChildren } from '../../../src/main/matching/report-matching';

const shared = join(process.cwd(), '..', 'shared', 'data', 'names');
const jsonOf = (reports: Iterable<unknown>) => [...reports].map((r) => JSON.stringify(r));

describe.skipIf(!existsSync(shared))('matching end to end', () => {
  it('ranks the true report first for most generated children, with progress', async () => {
    const resourcesDir = process.cwd();
    const sc = scenario(new FieldGenerator(3, resourcesDir), 400, 60);
    const db = new Database(':memory:');
    expect((await buildReportIndex(db, jsonOf(sc.reports()), { resourcesDir })).count).toBe(400);
    const progress: number[] = [];
    const results = matchChildren(db, sc.children, { resourcesDir, onProgress: (done) => progress.push(done) });
    expect(progress.at(-1)).toBe(60);
    const reported = results.filter((r) => sc.truth.get(r.childId));
    const first = reported.filter((r) => r.candidates[0]?.reportId === sc.truth.get(r.childId)).length;
    expect(first / reported.length).toBeGreaterThanOrEqual(0.85);
    const e = results[0]!.candidates[0]!.explanation;
    expect(e.bars.map((b) => b.concept)).toContain('age in time');
  });

  it('stops when cancelled', async () => {
    const resourcesDir = process.cwd();
    const sc = scenario(new FieldGenerator(4, resourcesDir), 50, 5);
    const db = new Database(':memory:');
    await buildReportIndex(db, jsonOf(sc.reports()), { resourcesDir });
    expect(() => matchChildren(db, sc.children, { resourcesDir, cancelled: () => true })).toThrow('cancelled');
  });
});

describe('blocking selection', () => {
  it('keeps the best-scoring candidates when a common name touches more records than are kept', async () => {
    const { buildIndex } = await import('../../../src/main/matching/index-build');
    const { Matcher } = await import('../../../src/main/matching/matcher');
    const { childProfile } = await import('../../../src/main/matching/child-profile');
    const { DistrictAdjacency } = await import('../../../src/main/matching/places');
    const profile = childProfile(DistrictAdjacency.load(process.cwd()));
    const base = { aliases: [], sex: 'male' as const, dob: null, ageYears: 10, ageEstimated: false, refDate: '2020-01-01', fatherName: null, motherName: null, village: null, policeStation: null, state: 'Bihar', heightCm: null, complexion: null, marks: null, languages: [] };
    // 600 reports named Ramesh; every third one also in Patna with the father Suresh.
    const records = Array.from({ length: 600 }, (_, i) => ({ ...base, id: `r${i}`, name: 'Ramesh', district: i % 3 === 0 ? 'Patna' : 'Gaya', fatherName: i % 3 === 0 ? 'Suresh' : null }));
    const db = new Database(':memory:');
    buildIndex(db, profile, records);
    const m = new Matcher(db, profile);
    const got = m.candidates(profile.prepare({ ...base, id: 'q', name: 'Ramesh', district: 'Patna', fatherName: 'Suresh', refDate: '2021-01-01', ageYears: 11 }));
    expect(got).toHaveLength(profile.candidates);
    for (let i = 1; i < got.length; i++) expect(got[i - 1]!.blocking).toBeGreaterThanOrEqual(got[i]!.blocking);
    // The 200 Patna + Suresh reports share the most tokens: they are exactly the ones kept.
    expect(got.every((c) => (c.id - 1) % 3 === 0)).toBe(true);
  });
});
