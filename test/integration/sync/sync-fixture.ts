/** An office (a real backend) and a reference registry (in-process), enrolled with each other. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { JobEvent } from '../../../src/shared/api/contract';
import type { Sqlite } from '../../../src/main/db/open';
import { createRegistryDb, registryPaths, type RegistryPaths } from '../../../src/main/registry/registry-db';
import { initRegistryKeys } from '../../../src/main/registry/registry-keys';
import { enrollOffice } from '../../../src/main/registry/enroll';
import { exportTrust } from '../../../src/main/registry/trust-export';
import { childInput, makeBackend } from '../../helpers/backend';

export const REGISTRY_PASSPHRASE = 'registry passphrase for tests';

/** Bytes that pass the backend's image check: a PNG signature and IHDR, then filler. */
export function fakePng(size = 2048, seed = 1): Buffer {
  const head = Buffer.from('89504e470d0a1a0a0000000d49484452000000400000003008020000', 'hex');
  const body = Buffer.alloc(Math.max(0, size - head.length));
  for (let i = 0, x = seed; i < body.length; i++) body[i] = x = (x * 1103515245 + 12345) & 0xff;
  return Buffer.concat([head, body]);
}

export interface Registry {
  db: Sqlite;
  paths: RegistryPaths;
}

export async function makeRegistry(dir = mkdtempSync(join(tmpdir(), 'homeward-registry-'))): Promise<Registry> {
  const paths = registryPaths(dir);
  const db = await createRegistryDb(paths, 'Test Registry', REGISTRY_PASSPHRASE);
  await initRegistryKeys(db, 'Test Registry', new Date());
  return { db, paths };
}

export type Office = Awaited<ReturnType<typeof makeBackend>>;

export async function makeOffice(): Promise<Office> {
  const t = await makeBackend();
  await t.setup();
  await t.login();
  return t;
}

export async function trustFile(registry: Registry): Promise<string> {
  const file = join(registry.paths.dir, `trust-${Date.now()}-${Math.random()}.hwpkg`);
  await exportTrust(registry.db, file, new Date());
  return file;
}

export async function enroll(office: Office, registry: Registry): Promise<void> {
  const { file } = await office.call('keys.enrollmentRequest', { outDir: office.dataDir });
  await enrollOffice(registry.db, file, new Date());
  await office.call('trust.import', { dataBase64: readFileSync(await trustFile(registry)).toString('base64') });
}

export async function admitWithPhotos(office: Office, n: number, photos = 1): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const c = await office.call('children.admit', childInput({ admissionNo: `SY-${Date.now()}-${i}-${Math.random().toString(36).slice(2, 6)}` }));
    for (let p = 0; p < photos; p++) await office.call('children.addPhoto', { childId: c.id, mime: 'image/png', dataBase64: fakePng(2048, i * 10 + p).toString('base64') });
    ids.push(c.id);
  }
  return ids;
}

/** Runs a job method to its end and returns its result, or throws its error. */
export async function runJob<R>(office: Office, start: () => Promise<{ jobId: string }>): Promise<R> {
  const events: JobEvent[] = [];
  let wake = () => {};
  const unsubscribe = office.backend.subscribe(office.session!, (m) => {
    events.push(m.payload as JobEvent);
    wake();
  });
  try {
    const { jobId } = await start();
    for (;;) {
      const end = events.find((e) => e.jobId === jobId && e.state !== 'running');
      if (end) {
        if (end.state === 'done') return end.result as R;
        throw Object.assign(new Error(end.error?.message ?? 'job failed'), { api: end.error });
      }
      await new Promise<void>((ok) => (wake = ok));
    }
  } finally {
    unsubscribe();
  }
}

export const exportPackage = (office: Office, outDir = office.dataDir) =>
  runJob<{ file: string; seq: number; records: number }>(office, () => office.call('sync.export', { outDir }));

/** A digest of every row of every table: "nothing changed" means this is equal before and after. */
export function dbDigest(db: Sqlite): string {
  const h = createHash('sha256');
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[];
  for (const { name } of tables) {
    h.update(name);
    for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).iterate()) h.update(JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? v.toString('base64') : v)));
  }
  return h.digest('hex');
}
