/**
 * `homeward-registry snapshot publish`: the open missing-child reports as a signed,
 * versioned, expiring snapshot, encrypted to every enrolled office (one age recipient each),
 * full or as a delta from an earlier version. Every publish is a new version, even with
 * nothing new: it renews the expiry and carries a fresh trust list.
 *
 * Reports are read only from the `reports` table and re-checked against the strict report
 * schema on the way out: nothing an office sent (children, including children in conflict
 * with law) can enter a snapshot. Spec: docs/formats/snapshot.md.
 */
import { join, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../shared/api/errors';
import type { Sqlite } from '../db/open';
import { encryptStream } from '../sync/format/age-stream';
import { APP_VERSION, FORMAT_VERSION } from '../sync/format/manifest';
import { keyIdOf } from '../sync/format/minisign';
import { sealManifest } from '../sync/format/sign-manifest';
import { headerLine } from '../sync/format/sync-payload';
import { writeContainer } from '../sync/format/write-container';
import { missingReportSchema } from '../snapshots/format/report-schema';
import { MAX_SNAPSHOT_RECIPIENTS, snapshotName, type SnapshotBinding, type SnapshotManifest } from '../snapshots/format/snapshot-manifest';
import { deletionLine, reportLine, trustLine } from '../snapshots/format/snapshot-payload';
import type { RegistryPaths } from './registry-db';
import { registryIdentity, registrySigningKey } from './registry-keys';
import { trustForSnapshot } from './snapshot-trust';

/** How long an office may match against a snapshot before it must import a newer one. */
export const SNAPSHOT_VALID_DAYS = 45;

/** Payload lines are handed to the encrypter in batches of about this many bytes. */
const BATCH_BYTES = 64 * 1024;

export interface Published {
  file: string;
  version: number;
  base: number | null;
  reports: number;
  deletions: number;
  recipients: number;
}

/** The current encryption key of every office with an active signing key. */
function officeRecipients(db: Sqlite): string[] {
  const rows = db
    .prepare(`SELECT DISTINCT recipient FROM offices o WHERE EXISTS (SELECT 1 FROM office_keys k WHERE k.office_id = o.office_id AND k.status = 'active') ORDER BY recipient`)
    .pluck()
    .all() as string[];
  if (rows.length === 0) throw new AppError('conflict', 'No office is enrolled, so nobody could open a snapshot. Enroll offices first.');
  if (rows.length > MAX_SNAPSHOT_RECIPIENTS) throw new AppError('conflict', `${rows.length} offices are enrolled; one snapshot can be encrypted to at most ${MAX_SNAPSHOT_RECIPIENTS}.`);
  return rows;
}

function latestVersion(db: Sqlite): number {
  return (db.prepare('SELECT max(version) FROM snapshots').pluck().get() as number | null) ?? 0;
}

/** The payload lines after the header: open reports (full), or changes since `base` (delta). */
function* reportLines(db: Sqlite, base: number | null, counts: SnapshotManifest['counts']): Generator<string> {
  const rows =
    base === null
      ? db.prepare(`SELECT report_id, status, data FROM reports WHERE status = 'open' ORDER BY report_id`).iterate()
      : db.prepare(`SELECT report_id, status, data FROM reports WHERE changed_in IS NULL OR changed_in > ? ORDER BY report_id`).iterate(base);
  for (const row of rows as IterableIterator<{ report_id: string; status: string; data: string }>) {
    if (row.status === 'traced') {
      counts.deletion += 1;
      yield deletionLine(row.report_id);
    } else {
      counts.report += 1;
      // Strict: a record of any other shape (a child, a CCL child) fails here and nothing is published.
      yield reportLine(missingReportSchema.parse(JSON.parse(row.data)));
    }
  }
}

async function* batched(lines: Iterable<string>): AsyncGenerator<Uint8Array> {
  let batch: string[] = [];
  let bytes = 0;
  for (const line of lines) {
    batch.push(line);
    bytes += line.length;
    if (bytes >= BATCH_BYTES) {
      yield Buffer.from(batch.join(''));
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length) yield Buffer.from(batch.join(''));
}

export async function publishSnapshot(db: Sqlite, paths: RegistryPaths, opts: { outDir: string; deltaFrom?: number; now: Date }): Promise<Published> {
  const { now } = opts;
  const base = opts.deltaFrom ?? null;
  if (base !== null && !db.prepare('SELECT 1 FROM snapshots WHERE version = ?').get(base)) {
    throw new AppError('not_found', `There is no published snapshot v${base} to make a delta from.`);
  }
  const recipients = officeRecipients(db);
  const key = registrySigningKey(db, 'signing');
  const version = latestVersion(db) + 1;
  const trust = await trustForSnapshot(db, paths.dir, now);
  const binding: SnapshotBinding = {
    format: FORMAT_VERSION,
    kind: 'snapshot',
    packageId: uuidv7(),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SNAPSHOT_VALID_DAYS * 86_400_000).toISOString(),
    origin: { registryId: registryIdentity(db).registryId, keyId: keyIdOf(key.publicKey) },
    version,
    base,
    trust: { version: trust.version, manifestSha256: trust.manifestSha256 },
    app: { version: APP_VERSION },
    recipients,
  };
  const counts: SnapshotManifest['counts'] = { report: 0, deletion: 0 };
  function* lines(): Generator<string> {
    yield headerLine(binding);
    yield trustLine(trust.parts);
    yield* reportLines(db, base, counts);
  }
  const outDir = resolve(opts.outDir);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, snapshotName(binding.origin.registryId, version, base));
  await writeContainer(file, {
    dataName: 'payload.age',
    data: await encryptStream(recipients, batched(lines())),
    mtime: now,
    seal: ({ size, sha256 }) => sealManifest({ ...binding, counts, entries: [{ name: 'payload.age', size, sha256 }] } satisfies SnapshotManifest, key),
    // Recorded before the rename (and taken back if it fails): a snapshot under its final name is always known here.
    beforeRename: () => {
      db.transaction(() => {
        db.prepare('UPDATE reports SET changed_in = ? WHERE changed_in IS NULL').run(version);
        db.prepare('INSERT INTO snapshots (version, package_id, base, file, reports, deletions, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
          version, binding.packageId, base, file, counts.report, counts.deletion, binding.createdAt, binding.expiresAt,
        );
      })();
      return () =>
        db.transaction(() => {
          db.prepare('UPDATE reports SET changed_in = NULL WHERE changed_in = ?').run(version);
          db.prepare('DELETE FROM snapshots WHERE version = ?').run(version);
        })();
    },
  });
  return { file, version, base, reports: counts.report, deletions: counts.deletion, recipients: recipients.length };
}
