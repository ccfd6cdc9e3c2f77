/**
 * The export job: every journal entry since the last acknowledged one, as a sync package
 * signed by this office and encrypted to the registry. Streamed end to end — journal rows,
 * photo bytes, age encryption, zip — so memory does not grow with the package. Entries not
 * yet acknowledged are sent again next time; the registry applies each entry once.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { statSync } from 'node:fs';
import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../../shared/api/errors';
import type { JobContext } from '../../jobs/job-context';
import { journalHead, readJournal } from '../../journal/journal';
import { schemaVersion } from '../../db/migrate';
import { encryptStream } from '../format/age-stream';
import { APP_VERSION, FORMAT_VERSION, GENESIS, type SyncManifest } from '../format/manifest';
import { keyIdOf } from '../format/minisign';
import { syncPackageName } from '../format/package-names';
import { sealManifest } from '../format/sign-manifest';
import { headerLine, type SyncBinding } from '../format/sync-payload';
import { refuse } from '../format/refusal';
import { writeContainer } from '../format/write-container';
import { activeSigningKey, pendingKeys, requireIdentity } from './office-keys';
import { recordFor } from './journal-records';
import { acknowledgedJournalTo, lastPackage } from './sync-ledger';
import { requireTrust } from './trust-store';

export interface ExportResult {
  file: string;
  seq: number;
  entries: number;
  records: number;
  bytes: number;
}

export async function exportSyncPackage(ctx: JobContext, input: { outDir: string }): Promise<ExportResult> {
  const { db } = ctx;
  const identity = requireIdentity(db);
  const trust = requireTrust(db);
  if (!trust.offices.some((o) => o.officeId === identity.officeId)) {
    refuse('not_enrolled', 'This office is not in the registry’s trust list yet. Send the enrollment request, then import the trust list the registry sends back.');
  }
  const key = activeSigningKey(db);
  const announce = pendingKeys(db);
  const from = acknowledgedJournalTo(db) + 1;
  const to = journalHead(db).seq;
  if (from > to && !announce) throw new AppError('conflict', 'Nothing to send: the registry has acknowledged every change.');
  const last = lastPackage(db);
  const now = ctx.now();
  const binding: SyncBinding = {
    format: FORMAT_VERSION,
    kind: 'sync',
    packageId: uuidv7(),
    createdAt: now.toISOString(),
    origin: { ...identity, keyId: keyIdOf(key.publicKey) },
    audience: trust.registry.registryId,
    seq: (last?.seq ?? 0) + 1,
    prev: last?.manifest_sha256 ?? GENESIS,
    journal: { from, to },
    app: { version: APP_VERSION, schema: schemaVersion(db) },
    baseSnapshot: null,
    recipients: [trust.registry.recipient],
    announce: announce && { signing: announce.signing, recipient: announce.recipient },
  };
  const counts: Required<SyncManifest['counts']> = { child: 0, photo: 0, setting: 0, tombstone: 0, match_decision: 0, movement: 0, jj_case: 0, case_entry: 0, hearing: 0, s24_purge: 0 };

  async function* plaintext(): AsyncGenerator<Uint8Array> {
    yield Buffer.from(headerLine(binding));
    for (const entry of readJournal(db, from)) {
      if (entry.seq > to) break;
      if (ctx.cancelled()) throw new AppError('cancelled', 'The export was cancelled; no package was written.');
      const record = recordFor(db, entry);
      if (record) {
        counts[record.type] += 1;
        yield Buffer.from(record.line);
      }
      ctx.progress('exporting', entry.seq - from + 1, to - from + 1);
    }
  }

  const file = join(resolve(input.outDir), syncPackageName(identity.officeId, binding.seq));
  let sealed: { manifest: Buffer } | null = null;
  await writeContainer(file, {
    dataName: 'payload.age',
    data: await encryptStream(binding.recipients, plaintext()),
    mtime: now,
    seal: ({ size, sha256 }) => {
      const manifest: SyncManifest = { ...binding, counts, entries: [{ name: 'payload.age', size, sha256 }] };
      return (sealed = sealManifest(manifest, key));
    },
    beforeRename: () => {
      const manifestSha256 = createHash('sha256').update(sealed!.manifest).digest('hex');
      db.prepare(
        `INSERT INTO sync_packages (package_id, seq, manifest_sha256, journal_from, journal_to, announced_keys, file, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(binding.packageId, binding.seq, manifestSha256, from, to, JSON.stringify(announce?.keyIds ?? []), file, binding.createdAt);
      return () => db.prepare('DELETE FROM sync_packages WHERE package_id = ?').run(binding.packageId);
    },
  });
  return { file, seq: binding.seq, entries: Math.max(0, to - from + 1), records: Object.values(counts).reduce((a, b) => a + b, 0), bytes: statSync(file).size };
}
