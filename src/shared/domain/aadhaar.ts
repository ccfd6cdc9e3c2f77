/**
 * Aadhaar numbers: 12 digits, the first not 0 or 1, the last a Verhoeff check digit (UIDAI).
 * The check catches every single-digit mistake and every swap of two neighbouring digits —
 * the two errors people make when copying a number from a card.
 */
import { z } from 'zod';

// The dihedral group D5: multiplication, the position permutation, and the inverse.
const D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
] as const;
const P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 7, 6, 8, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
] as const;
const INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9] as const;

function checksum(digits: string, withCheckDigit: boolean): number {
  let c = 0;
  const offset = withCheckDigit ? 0 : 1;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(digits.length - 1 - i) - 48;
    c = D[c]![P[(i + offset) % 8]![d]!]!;
  }
  return c;
}

/** The Verhoeff check digit to append to a string of digits. */
export function verhoeffCheckDigit(digits: string): number {
  return INV[checksum(digits, false)]!;
}

export function verhoeffValid(digits: string): boolean {
  return /^\d+$/.test(digits) && checksum(digits, true) === 0;
}

/** Spaces and dashes as printed on the card are allowed; returns the 12 digits or null. */
export function normaliseAadhaar(text: string): string | null {
  const digits = text.replace(/[\s-]/g, '');
  return /^[2-9]\d{11}$/.test(digits) && verhoeffValid(digits) ? digits : null;
}

/** XXXX XXXX 1234: the form UIDAI itself prints on masked Aadhaar. */
export function maskAadhaar(digits: string): string {
  return `XXXX XXXX ${digits.slice(-4)}`;
}

export const MASKED_AADHAAR = /^XXXX XXXX \d{4}$/;

export function formatAadhaar(digits: string): string {
  return `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}`;
}

/**
 * An Aadhaar number as typed: empty (none), twelve digits with a valid check digit, or the
 * masked form shown to someone who may not see the full number (meaning "keep what is stored").
 */
export const aadhaarInput = z
  .string()
  .max(20, { error: 'not a valid Aadhaar number' })
  .transform((s) => s.trim())
  .transform((s, ctx) => {
    if (s === '') return null;
    if (MASKED_AADHAAR.test(s)) return s;
    const digits = normaliseAadhaar(s);
    if (digits) return digits;
    ctx.addIssue({ code: 'custom', message: /^\d{12}$/.test(s.replace(/[\s-]/g, '')) ? 'Aadhaar check digit does not match' : 'not a valid Aadhaar number' });
    return z.NEVER;
  })
  .nullable()
  .default(null);
