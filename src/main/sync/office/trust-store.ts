/**
 * The registry's trust list, as this office holds it. The first import pins the registry's
 * root key (checked against a fingerprint read out by the registry when one is given);
 * every later list must be signed by that root, be newer, and not have expired. The same
 * checks take the trust list that travels inside snapshots (importTrustFrom).
 */
import type { Sqlite } from '../../db/open';
import { trustManifestSchema, type TrustManifest } from '../format/manifest';
import { fingerprintOf, keyIdOf, parseMinisignPublicKey } from '../format/minisign';
import { withContainer, type OpenContainer } from '../format/read-container';
import { checkEntryHash, readSignedManifest } from '../format/signed-manifest';
import { refuse } from '../format/refusal';
import { officeIdentity } from './office-keys';

interface TrustRow {
  root_key_id: string;
  root_public_key: string;
  version: number;
  document: string;
  imported_at: string;
}

export function currentTrust(db: Sqlite): TrustManifest | null {
  const row = db.prepare('SELECT document FROM trust_list WHERE id = 1').get() as Pick<TrustRow, 'document'> | undefined;
  return row ? (JSON.parse(row.document) as TrustManifest) : null;
}

export function requireTrust(db: Sqlite): TrustManifest {
  const trust = currentTrust(db);
  if (!trust) refuse('not_enrolled', 'This office has not imported the registry’s trust list yet. Enroll the office, then import the trust list the registry sends back.');
  return trust;
}

export interface TrustSummary {
  registryId: string;
  registryName: string;
  version: number;
  expiresAt: string;
  rootFingerprint: string;
  /** Whether this office appears in the list with an active key. */
  enrolled: boolean;
}

export function summarise(db: Sqlite, trust: TrustManifest): TrustSummary {
  const me = officeIdentity(db)?.officeId;
  return {
    registryId: trust.registry.registryId,
    registryName: trust.registry.name,
    version: trust.version,
    expiresAt: trust.expiresAt,
    rootFingerprint: fingerprintOf(Buffer.from(trust.registry.root.publicKey, 'base64')),
    enrolled: trust.offices.some((o) => o.officeId === me && o.signing.some((k) => k.status === 'active')),
  };
}

const normaliseFingerprint = (s: string) => s.toLowerCase().replace(/[^0-9a-f]/g, '');

export interface TrustImportOptions {
  now: Date;
  expectRootFingerprint?: string;
}

export async function importTrust(db: Sqlite, file: string, opts: TrustImportOptions): Promise<TrustSummary> {
  return withContainer(file, 'trust', (c) => importTrustFrom(db, c, opts));
}

/** The same checks on a trust list already opened: a file, or the one carried inside a snapshot. */
export async function importTrustFrom(db: Sqlite, c: OpenContainer, opts: TrustImportOptions): Promise<TrustSummary> {
  const rootPub = await c.read(c.dataName);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(rootPub);
  } catch {
    return refuse('bad_signature', 'root.pub in the trust list is not a minisign public key.');
  }
  const root = parseMinisignPublicKey(text);
  const pinned = db.prepare('SELECT * FROM trust_list WHERE id = 1').get() as TrustRow | undefined;
  if (pinned && pinned.root_public_key !== Buffer.from(root).toString('base64')) {
    refuse('unknown_key', `This trust list is signed by a different root key (${keyIdOf(root)}) from the registry’s root key this office trusts (${pinned.root_key_id}).`);
  }
  if (!pinned && opts.expectRootFingerprint && normaliseFingerprint(opts.expectRootFingerprint) !== fingerprintOf(root)) {
    refuse('unknown_key', `The trust list’s root key has fingerprint ${fingerprintOf(root)}, not the ${opts.expectRootFingerprint} you were given. Do not import it; ask the registry.`);
  }
  const { manifest } = await readSignedManifest(c, trustManifestSchema, (keyId) =>
    keyId === keyIdOf(root) ? root : refuse('unknown_key', 'The trust list is not signed by the root key it carries.'),
  );
  await checkEntryHash(c, c.dataName, manifest.entries[0].sha256);
  if (manifest.registry.root.publicKey !== Buffer.from(root).toString('base64')) refuse('bad_manifest', 'The trust list names a different root key from the one that signed it.');
  if (pinned && manifest.version <= pinned.version) {
    refuse('stale_trust', `This trust list (version ${manifest.version}) is not newer than the one this office has (version ${pinned.version}).`);
  }
  if (Date.parse(manifest.expiresAt) <= opts.now.getTime()) refuse('stale_trust', `This trust list expired on ${manifest.expiresAt.slice(0, 10)}. Ask the registry for a current one.`);
  db.prepare(
    `INSERT INTO trust_list (id, root_key_id, root_public_key, version, document, imported_at) VALUES (1, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET version = excluded.version, document = excluded.document, imported_at = excluded.imported_at`,
  ).run(keyIdOf(root), Buffer.from(root).toString('base64'), manifest.version, JSON.stringify(manifest), opts.now.toISOString());
  return summarise(db, manifest);
}

/** The registry's key that signs receipts (and later snapshots), by key id. */
export function registrySigningKey(trust: TrustManifest, keyId: string): Uint8Array {
  const key = trust.registry.signing.find((k) => k.keyId === keyId);
  if (!key) refuse('unknown_key', `This package is signed by a key (${keyId}) that is not one of the registry’s signing keys in your trust list.`);
  if (trust.revoked.includes(keyId)) refuse('revoked_key', `This package is signed by a registry key (${keyId}) that has been revoked.`);
  return Buffer.from(key.publicKey, 'base64');
}
