/**
 * Publishes the trust list: the registry's keys by role, every enrolled office with its
 * keys and their status, and every revoked key, signed by the root key. Each export is a
 * new, higher version, so an office can refuse an older list replayed to it.
 */
import { v7 as uuidv7 } from 'uuid';
import type { Sqlite } from '../db/open';
import { FORMAT_VERSION, type TrustManifest } from '../sync/format/manifest';
import { keyIdOf, minisignPublicKey } from '../sync/format/minisign';
import { sealManifest } from '../sync/format/sign-manifest';
import { writeContainer } from '../sync/format/write-container';
import { registryIdentity, registryPublicKeys, registryRecipient, registrySigningKey } from './registry-keys';

/** How long an office may rely on a trust list before it must get a newer one. */
export const TRUST_VALID_DAYS = 180;

const nonEmpty = <T>(list: T[]): [T, ...T[]] | undefined => (list.length ? (list as [T, ...T[]]) : undefined);

export async function exportTrust(db: Sqlite, outFile: string, now: Date): Promise<{ file: string; version: number }> {
  const root = registrySigningKey(db, 'root');
  const version = db.transaction(() => {
    db.prepare('UPDATE registry SET trust_version = trust_version + 1 WHERE id = 1').run();
    return registryIdentity(db).trustVersion;
  })();
  const { registryId, name } = registryIdentity(db);
  const offices = db.prepare('SELECT office_id, name, recipient FROM offices ORDER BY office_id').all() as { office_id: string; name: string; recipient: string }[];
  const keysOf = db.prepare('SELECT key_id, public_key, status FROM office_keys WHERE office_id = ? ORDER BY added_at, key_id');
  await writeContainer(outFile, {
    dataName: 'root.pub',
    data: Buffer.from(minisignPublicKey(root.publicKey), 'utf8'),
    mtime: now,
    seal: ({ size, sha256 }) => {
      const manifest: TrustManifest = {
        format: FORMAT_VERSION,
        kind: 'trust',
        packageId: uuidv7(),
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + TRUST_VALID_DAYS * 86_400_000).toISOString(),
        origin: { registryId, keyId: keyIdOf(root.publicKey) },
        version,
        registry: {
          registryId,
          name,
          root: { keyId: keyIdOf(root.publicKey), publicKey: Buffer.from(root.publicKey).toString('base64') },
          signing: registryPublicKeys(db, 'signing'),
          // Left out, not empty, for a registry without an update key: the list then reads as one written before update keys.
          update: nonEmpty(registryPublicKeys(db, 'update')),
          recipient: registryRecipient(db),
        },
        offices: offices.map((o) => ({
          officeId: o.office_id,
          name: o.name,
          signing: (keysOf.all(o.office_id) as { key_id: string; public_key: string; status: 'active' | 'retired' | 'revoked' }[]).map((k) => ({ keyId: k.key_id, publicKey: k.public_key, status: k.status })),
          recipient: o.recipient,
        })),
        revoked: (db.prepare(`SELECT key_id FROM office_keys WHERE status = 'revoked' ORDER BY key_id`).all() as { key_id: string }[]).map((k) => k.key_id),
        entries: [{ name: 'root.pub', size, sha256 }],
      };
      return sealManifest(manifest, root);
    },
  });
  return { file: outFile, version };
}
