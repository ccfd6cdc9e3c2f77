/**
 * Calendar arithmetic for deadlines, on Indian calendar days: "within one month of admission
 * on 31-01" is due on 28-02 (or 29-02), not on 03-03 as naive date overflow would say.
 */
import type { Duration } from '../../shared/domain/deadlines';
import { todayIst } from '../../shared/util/dates';

const DAY_MS = 86_400_000;

/** The Indian calendar day of an instant, or the day itself if given one. */
export const dayOf = (at: string) => (/^\d{4}-\d{2}-\d{2}$/.test(at) ? at : todayIst(new Date(at)));

export function addToDay(day: string, d: Duration): string {
  const [y, m, dd] = day.split('-').map(Number) as [number, number, number];
  const months = (d.months ?? 0) + m - 1;
  const year = y + Math.floor(months / 12);
  const month = ((months % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const base = Date.UTC(year, month, Math.min(dd, lastDay));
  return new Date(base + (d.days ?? 0) * DAY_MS).toISOString().slice(0, 10);
}

export function subtractFromDay(day: string, d: Duration): string {
  return addToDay(day, { months: -(d.months ?? 0), days: -(d.days ?? 0) });
}

export const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** Quarters of the calendar year, as the s.40(4) report counts them: "2026-Q3" is July to September. */
export function quarterOf(day: string): { id: string; first: string; last: string } {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const q = Math.floor((m - 1) / 3);
  const first = `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  return { id: `${y}-Q${q + 1}`, first, last: addToDay(addToDay(first, { months: 3 }), { days: -1 }) };
}
