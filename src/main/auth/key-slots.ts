/**
 * Key slots: the database key is random; it is stored only wrapped, once per user account
 * and once for the recovery key, each under a key derived from that secret with scrypt.
 * Any user's password opens the database and no password is stored anywhere. Changing a
 * password rewraps one slot. The file lives beside the database (it must be readable before
 * the database is open) and holds nothing but ciphertext and counters.
 */
import { existsSync, readFileSync } from 'node:fs';
import { randomBytes, scrypt as scryptCb, randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';
import { AppError } from '../../shared/api/errors';

const scrypt = promisify(scryptCb) as (pw: string | Buffer, salt: Buffer, len: number, opts: object) => Promise<Buffer>;

// 2^15 × 8 × 128 B = 32 MiB and ~0.1 s per derivation on these PCs: slow for a guesser, quick for a clerk.
const KDF = { N: 32768, r: 8, p: 1 } as const;

const slotSchema = z.object({
  id: z.string(),
  kind: z.enum(['user', 'recovery']),
  username: z.string().nullable(),
  salt: z.string(),
  N: z.number(),
  r: z.number(),
  p: z.number(),
  nonce: z.string(),
  wrappedKey: z.string(),
  failedAttempts: z.number(),
  lockedUntil: z.string().nullable(),
});
export type KeySlot = z.infer<typeof slotSchema>;

/**
 * Sign-in policy sits here, not in the database, because it is needed before the database
 * can be opened. It protects only against guessing at the login screen; the slots
 * themselves resist offline guessing through scrypt.
 */
const policySchema = z.object({ autoLockMinutes: z.number(), maxFailedLogins: z.number(), lockoutMinutes: z.number() });
export type SignInPolicy = z.infer<typeof policySchema>;
export const DEFAULT_POLICY: SignInPolicy = { autoLockMinutes: 10, maxFailedLogins: 5, lockoutMinutes: 15 };

// `label` is the institution's name, shown on the login screen before the database is open.
const fileSchema = z.object({ format: z.literal(1), databaseId: z.string(), label: z.string(), policy: policySchema, slots: z.array(slotSchema) });
type KeySlotFile = z.infer<typeof fileSchema>;

async function deriveWrappingKey(secret: string, slot: Pick<KeySlot, 'salt' | 'N' | 'r' | 'p'>): Promise<Buffer> {
  return scrypt(secret.normalize('NFC'), Buffer.from(slot.salt, 'base64'), 32, {
    N: slot.N,
    r: slot.r,
    p: slot.p,
    maxmem: 128 * slot.N * slot.r * 2,
  });
}

function aad(databaseId: string, slotId: string): Uint8Array {
  return new TextEncoder().encode(`homeward-keyslot:v1:${databaseId}:${slotId}`);
}

export class KeySlots {
  private constructor(
    private readonly path: string,
    private data: KeySlotFile,
  ) {}

  static exists(path: string): boolean {
    return existsSync(path);
  }

  static create(path: string, label: string): KeySlots {
    return new KeySlots(path, { format: 1, databaseId: randomUUID(), label, policy: { ...DEFAULT_POLICY }, slots: [] });
  }

  static load(path: string): KeySlots {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      throw new AppError('database_damaged', 'The key file (keys.json) in the data folder is damaged or unreadable. Restore it from a backup.');
    }
    const result = fileSchema.safeParse(parsed);
    if (!result.success) throw new AppError('database_damaged', 'The key file (keys.json) in the data folder is not in a format this version understands.');
    return new KeySlots(path, result.data);
  }

  /** The raw file, for backups (it holds only wrapped keys). */
  serialise(): string {
    return JSON.stringify(this.data, null, 2);
  }

  save(): void {
    writeFileAtomic(this.path, this.serialise());
  }

  get databaseId(): string {
    return this.data.databaseId;
  }

  get label(): string {
    return this.data.label;
  }

  setLabel(label: string): void {
    this.data.label = label;
  }

  get policy(): SignInPolicy {
    return { ...this.data.policy };
  }

  setPolicy(policy: SignInPolicy): void {
    this.data.policy = { ...policy };
  }

  find(kind: KeySlot['kind'], username: string | null): KeySlot | undefined {
    return this.data.slots.find((s) => s.kind === kind && s.username === username);
  }

  /** Wraps `dbKey` under `secret` into the slot for (kind, username), replacing any old one. */
  async put(kind: KeySlot['kind'], username: string | null, secret: string, dbKey: Uint8Array): Promise<void> {
    const slot: KeySlot = {
      id: randomUUID(),
      kind,
      username,
      salt: randomBytes(16).toString('base64'),
      ...KDF,
      nonce: '',
      wrappedKey: '',
      failedAttempts: 0,
      lockedUntil: null,
    };
    const wrapping = await deriveWrappingKey(secret, slot);
    const nonce = randomBytes(24);
    slot.nonce = nonce.toString('base64');
    slot.wrappedKey = Buffer.from(xchacha20poly1305(wrapping, nonce, aad(this.data.databaseId, slot.id)).encrypt(dbKey)).toString('base64');
    this.data.slots = [...this.data.slots.filter((s) => !(s.kind === kind && s.username === username)), slot];
  }

  /** The database key if `secret` opens the slot, else null. */
  async open(slot: KeySlot, secret: string): Promise<Uint8Array | null> {
    const wrapping = await deriveWrappingKey(secret, slot);
    try {
      return xchacha20poly1305(wrapping, Buffer.from(slot.nonce, 'base64'), aad(this.data.databaseId, slot.id)).decrypt(Buffer.from(slot.wrappedKey, 'base64'));
    } catch {
      return null;
    }
  }

  remove(kind: KeySlot['kind'], username: string | null): void {
    this.data.slots = this.data.slots.filter((s) => !(s.kind === kind && s.username === username));
  }

  recordFailure(slot: KeySlot, now: Date): void {
    slot.failedAttempts += 1;
    if (slot.failedAttempts >= this.data.policy.maxFailedLogins) {
      slot.lockedUntil = new Date(now.getTime() + this.data.policy.lockoutMinutes * 60_000).toISOString();
      slot.failedAttempts = 0;
    }
  }

  recordSuccess(slot: KeySlot): void {
    slot.failedAttempts = 0;
    slot.lockedUntil = null;
  }
}
