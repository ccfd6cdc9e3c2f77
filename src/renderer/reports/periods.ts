/** The quarters and months a report can be asked for: the recent ones, newest first. */
import { todayIst } from '../../shared/util/dates';

export function recentQuarters(n: number, now = new Date()): string[] {
  const [y, m] = todayIst(now).split('-').map(Number) as [number, number];
  let year = y;
  let q = Math.floor((m - 1) / 3) + 1;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(`${year}-Q${q}`);
    q -= 1;
    if (q === 0) [year, q] = [year - 1, 4];
  }
  return out;
}

export function recentMonths(n: number, now = new Date()): string[] {
  const [y, m] = todayIst(now).split('-').map(Number) as [number, number];
  return Array.from({ length: n }, (_, i) => {
    const k = y * 12 + (m - 1) - i;
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
}
