/**
 * This office's identity and keys: an Ed25519 key that signs what the office sends and an
 * X25519 age identity that opens what the registry sends back. Private keys live only in
 * the encrypted database (never journaled, never in a file). A rotation adds a 'pending'
 * pair that the next sync package announces; it becomes active when the registry's receipt
 * for that package arrives.
 */
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../../shared/api/errors';
import type { Sqlite } from '../../db/open';
import { fingerprintOf, keyIdOf, newSigningKey, signingKeyFromSecret, type SigningKey } from '../format/minisign';

interface KeyRow {
  key_id: string;
  purpose: 'signing' | 'encryption';
  public_key: string;
  secret_key: Buffer;
  status: 'active' | 'pending' | 'retired';
  created_at: string;
}

export interface OfficeIdentity {
  officeId: string;
  deviceId: string;
}

export function officeIdentity(db: Sqlite): OfficeIdentity | null {
  const row = db.prepare('SELECT office_id, device_id FROM sync_identity WHERE id = 1').get() as { office_id: string; device_id: string } | undefined;
  return row ? { officeId: row.office_id, deviceId: row.device_id } : null;
}

export function requireIdentity(db: Sqlite): OfficeIdentity {
  const id = officeIdentity(db);
  if (!id) throw new AppError('not_found', 'This office has no sync keys yet. An administrator can create them in Settings or with "homeward keys create".');
  return id;
}

type NewKeyRow = Omit<KeyRow, 'created_at'>;

// Key generation is async and a transaction is not: keys are made first, then stored in one go.
async function newKeyPair(status: KeyRow['status']): Promise<NewKeyRow[]> {
  const signing = newSigningKey();
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  return [
    { key_id: keyIdOf(signing.publicKey), purpose: 'signing', public_key: Buffer.from(signing.publicKey).toString('base64'), secret_key: Buffer.from(signing.secretKey), status },
    { key_id: keyIdOf(Buffer.from(recipient)), purpose: 'encryption', public_key: recipient, secret_key: Buffer.from(identity), status },
  ];
}

function insertKeys(db: Sqlite, rows: NewKeyRow[], at: string): void {
  const insert = db.prepare('INSERT INTO office_keys (key_id, purpose, public_key, secret_key, status, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  for (const r of rows) insert.run(r.key_id, r.purpose, r.public_key, r.secret_key, r.status, at);
}

/**
 * Creates the office id and first keys if there are none; returns whether it did. Runs at
 * sign-in, so installations set up before sync existed get keys without anyone asking.
 */
export async function ensureOfficeKeys(db: Sqlite, now: Date): Promise<boolean> {
  if (officeIdentity(db)) return false;
  const rows = await newKeyPair('active');
  const at = now.toISOString();
  return db.transaction(() => {
    if (officeIdentity(db)) return false;
    db.prepare('INSERT INTO sync_identity (id, office_id, device_id, created_at) VALUES (1, ?, ?, ?)').run(uuidv7(), uuidv7(), at);
    insertKeys(db, rows, at);
    return true;
  })();
}

export async function rotateOfficeKeys(db: Sqlite, now: Date): Promise<void> {
  requireIdentity(db);
  if (db.prepare(`SELECT 1 FROM office_keys WHERE status = 'pending'`).get()) {
    throw new AppError('conflict', 'A key rotation is already waiting for the registry’s receipt. Export a sync package and import its receipt first.');
  }
  const rows = await newKeyPair('pending');
  db.transaction(() => insertKeys(db, rows, now.toISOString()))();
}

const rowsWith = (db: Sqlite, purpose: KeyRow['purpose'], status: KeyRow['status']) =>
  db.prepare('SELECT * FROM office_keys WHERE purpose = ? AND status = ? ORDER BY created_at').all(purpose, status) as KeyRow[];

export function activeSigningKey(db: Sqlite): SigningKey {
  const row = rowsWith(db, 'signing', 'active')[0];
  if (!row) throw new AppError('not_found', 'This office has no active signing key. Run "homeward keys create".');
  return signingKeyFromSecret(new Uint8Array(row.secret_key));
}

export function activeRecipient(db: Sqlite): string {
  const row = rowsWith(db, 'encryption', 'active')[0];
  if (!row) throw new AppError('not_found', 'This office has no active encryption key. Run "homeward keys create".');
  return row.public_key;
}

/** Every age identity the office has held: a receipt may be encrypted to any of them. */
export function allAgeIdentities(db: Sqlite): string[] {
  return (db.prepare(`SELECT secret_key FROM office_keys WHERE purpose = 'encryption'`).all() as { secret_key: Buffer }[]).map((r) => r.secret_key.toString('utf8'));
}

export interface PendingKeys {
  keyIds: string[];
  signing: { keyId: string; publicKey: string };
  recipient: string;
}

export function pendingKeys(db: Sqlite): PendingKeys | null {
  const signing = rowsWith(db, 'signing', 'pending')[0];
  const encryption = rowsWith(db, 'encryption', 'pending')[0];
  if (!signing || !encryption) return null;
  return { keyIds: [signing.key_id, encryption.key_id], signing: { keyId: signing.key_id, publicKey: signing.public_key }, recipient: encryption.public_key };
}

/** The registry has acknowledged the announcement: the pending keys replace the active ones. Caller owns the transaction. */
export function promoteKeys(db: Sqlite, keyIds: readonly string[]): boolean {
  const pending = db.prepare(`SELECT key_id, purpose FROM office_keys WHERE status = 'pending' AND key_id IN (${keyIds.map(() => '?').join(',')})`).all(...keyIds) as { key_id: string; purpose: string }[];
  for (const p of pending) {
    db.prepare(`UPDATE office_keys SET status = 'retired' WHERE purpose = ? AND status = 'active'`).run(p.purpose);
    db.prepare(`UPDATE office_keys SET status = 'active' WHERE key_id = ?`).run(p.key_id);
  }
  return pending.length > 0;
}

export interface KeyView {
  keyId: string;
  purpose: 'signing' | 'encryption';
  status: 'active' | 'pending' | 'retired';
  /** Signing: the Ed25519 public key in base64; encryption: the age recipient. */
  publicKey: string;
  fingerprint: string;
  createdAt: string;
}

export function listKeys(db: Sqlite): KeyView[] {
  return (db.prepare('SELECT * FROM office_keys ORDER BY created_at, purpose DESC').all() as KeyRow[]).map((r) => ({
    keyId: r.key_id,
    purpose: r.purpose,
    status: r.status,
    publicKey: r.public_key,
    fingerprint: fingerprintOf(r.purpose === 'signing' ? Buffer.from(r.public_key, 'base64') : Buffer.from(r.public_key)),
    createdAt: r.created_at,
  }));
}
