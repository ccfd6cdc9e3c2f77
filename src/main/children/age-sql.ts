/**
 * The child's current age computed inside SQLite, the same rule as currentAge() in
 * src/shared/domain/child.ts (a test holds the two together), so the register can filter by
 * age band, count and page without loading every child into JavaScript.
 */
const yearsBetween = (from: string, to: string) =>
  `((CAST(strftime('%Y', ${to}) AS INTEGER) - CAST(strftime('%Y', ${from}) AS INTEGER)) - (strftime('%m-%d', ${to}) < strftime('%m-%d', ${from})))`;

/** An SQL expression for the current age of children row `c`; `:today` is the IST date (yyyy-mm-dd). */
export const CURRENT_AGE_SQL = `(CASE
  WHEN c.dob IS NOT NULL THEN ${yearsBetween('c.dob', ':today')}
  WHEN c.age_years IS NOT NULL THEN c.age_years + max(0, ${yearsBetween(`date(c.admitted_at, '+330 minutes')`, ':today')})
END)`;

/** Inclusive age bounds of each band of AGE_BANDS. */
export const AGE_BAND_BOUNDS: Record<string, [number, number]> = {
  '0-5': [0, 5],
  '6-11': [6, 11],
  '12-14': [12, 14],
  '15-17': [15, 17],
  '18+': [18, 1000],
};
