import { randomBytes } from 'node:crypto';

// Crockford base32: no I, L, O, U, so a key copied by hand from paper reads back unambiguously.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new recovery key: 30 base32 characters (150 bits) in six groups of five. */
export function newRecoveryKey(): string {
  const bytes = randomBytes(30);
  const chars = [...bytes].map((b) => ALPHABET[b & 31]).join('');
  return chars.match(/.{5}/g)!.join('-');
}

/** Accepts the key as typed: any case, spaces or dashes, and the look-alikes O→0, I/L→1. */
export function normaliseRecoveryKey(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}
