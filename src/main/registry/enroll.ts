/**
 * Approving an enrollment request: the signature is checked with the office.pub it carries
 * (proof the office holds the private key) before the manifest is read. The administrator
 * compares the printed fingerprint with the one the office reads out before the office
 * appears in the next trust list.
 */
import { AppError } from '../../shared/api/errors';
import type { Sqlite } from '../db/open';
import { GENESIS, enrollmentManifestSchema } from '../sync/format/manifest';
import { fingerprintOf, keyIdOf, parseMinisignPublicKey } from '../sync/format/minisign';
import { withContainer } from '../sync/format/read-container';
import { refuse } from '../sync/format/refusal';
import { checkEntryHash, readSignedManifest } from '../sync/format/signed-manifest';

export interface Enrolled {
  officeId: string;
  name: string;
  keyId: string;
  fingerprint: string;
  alreadyEnrolled: boolean;
}

export async function enrollOffice(db: Sqlite, file: string, now: Date): Promise<Enrolled> {
  return withContainer(file, 'enrollment', async (c) => {
    let pub: Uint8Array;
    try {
      pub = parseMinisignPublicKey(new TextDecoder('utf-8', { fatal: true }).decode(await c.read(c.dataName)));
    } catch (e) {
      if (e instanceof AppError) throw e;
      return refuse('bad_signature', 'office.pub in the request is not a minisign public key.');
    }
    const { manifest } = await readSignedManifest(c, enrollmentManifestSchema, (keyId) =>
      keyId === keyIdOf(pub) ? pub : refuse('bad_signature', 'The request is not signed by the key it carries.'),
    );
    await checkEntryHash(c, c.dataName, manifest.entries[0].sha256);
    if (manifest.keys.signing.publicKey !== Buffer.from(pub).toString('base64')) refuse('bad_manifest', 'The request names a different signing key from the one that signed it.');
    const { officeId } = manifest.origin;
    const result = { officeId, name: manifest.office.name, keyId: keyIdOf(pub), fingerprint: fingerprintOf(pub) };
    const known = db.prepare('SELECT office_id, status FROM office_keys WHERE key_id = ?').get(result.keyId) as { office_id: string; status: string } | undefined;
    if (known) {
      if (known.office_id !== officeId || known.status === 'revoked') throw new AppError('conflict', `Key ${result.keyId} is already known here and cannot be enrolled again.`);
      return { ...result, alreadyEnrolled: true };
    }
    if (db.prepare('SELECT 1 FROM offices WHERE office_id = ?').get(officeId)) {
      throw new AppError('conflict', `Office ${officeId} is already enrolled with another key; a new key reaches the registry through a signed sync package (key rotation).`);
    }
    const at = now.toISOString();
    db.transaction(() => {
      db.prepare(
        'INSERT INTO offices (office_id, name, details, recipient, enrolled_at, last_seq, last_manifest_sha256, applied_journal_to, last_seen_at) VALUES (?, ?, ?, ?, ?, 0, ?, 0, NULL)',
      ).run(officeId, manifest.office.name, JSON.stringify(manifest.office), manifest.keys.recipient, at, GENESIS);
      db.prepare(`INSERT INTO office_keys (key_id, office_id, public_key, status, added_at) VALUES (?, ?, ?, 'active', ?)`).run(result.keyId, officeId, manifest.keys.signing.publicKey, at);
    })();
    return { ...result, alreadyEnrolled: false };
  });
}

export function revokeKey(db: Sqlite, keyId: string): { officeId: string } {
  const row = db.prepare('SELECT office_id FROM office_keys WHERE key_id = ?').get(keyId.toUpperCase()) as { office_id: string } | undefined;
  if (!row) throw new AppError('not_found', `No office key ${keyId} is enrolled here.`);
  db.prepare(`UPDATE office_keys SET status = 'revoked' WHERE key_id = ?`).run(keyId.toUpperCase());
  return { officeId: row.office_id };
}

/** The public key of an enrolled office key, or the reason it is not accepted. */
export function enrolledOfficeKey(db: Sqlite, keyId: string): { officeId: string; publicKey: Uint8Array } {
  const row = db.prepare('SELECT office_id, public_key, status FROM office_keys WHERE key_id = ?').get(keyId) as { office_id: string; public_key: string; status: string } | undefined;
  if (!row) refuse('unknown_key', `This package was signed by an office key (${keyId}) that is not enrolled with this registry.`);
  if (row.status === 'revoked') refuse('revoked_key', `This package was signed by an office key (${keyId}) that has been revoked.`);
  if (row.status === 'retired') refuse('revoked_key', `This package was signed by an office key (${keyId}) that the office has replaced with a newer one.`);
  return { officeId: row.office_id, publicKey: Buffer.from(row.public_key, 'base64') };
}
