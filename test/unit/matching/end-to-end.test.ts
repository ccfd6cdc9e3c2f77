import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { FieldGenerator, scenario } from '../../../bench/matching/generate';
import { buildReportIndex, matchChildren } from '../../../src/main/matching/report-matching';

const shared = join(process.cwd(), '..', 'shared', 'data', 'names');

describe.skipIf(!existsSync(shared))('matching end to end', () => {
  it('ranks the true report first for most generated children, with progress', () => {
    const resourcesDir = process.cwd();
    const sc = scenario(new FieldGenerator(3, resourcesDir), 400, 60);
    const db = new Database(':memory:');
    expect(buildReportIndex(db, sc.reports(), { resourcesDir }).count).toBe(400);
    const progress: number[] = [];
    const results = matchChildren(db, sc.children, { resourcesDir, onProgress: (done) => progress.push(done) });
    expect(progress.at(-1)).toBe(60);
    const reported = results.filter((r) => sc.truth.get(r.childId));
    const first = reported.filter((r) => r.candidates[0]?.reportId === sc.truth.get(r.childId)).length;
    expect(first / reported.length).toBeGreaterThanOrEqual(0.85);
    const e = results[0]!.candidates[0]!.explanation;
    expect(e.bars.map((b) => b.concept)).toContain('age in time');
  });

  it('stops when cancelled', () => {
    const resourcesDir = process.cwd();
    const sc = scenario(new FieldGenerator(4, resourcesDir), 50, 5);
    const db = new Database(':memory:');
    buildReportIndex(db, sc.reports(), { resourcesDir });
    expect(() => matchChildren(db, sc.children, { resourcesDir, cancelled: () => true })).toThrow('cancelled');
  });
});
