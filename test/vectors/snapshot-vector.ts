/**
 * The snapshot vector (docs/formats/snapshot.md): a delta, version 2 from base 1, carrying
 * the trust vector as its trust line, one report and one deletion, encrypted to the office's
 * fixed age identity and signed by the registry's signing key.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../src/shared/util/canonical-json';
import { FORMAT_VERSION } from '../../src/main/sync/format/manifest';
import { keyIdOf, type SigningKey } from '../../src/main/sync/format/minisign';
import { sealManifest } from '../../src/main/sync/format/sign-manifest';
import { headerLine } from '../../src/main/sync/format/sync-payload';
import type { SnapshotBinding, SnapshotManifest } from '../../src/main/snapshots/format/snapshot-manifest';
import { deletionLine, reportLine, trustLine } from '../../src/main/snapshots/format/snapshot-payload';
import { missingReportSchema } from '../../src/main/snapshots/format/report-schema';

export interface SnapshotVectorInput {
  files: ReadonlyMap<string, Buffer>;
  signing: SigningKey;
  officeRecipient: string;
  registryId: string;
  createdAt: string;
  /** Writes payload.ndjson, payload.age and the sealed manifest under `dir` (build-vectors' putPackage). */
  putPackage(dir: string, plaintext: string, recipients: string[], seal: (d: { size: number; sha256: string }) => { manifest: Buffer; signature: string }): Promise<void>;
}

export async function snapshotVector(v: SnapshotVectorInput): Promise<void> {
  const trust = { manifest: v.files.get('trust/manifest.json')!, signature: v.files.get('trust/manifest.json.minisig')!.toString('utf8'), rootPub: v.files.get('trust/root.pub')!.toString('utf8') };
  const binding: SnapshotBinding = {
    format: FORMAT_VERSION, kind: 'snapshot', packageId: '019a0000-0000-7000-8000-0000000000a2', createdAt: v.createdAt, expiresAt: '2027-01-12T10:00:00.000Z',
    origin: { registryId: v.registryId, keyId: keyIdOf(v.signing.publicKey) }, version: 2, base: 1,
    trust: { version: 1, manifestSha256: createHash('sha256').update(trust.manifest).digest('hex') }, app: { version: '0.1.0' }, recipients: [v.officeRecipient],
  };
  const report = missingReportSchema.parse({
    report_id: 'MP/PAT/2025/0117', name: 'Sunita Kumari', aliases: ['Munni'], sex: 'female', age_years: 10, date_missing: '2025-11-01', father_name: 'Rameshwar Prasad',
    village: 'Rampur', police_station: 'Danapur', district: 'Patna', state: 'Bihar', fir_no: 'FIR 311/2025', height_cm: 128, complexion: 'wheatish',
    identification_marks: 'mole on left cheek', languages: ['Hindi', 'Bhojpuri'],
  });
  const plaintext = headerLine(binding) + trustLine(trust) + reportLine(report) + deletionLine('MP/GAY/2024/0042');
  // Checked here so that a change to canonical JSON cannot slip into the vector unnoticed.
  if (!plaintext.endsWith(`${canonicalJson({ reportId: 'MP/GAY/2024/0042', type: 'deletion' })}\n`)) throw new Error('deletion line is not canonical');
  await v.putPackage('snapshot', plaintext, [v.officeRecipient], (digest) =>
    sealManifest({ ...binding, counts: { report: 1, deletion: 1 }, entries: [{ name: 'payload.age', ...digest }] } satisfies SnapshotManifest, v.signing),
  );
}
