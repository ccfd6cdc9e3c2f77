/**
 * The enrollment request: the office's public keys and who it is, signed by its own signing
 * key (proof that it holds the private key), with the public key beside it as office.pub so
 * that the registry — or `minisign -V` — can check the signature before reading anything.
 */
import { join, resolve } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { Sqlite } from '../../db/open';
import { schemaVersion } from '../../db/migrate';
import { SettingsRepo } from '../../settings/settings';
import { APP_VERSION, FORMAT_VERSION, type EnrollmentManifest } from '../format/manifest';
import { keyIdOf, minisignPublicKey } from '../format/minisign';
import { enrollmentName } from '../format/package-names';
import { sealManifest } from '../format/sign-manifest';
import { writeContainer } from '../format/write-container';
import { activeRecipient, activeSigningKey, requireIdentity } from './office-keys';

export async function writeEnrollmentRequest(db: Sqlite, outDir: string, now: Date): Promise<string> {
  const identity = requireIdentity(db);
  const key = activeSigningKey(db);
  const institution = new SettingsRepo(db, () => now).institution();
  const pub = Buffer.from(minisignPublicKey(key.publicKey), 'utf8');
  const file = join(resolve(outDir), enrollmentName(identity.officeId));
  await writeContainer(file, {
    dataName: 'office.pub',
    data: pub,
    mtime: now,
    seal: ({ size, sha256 }) => {
      const manifest: EnrollmentManifest = {
        format: FORMAT_VERSION,
        kind: 'enrollment',
        packageId: uuidv7(),
        createdAt: now.toISOString(),
        origin: { ...identity, keyId: keyIdOf(key.publicKey) },
        office: { name: institution.name, type: institution.type, state: institution.state, district: institution.district },
        keys: { signing: { keyId: keyIdOf(key.publicKey), publicKey: Buffer.from(key.publicKey).toString('base64') }, recipient: activeRecipient(db) },
        app: { version: APP_VERSION, schema: schemaVersion(db) },
        entries: [{ name: 'office.pub', size, sha256 }],
      };
      return sealManifest(manifest, key);
    },
  });
  return file;
}
