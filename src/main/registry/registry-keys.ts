/**
 * The registry's identity and its keys, each for one role: root (trust lists), signing
 * (receipts and snapshots), encryption (what offices encrypt to) and update (update bundles).
 */
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../shared/api/errors';
import type { Sqlite } from '../db/open';
import { keyIdOf, newSigningKey, signingKeyFromSecret, type SigningKey } from '../sync/format/minisign';

export interface RegistryIdentity {
  registryId: string;
  name: string;
  trustVersion: number;
}

export function registryIdentity(db: Sqlite): RegistryIdentity {
  const r = db.prepare('SELECT registry_id, name, trust_version FROM registry WHERE id = 1').get() as { registry_id: string; name: string; trust_version: number } | undefined;
  if (!r) throw new AppError('database_damaged', 'The registry database has no identity.');
  return { registryId: r.registry_id, name: r.name, trustVersion: r.trust_version };
}

export async function initRegistryKeys(db: Sqlite, name: string, now: Date): Promise<RegistryIdentity> {
  const root = newSigningKey();
  const signing = newSigningKey();
  const update = newSigningKey();
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  const at = now.toISOString();
  const insert = db.prepare('INSERT INTO registry_keys (key_id, role, public_key, secret_key, created_at) VALUES (?, ?, ?, ?, ?)');
  db.transaction(() => {
    db.prepare('INSERT INTO registry (id, registry_id, name, trust_version, created_at) VALUES (1, ?, ?, 0, ?)').run(uuidv7(), name, at);
    for (const [role, key] of [['root', root], ['signing', signing], ['update', update]] as const) insert.run(keyIdOf(key.publicKey), role, Buffer.from(key.publicKey).toString('base64'), Buffer.from(key.secretKey), at);
    insert.run(keyIdOf(Buffer.from(recipient)), 'encryption', recipient, Buffer.from(identity), at);
  })();
  return registryIdentity(db);
}

/** Gives a registry made before update keys existed its update key (schema step 3). */
export function addUpdateKey(db: Sqlite, now: Date): void {
  const key = newSigningKey();
  db.prepare('INSERT INTO registry_keys (key_id, role, public_key, secret_key, created_at) VALUES (?, ?, ?, ?, ?)').run(
    keyIdOf(key.publicKey),
    'update',
    Buffer.from(key.publicKey).toString('base64'),
    Buffer.from(key.secretKey),
    now.toISOString(),
  );
}

export type SigningRole = 'root' | 'signing' | 'update';

interface KeyRow {
  key_id: string;
  public_key: string;
  secret_key: Buffer;
}

const keyRow = (db: Sqlite, role: SigningRole | 'encryption') =>
  db.prepare('SELECT key_id, public_key, secret_key FROM registry_keys WHERE role = ? ORDER BY created_at DESC LIMIT 1').get(role) as KeyRow;

export const registrySigningKey = (db: Sqlite, role: SigningRole): SigningKey => signingKeyFromSecret(new Uint8Array(keyRow(db, role).secret_key));
export const registryAgeIdentity = (db: Sqlite): string => keyRow(db, 'encryption').secret_key.toString('utf8');
export const registryRecipient = (db: Sqlite): string => keyRow(db, 'encryption').public_key;
export const registryPublicKeys = (db: Sqlite, role: SigningRole) =>
  (db.prepare('SELECT key_id, public_key FROM registry_keys WHERE role = ? ORDER BY created_at').all(role) as KeyRow[]).map((k) => ({ keyId: k.key_id, publicKey: k.public_key }));
