/** A real encrypted database in a temp folder, and the job context an import runs with. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEncrypted, type Sqlite } from '../../../src/main/db/open';
import { migrate } from '../../../src/main/db/migrate';
import { Geo } from '../../../src/main/reference/geo';
import type { JobContext } from '../../../src/main/jobs/job-context';
import { journalHead } from '../../../src/main/journal/journal';
import { importRegister } from '../../../src/main/children/register-file/import-register';
import { childImage, type ChildDbRow } from '../../../src/main/children/records';
import type { ChildInput } from '../../../src/shared/domain/child';

export const geo = Geo.load(process.cwd());
export const actor = { id: null, name: 'test clerk' };

export interface TestDb {
  db: Sqlite;
  ctx: JobContext;
  close(): void;
}

export function openTestDb(overrides: Partial<JobContext> = {}): TestDb {
  const dir = mkdtempSync(join(tmpdir(), 'hw-register-'));
  const file = join(dir, 'h.db');
  const db = openEncrypted(file, new Uint8Array(32).fill(7));
  migrate(db, join(process.cwd(), 'migrations'), file);
  const ctx: JobContext = { db, geo, now: () => new Date('2025-01-15T06:00:00Z'), progress: () => {}, cancelled: () => false, ...overrides };
  return {
    db,
    ctx,
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const importFile = (ctx: JobContext, fileName: string, data: string | Uint8Array) =>
  importRegister(ctx, { fileName, dataBase64: Buffer.from(data).toString('base64'), actor });

/** What the database holds, to prove a refused import changed nothing. */
export function dbState(db: Sqlite): { children: number; journal: { seq: number; hash: string } } {
  return { children: (db.prepare('SELECT count(*) AS n FROM children').get() as { n: number }).n, journal: journalHead(db) };
}

/** Every stored child as entered: without ids and timestamps, in admission-number order. */
export function storedChildren(db: Sqlite): ChildInput[] {
  const rows = db.prepare('SELECT * FROM children ORDER BY admission_no').all() as ChildDbRow[];
  return rows.map((r) => {
    const { id: _id, createdAt: _c, updatedAt: _u, ...input } = childImage(r);
    return input;
  });
}
