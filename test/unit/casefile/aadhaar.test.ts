import { describe, expect, it } from 'vitest';
import { aadhaarInput, formatAadhaar, maskAadhaar, normaliseAadhaar, verhoeffCheckDigit, verhoeffValid } from '../../../src/shared/domain/aadhaar';

describe('Verhoeff check digit', () => {
  it('matches the published examples', () => {
    // Wikipedia's worked example: 236 → 3; and 12345 → 1.
    expect(verhoeffCheckDigit('236')).toBe(3);
    expect(verhoeffValid('2363')).toBe(true);
    expect(verhoeffCheckDigit('12345')).toBe(1);
    expect(verhoeffValid('123451')).toBe(true);
  });

  it('catches every single-digit error and every swap of neighbouring digits', () => {
    const good = '234123412346';
    expect(verhoeffValid(good)).toBe(true);
    for (let i = 0; i < good.length; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === good[i]) continue;
        expect(verhoeffValid(good.slice(0, i) + d + good.slice(i + 1))).toBe(false);
      }
      if (i + 1 < good.length && good[i] !== good[i + 1]) {
        expect(verhoeffValid(good.slice(0, i) + good[i + 1] + good[i] + good.slice(i + 2))).toBe(false);
      }
    }
  });
});

describe('Aadhaar numbers', () => {
  it('accepts the number as printed on the card, refuses wrong lengths and a leading 0 or 1', () => {
    expect(normaliseAadhaar('2341 2341 2346')).toBe('234123412346');
    expect(normaliseAadhaar('2341-2341-2346')).toBe('234123412346');
    expect(normaliseAadhaar('2341 2341 234')).toBeNull();
    const one = `11234123412${verhoeffCheckDigit('11234123412')}`;
    expect(verhoeffValid(one)).toBe(true);
    expect(normaliseAadhaar(one)).toBeNull();
  });

  it('masks all but the last four digits, as UIDAI does', () => {
    expect(maskAadhaar('234123412346')).toBe('XXXX XXXX 2346');
    expect(formatAadhaar('234123412346')).toBe('2341 2341 2346');
  });

  it('says what is wrong in the form', () => {
    expect(aadhaarInput.parse('')).toBeNull();
    expect(aadhaarInput.parse('XXXX XXXX 2346')).toBe('XXXX XXXX 2346');
    expect(aadhaarInput.safeParse('2341 2341 2347').error?.issues[0]?.message).toBe('Aadhaar check digit does not match');
    expect(aadhaarInput.safeParse('abcd').error?.issues[0]?.message).toBe('not a valid Aadhaar number');
  });
});
