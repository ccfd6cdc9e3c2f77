import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3-multiple-ciphers';
import { CURRENT_AGE_SQL, AGE_BAND_BOUNDS } from '../../src/main/children/age-sql';
import { AGE_BANDS, ageBandOf, currentAge } from '../../src/shared/domain/child';

describe('the current age in SQL', () => {
  it('agrees with currentAge() across birthdays, leap days and the IST date line', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE children (dob TEXT, age_years INTEGER, admitted_at TEXT)');
    const stmt = db.prepare(`SELECT ${CURRENT_AGE_SQL} AS age FROM children c`);
    const cases = [
      { dob: '2012-02-29', ageYears: null, admittedAt: '2020-01-01T00:00:00.000Z' },
      { dob: '2010-06-15', ageYears: null, admittedAt: '2020-01-01T00:00:00.000Z' },
      { dob: null, ageYears: 9, admittedAt: '2021-03-01T18:40:00.000Z' }, // 02-03-2021 00:10 IST
      { dob: null, ageYears: 12, admittedAt: '2024-12-31T19:00:00.000Z' },
      { dob: null, ageYears: null, admittedAt: '2024-01-01T00:00:00.000Z' },
    ];
    const todays = ['2024-02-28', '2024-02-29', '2024-03-01', '2024-06-14', '2024-06-15', '2025-03-01', '2025-03-02', '2026-11-28'];
    for (const c of cases) {
      db.prepare('DELETE FROM children').run();
      db.prepare('INSERT INTO children VALUES (?, ?, ?)').run(c.dob, c.ageYears, c.admittedAt);
      for (const today of todays) {
        const { age } = stmt.get({ today }) as { age: number | null };
        expect(age, `${JSON.stringify(c)} on ${today}`).toBe(currentAge(c, today));
      }
    }
  });

  it('has bounds for every age band that match ageBandOf', () => {
    for (const band of AGE_BANDS) {
      const [min, max] = AGE_BAND_BOUNDS[band]!;
      expect(ageBandOf(min)).toBe(band);
      expect(ageBandOf(Math.min(max, 40))).toBe(band);
    }
  });
});
