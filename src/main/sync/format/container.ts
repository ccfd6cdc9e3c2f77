/**
 * The container: one zip file with stored (uncompressed) entries and exactly three of them.
 * Every kind has manifest.json, its minisign signature, and one data entry: the encrypted
 * payload, or for self-introducing kinds the signer's public key.
 */
import type { PackageKind } from './manifest';

export const MANIFEST = 'manifest.json';
export const SIGNATURE = 'manifest.json.minisig';

export const DATA_ENTRY: Record<PackageKind, string> = {
  sync: 'payload.age',
  receipt: 'payload.age',
  enrollment: 'office.pub',
  trust: 'root.pub',
  snapshot: 'payload.age',
};

/** Size caps in code, independent of anything a package declares. */
export const LIMITS = {
  /** A whole sync package or snapshot (a zip64 file): thousands of children with photos, or millions of reports, fit well below it. */
  syncPackageBytes: 16 * 1024 ** 3,
  /** Receipts, enrollment requests and trust lists are small. */
  smallPackageBytes: 64 * 1024 ** 2,
  manifestBytes: 1024 * 1024,
  signatureBytes: 1024,
  publicKeyBytes: 1024,
  /** One NDJSON line of a payload: a 2 MB photo in base64 and its metadata fit. */
  payloadLineBytes: 4 * 1024 * 1024,
} as const;

export const packageLimitFor = (kind: PackageKind) => (kind === 'sync' || kind === 'snapshot' ? LIMITS.syncPackageBytes : LIMITS.smallPackageBytes);

export const entryLimitFor = (kind: PackageKind, name: string) =>
  name === MANIFEST ? LIMITS.manifestBytes : name === SIGNATURE ? LIMITS.signatureBytes : name === 'payload.age' ? packageLimitFor(kind) : LIMITS.publicKeyBytes;
