import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/renderer/api/api-error';
import { en } from '../../../src/renderer/i18n/en';
import { hi } from '../../../src/renderer/i18n/hi';
import { describeError, translateFieldMessage } from '../../../src/renderer/i18n/messages';
import { childInputSchema } from '../../../src/shared/domain/child';
import { fieldErrors } from '../../../src/shared/api/errors';
import { monthRangeSchema } from '../../../src/shared/domain/reports';

let tHi: TFunction;
let tEn: TFunction;

beforeAll(async () => {
  const make = async (lng: string) => {
    const i = i18next.createInstance();
    await i.init({ resources: { en: { translation: en }, hi: { translation: hi } }, lng, interpolation: { escapeValue: false } });
    return i.t;
  };
  tHi = await make('hi');
  tEn = await make('en');
});

describe('field messages from the shared schemas', () => {
  it('translates the known ones, with their numbers', () => {
    expect(translateFieldMessage(tHi, 'required')).toBe('आवश्यक है');
    expect(translateFieldMessage(tHi, 'at most 200 characters')).toBe('अधिकतम 200 अक्षर');
    expect(translateFieldMessage(tHi, 'a date as dd-mm-yyyy')).toBe(hi.fieldMsg.date);
    expect(translateFieldMessage(tEn, 'six digits')).toBe('Six digits');
    expect(translateFieldMessage(tHi, 'Too small: expected number to be >=1')).toBe('कम से कम 1');
  });

  it('knows what a span of months backwards or over two years is refused with', () => {
    const backwards = monthRangeSchema.safeParse({ from: '2026-11', to: '2026-06' });
    const tooLong = monthRangeSchema.safeParse({ from: '2024-01', to: '2026-12' });
    expect(backwards.success || translateFieldMessage(tHi, backwards.error.issues[0]!.message)).toBe('पहले महीने से पहले');
    expect(tooLong.success || translateFieldMessage(tHi, tooLong.error.issues[0]!.message)).toBe('अधिकतम 24 महीने');
    expect(tooLong.success || translateFieldMessage(tEn, tooLong.error.issues[0]!.message)).toBe('At most 24 months');
    expect(monthRangeSchema.safeParse({ from: '2024-12', to: '2026-11' }).success).toBe(true);
  });

  it('falls back to the text it does not know', () => {
    expect(translateFieldMessage(tHi, 'something new from the server')).toBe('something new from the server');
  });

  it('knows every message childInputSchema gives for an empty form', () => {
    const r = childInputSchema.safeParse({ admissionNo: '', name: '', sex: '', category: '', admittedAt: 'x', dob: null, ageYears: Number.NaN });
    expect(r.success).toBe(false);
    if (r.success) return;
    for (const [path, message] of Object.entries(fieldErrors(r.error))) {
      expect(translateFieldMessage(tHi, message), `${path}: ${message}`).not.toBe(message);
    }
  });
});

describe('describeError', () => {
  it('says how long an account is locked when the server tells', () => {
    expect(describeError(tEn, new ApiError('account_locked', 'locked', { minutes: 15 }))).toContain('15 minutes');
    expect(describeError(tHi, new ApiError('wrong_password', 'wrong'))).toBe(hi.errors.wrong_password);
  });

  it('treats an unknown wire code as internal', () => {
    expect(ApiError.from({ code: 'strange', message: 'x' }).code).toBe('internal');
  });
});
