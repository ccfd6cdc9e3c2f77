import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { FieldGenerator, scenario } from '../../../bench/matching/generate';
import { BATCH, buildIndex } from '../../../src/main/matching/index-build';
import { buildReportIndex, reportProfile } from '../../../src/main/matching/report-matching';
import { reportToPerson, type MissingReport } from '../../../src/main/matching/records';

const shared = join(process.cwd(), '..', 'shared', 'data', 'names');
const resourcesDir = process.cwd();

/** Everything the index holds, to compare two builds byte for byte. */
const contents = (db: Database.Database) => ({
  records: db.prepare('SELECT id, source_id, payload FROM match_record ORDER BY id').all(),
  postings: db.prepare('SELECT token, df, hex(ids) AS ids FROM match_posting ORDER BY token').all(),
  meta: db.prepare("SELECT key, hex(value) AS value FROM match_meta ORDER BY key").all(),
});

// Worker threads started from source load TypeScript through tsx: seconds each on a busy machine.
describe.skipIf(!existsSync(shared))('report index built on worker threads', { timeout: 180_000 }, () => {
  // More than the few batches that are prepared inline, so the workers really run.
  const reports = [...scenario(new FieldGenerator(8, resourcesDir), BATCH * 5 + 123, 1).reports()];
  const texts = reports.map((r) => JSON.stringify(r));

  it('holds exactly what the single-threaded build holds', async () => {
    const parallel = new Database(':memory:');
    const progress: number[] = [];
    expect((await buildReportIndex(parallel, texts, { resourcesDir, workers: 2, onProgress: (n) => progress.push(n) })).count).toBe(reports.length);
    expect(progress.at(-1)).toBe(reports.length);
    const serial = new Database(':memory:');
    buildIndex(serial, reportProfile(resourcesDir), reports.map((r: MissingReport) => reportToPerson(r)));
    expect(contents(parallel)).toEqual(contents(serial));
  });

  it('builds beside the live index without holding a transaction; a cancel drops what it built', async () => {
    const db = new Database(':memory:');
    await buildReportIndex(db, texts.slice(0, 50), { resourcesDir });
    const before = contents(db);
    let batches = 0;
    let openTransactions = 0;
    const build = buildReportIndex(db, texts, {
      resourcesDir,
      workers: 1,
      onProgress: () => {
        batches++;
        // Between batches the connection holds no transaction: another writer would get in.
        if (db.inTransaction) openTransactions++;
      },
      cancelled: () => batches >= 3,
    });
    await expect(build).rejects.toThrow('cancelled');
    expect(openTransactions).toBe(0);
    expect(contents(db)).toEqual(before);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name LIKE 'match_%_next'").pluck().get()).toBe(0);
  });
});
