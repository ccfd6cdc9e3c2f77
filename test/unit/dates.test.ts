import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTimeIst, parseDate, parseDateTimeIst, todayIst, yearsBetween } from '../../src/shared/util/dates';
import { ageBandOf, childInputSchema, currentAge } from '../../src/shared/domain/child';
import { childInput } from '../helpers/backend';

describe('dates as Indian offices write them', () => {
  it('reads dd-mm-yyyy (with - / .) and ISO, and refuses impossible dates', () => {
    expect(parseDate('05-03-2024')).toBe('2024-03-05');
    expect(parseDate('5/3/2024')).toBe('2024-03-05');
    expect(parseDate('05.03.2024')).toBe('2024-03-05');
    expect(parseDate('2024-03-05')).toBe('2024-03-05');
    expect(parseDate('31-02-2024')).toBeNull();
    expect(parseDate('29-02-2023')).toBeNull();
    expect(parseDate('29-02-2024')).toBe('2024-02-29');
    expect(parseDate('03/05/24')).toBeNull();
    expect(formatDate('2024-03-05')).toBe('05-03-2024');
  });

  it('shows instants in IST and reads IST times back', () => {
    expect(formatDateTimeIst('2024-03-04T20:00:00.000Z')).toBe('05-03-2024 01:30');
    expect(parseDateTimeIst('05-03-2024 01:30')).toBe('2024-03-04T20:00:00.000Z');
    expect(parseDateTimeIst('05-03-2024')).toBe('2024-03-04T18:30:00.000Z');
    expect(parseDateTimeIst('05-03-2024 24:00')).toBeNull();
    expect(todayIst(new Date('2024-03-04T19:00:00Z'))).toBe('2024-03-05');
  });

  it('counts whole years birthday-aware', () => {
    expect(yearsBetween('2010-06-15', '2024-06-14')).toBe(13);
    expect(yearsBetween('2010-06-15', '2024-06-15')).toBe(14);
  });
});

describe('ages and the child schema', () => {
  it('takes the age from the date of birth, or the age at admission plus the years since', () => {
    expect(currentAge({ dob: '2012-01-01', ageYears: null, admittedAt: '2020-01-01T00:00:00Z' }, '2024-06-01')).toBe(12);
    expect(currentAge({ dob: null, ageYears: 10, admittedAt: '2021-03-01T00:00:00Z' }, '2024-06-01')).toBe(13);
    expect(currentAge({ dob: null, ageYears: null, admittedAt: '2021-03-01T00:00:00Z' }, '2024-06-01')).toBeNull();
    expect([0, 5, 6, 11, 12, 14, 15, 17, 18].map(ageBandOf)).toEqual(['0-5', '0-5', '6-11', '6-11', '12-14', '12-14', '15-17', '15-17', '18+']);
  });

  it('accepts a child born on the (Indian) day of admission, even admitted just after midnight IST', () => {
    const admittedJustAfterMidnightIst = '2024-01-01T18:40:00.000Z'; // 02-01-2024 00:10 IST
    expect(childInputSchema.safeParse(childInput({ dob: '2024-01-02', ageYears: null, admittedAt: admittedJustAfterMidnightIst })).success).toBe(true);
    expect(childInputSchema.safeParse(childInput({ dob: '2024-01-03', ageYears: null, admittedAt: admittedJustAfterMidnightIst })).success).toBe(false);
  });
});
