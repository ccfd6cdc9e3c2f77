/**
 * Sync figures: exporting 5,000 children with two photos each, and ingesting 100 packages
 * at the registry — time and peak memory for both. Export and ingest run in this process
 * (the export job's function, without a worker) so that the memory sampled is theirs.
 * Streaming shows as a peak that stays flat while the package grows: the same office is
 * exported at 1,000 and then 5,000 children (each package carries everything not yet
 * acknowledged; the second package's first 1,000 children are validated and skipped at
 * the registry, which already has them).
 */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBackend } from '../src/main/backend';
import { ChildrenService } from '../src/main/children/service';
import { Geo } from '../src/main/reference/geo';
import { generateChildren } from '../src/main/demo/generate-children';
import { Prng } from '../src/main/demo/prng';
import type { Sqlite } from '../src/main/db/open';
import { exportSyncPackage } from '../src/main/sync/office/export-package';
import { writeEnrollmentRequest } from '../src/main/sync/office/enrollment';
import { importTrust } from '../src/main/sync/office/trust-store';
import { createRegistryDb, registryPaths } from '../src/main/registry/registry-db';
import { initRegistryKeys } from '../src/main/registry/registry-keys';
import { enrollOffice } from '../src/main/registry/enroll';
import { exportTrust } from '../src/main/registry/trust-export';
import { ingestPackage } from '../src/main/registry/ingest';
import type { Row } from './table';

const root = process.cwd();
const PHOTO_BYTES = 30 * 1024;
const MB = 1024 * 1024;

function photo(seed: number): string {
  const head = Buffer.from('89504e470d0a1a0a0000000d49484452000000400000003008020000', 'hex');
  const body = Buffer.alloc(PHOTO_BYTES - head.length);
  const rng = new Prng(seed);
  for (let i = 0; i < body.length; i += 4) body.writeUInt32LE(Math.floor(rng.next() * 2 ** 32), i);
  return Buffer.concat([head, body]).toString('base64');
}

// JavaScript heap plus buffers: what would grow if a package were held in memory. (Resident
// size is not used: it never shrinks, and SQLite's page cache sits in it.)
const jsMemory = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};

/** Runs `work` while sampling memory every 20 ms; returns seconds and the peak. */
async function measure<T>(work: () => Promise<T>): Promise<{ seconds: number; peakMb: number; result: T }> {
  let peak = jsMemory();
  const timer = setInterval(() => (peak = Math.max(peak, jsMemory())), 20);
  const t = performance.now();
  try {
    const result = await work();
    return { seconds: (performance.now() - t) / 1000, peakMb: peak / MB, result };
  } finally {
    clearInterval(timer);
  }
}

const jobContext = (db: Sqlite) => ({ db, geo: null as never, now: () => new Date(), progress: () => undefined, cancelled: () => false });

async function office(dir: string) {
  const backend = await createBackend({ dataDir: join(dir, 'office'), resourcesDir: root, log: () => undefined });
  const inst = { name: 'Bench Home', type: 'childrens-home' as const, registrationNo: '', state: 'Bihar', district: 'Patna', address: '' };
  await backend.dispatch({ method: 'setup.create', input: { institution: inst, admin: { username: 'bench', displayName: 'Bench', password: 'bench password 1' } } }, 'direct');
  await backend.dispatch({ method: 'auth.login', input: { username: 'bench', password: 'bench password 1' } }, 'direct');
  return { backend, db: backend.core.vault.db() };
}

function admit(db: Sqlite, count: number, seed: number): void {
  const geo = Geo.load(root);
  const service = new ChildrenService(db, () => new Date(), geo);
  const actor = { id: null, name: 'bench' };
  const viewer = { userId: 'bench', canSeeCcl: true, canSeePhotos: true };
  // One outer transaction: the service's own transactions nest as savepoints, one fsync in all.
  db.transaction(() => {
    // The generator numbers admissions from 1 on every call; each batch gets its own prefix.
    const children = generateChildren(geo, { count, seed, today: new Date() }).map((c, i) => ({ ...c, admissionNo: `B${seed}-${i}` }));
    const ids = service.insertMany(children, actor);
    ids.forEach((id, i) => [0, 1].forEach((p) => service.addPhoto(id, 'image/png', photo(seed * 100_000 + i * 2 + p), actor, viewer)));
  })();
}

export async function syncBench(): Promise<Row[]> {
  const rows: Row[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'homeward-sync-bench-'));
  const paths = registryPaths(join(dir, 'registry'));
  const registry = await createRegistryDb(paths, 'Bench Registry', 'bench registry passphrase');
  await initRegistryKeys(registry, 'Bench Registry', new Date());

  const { backend, db } = await office(dir);
  await enrollOffice(registry, await writeEnrollmentRequest(db, dir, new Date()), new Date());
  const trust = join(dir, 'trust.hwpkg');
  await exportTrust(registry, trust, new Date());
  await importTrust(db, trust, { now: new Date() });

  for (const count of [1000, 5000]) {
    admit(db, count - (count === 5000 ? 1000 : 0), count);
    const out = mkdtempSync(join(dir, `export-${count}-`));
    const m = await measure(() => exportSyncPackage(jobContext(db), { outDir: out }));
    const size = statSync(m.result.file).size / MB;
    rows.push({ what: `Export ${count.toLocaleString('en-IN')} children + ${2 * count} photos (${size.toFixed(0)} MB)`, value: m.seconds, unit: 's', target: count === 5000 ? '< 60 s' : '' });
    rows.push({ what: `  peak JS heap + buffers`, value: m.peakMb, unit: 'MB', target: 'flat as the package grows' });
    const ingest = await measure(() => ingestPackage(registry, paths, m.result.file, { now: () => new Date() }));
    rows.push({ what: `Ingest that package at the registry`, value: ingest.seconds, unit: 's', target: '' });
    rows.push({ what: `  peak JS heap + buffers`, value: ingest.peakMb, unit: 'MB', target: 'flat as the package grows' });
  }
  // Acknowledged, as a receipt would be, so the next exports carry only what is new.
  db.prepare('UPDATE sync_packages SET acknowledged_at = ?').run(new Date().toISOString());

  // 100 small packages (10 children, 20 photos each), then ingested one after another.
  const files: string[] = [];
  for (let i = 0; i < 100; i++) {
    admit(db, 10, 9000 + i);
    files.push((await exportSyncPackage(jobContext(db), { outDir: dir })).file);
    db.prepare('UPDATE sync_packages SET acknowledged_at = ?').run(new Date().toISOString());
  }
  const hundred = await measure(async () => {
    for (const f of files) await ingestPackage(registry, paths, f, { now: () => new Date() });
  });
  rows.push({ what: 'Ingest 100 packages (10 children + 20 photos each)', value: hundred.seconds, unit: 's', target: '< 60 s' });
  rows.push({ what: '  peak JS heap + buffers', value: hundred.peakMb, unit: 'MB', target: '' });

  await backend.close();
  registry.close();
  return rows;
}
