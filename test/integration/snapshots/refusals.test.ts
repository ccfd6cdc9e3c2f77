/**
 * Snapshots the office must refuse — older or the same version, expired, a delta without its
 * base, tampered, signed by a key of the wrong role — each with its reason, changing nothing;
 * and a cancelled import leaves the snapshot held whole.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { refusalOf, type RefusalCode } from '../../../src/main/sync/format/refusal';
import { MANIFEST, SIGNATURE } from '../../../src/main/sync/format/container';
import { signMinisign, type SigningKey } from '../../../src/main/sync/format/minisign';
import { trustedCommentFor } from '../../../src/main/sync/format/manifest';
import { registrySigningKey } from '../../../src/main/registry/registry-keys';
import { activeSigningKey } from '../../../src/main/sync/office/office-keys';
import { importSnapshot as importSnapshotJob } from '../../../src/main/snapshots/office/import-snapshot';
import { dbDigest, type Office, type Registry } from '../sync/sync-fixture';
import { entriesOf, writeTemp, zipOf } from '../sync/package-tools';
import { REPORTS_CSV, REPORTS_HEADER, enrolledPair, geo, importReports, importSnapshot, publish, snapshotDigest } from './snapshot-fixture';

let registry: Registry;
let office: Office;
let dir: string;
const files: Record<string, string> = {};
const DAY = 86_400_000;

async function refused(file: string, code: RefusalCode, message: RegExp): Promise<void> {
  const db = office.backend.core.vault.db();
  const before = dbDigest(db);
  const error = await importSnapshot(office, file).then(
    () => new Error('accepted'),
    (e: { api?: { details?: { refusal?: string }; message: string } }) => e,
  );
  const api = (error as { api?: { code: string; message: string; details?: Record<string, unknown> } }).api;
  expect(api?.details?.['refusal'], String((error as Error).message)).toBe(code);
  expect(api!.message).toMatch(message);
  expect(dbDigest(db)).toBe(before);
}

/** The same snapshot with its manifest signed again by another key. */
async function resigned(file: string, key: SigningKey, name: string): Promise<string> {
  const entries = await entriesOf(file);
  const manifest = entries.find((e) => e.name === MANIFEST)!.data;
  const packageId = (JSON.parse(manifest.toString('utf8')) as { packageId: string }).packageId;
  const signature = Buffer.from(signMinisign(key, manifest, trustedCommentFor('snapshot', packageId)));
  return writeTemp(dir, name, await zipOf(entries.map((e) => (e.name === SIGNATURE ? { ...e, data: signature } : e))));
}

async function flipped(file: string, entry: string, name: string): Promise<string> {
  const entries = await entriesOf(file);
  return writeTemp(dir, name, await zipOf(entries.map((e) => (e.name === entry ? { ...e, data: Buffer.from(e.data.map((b, i) => (i === e.data.length >> 1 ? b ^ 1 : b))) } : e))));
}

describe('snapshot refusals', { timeout: 400_000 }, () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'homeward-snap-bad-'));
    ({ registry, office } = await enrolledPair());
    await importReports(registry, REPORTS_CSV);
    files['v1'] = (await publish(registry)).file;
    files['v2'] = (await publish(registry)).file;
    files['v3'] = (await publish(registry, { deltaFrom: 2 })).file;
    files['v4'] = (await publish(registry, { now: new Date(Date.now() - 60 * DAY) })).file;
    files['v5'] = (await publish(registry, { deltaFrom: 4 })).file;
    await importSnapshot(office, files['v2']);
  });

  it('refuses an older snapshot and the same one again', async () => {
    await refused(files['v1']!, 'stale_snapshot', /This snapshot \(v1\) is older than the one you have \(v2\)/);
    await refused(files['v2']!, 'stale_snapshot', /This snapshot \(v2\) is the one you already have/);
  });

  it('refuses an expired snapshot, saying when it expired', async () => {
    await refused(files['v4']!, 'expired_snapshot', /This snapshot \(v4\) expired on \d{4}-\d{2}-\d{2}/);
  });

  it('refuses a delta whose base this office does not hold, naming the version it needs', async () => {
    await refused(files['v5']!, 'missing_base', /changes since v4, and this office has v2\. Import snapshot v4/);
  });

  it('refuses a tampered snapshot', async () => {
    await refused(await flipped(files['v3']!, 'payload.age', 'payload-flip.hwpkg'), 'payload_mismatch', /altered or damaged/);
    await refused(await flipped(files['v3']!, MANIFEST, 'manifest-flip.hwpkg'), 'bad_signature', /altered after it was signed/);
  });

  it('refuses a snapshot signed by the registry’s root key or by an office key', async () => {
    await refused(await resigned(files['v3']!, registrySigningKey(registry.db, 'root'), 'root-signed.hwpkg'), 'unknown_key', /not one of the registry’s signing keys/);
    await refused(await resigned(files['v3']!, activeSigningKey(office.backend.core.vault.db()), 'office-signed.hwpkg'), 'unknown_key', /not one of the registry’s signing keys/);
  });

  it('applies a delta on the base it holds', async () => {
    await expect(importSnapshot(office, files['v3']!)).resolves.toMatchObject({ version: 3, reports: 3 });
  });

  it('leaves the snapshot held whole when the import is cancelled at any point', async () => {
    // Enough reports for the reading and indexing phases to look at the cancel flag more than once.
    const many = Array.from({ length: 2500 }, (_, i) => `BULK/${i},Child ${i},,${i % 2 ? 'male' : 'female'},,${6 + (i % 10)},01-0${1 + (i % 9)}-2024,,,,,Patna,Bihar,,,,,`);
    await importReports(registry, [REPORTS_HEADER, ...many].join('\n'));
    const file = (await publish(registry)).file;
    const db = office.backend.core.vault.db();
    const before = snapshotDigest(db);
    // While the index is built, the job holds no transaction between batches: a clerk's save gets in.
    const transactionHeldWhileIndexing: boolean[] = [];
    for (const phase of ['reading', 'indexing', 'matching']) {
      let reached = false;
      const ctx = {
        db,
        geo,
        now: () => new Date(),
        progress: (p: string) => {
          if (p === 'indexing') transactionHeldWhileIndexing.push(db.inTransaction);
          reached ||= p === phase;
        },
        cancelled: () => reached,
      };
      const error = await importSnapshotJob(ctx, { file, resourcesDir: process.cwd() }).catch((e: unknown) => e);
      if (phase === 'matching') {
        // Cancelling the matching run keeps the new snapshot (and the matches of the last run).
        expect((await office.call('snapshots.status', {})).held?.version).toBe(6);
        break;
      }
      expect(refusalOf(error) ?? (error as { code?: string }).code, phase).toBe('cancelled');
      // The trust list it carries may already be taken in: it stands on its own root signature.
      expect(snapshotDigest(db), phase).toBe(before);
    }
    expect(transactionHeldWhileIndexing.length).toBeGreaterThan(2);
    expect(transactionHeldWhileIndexing.every((held) => !held)).toBe(true);
  });
});
