/** Calendar dates as decimal years and day numbers, for ages that move with elapsed time. */
const DAY_MS = 86_400_000;

export function dayNumber(iso: string | null): number {
  if (!iso) return NaN;
  const t = Date.parse(iso.slice(0, 10));
  return Number.isNaN(t) ? NaN : Math.floor(t / DAY_MS);
}

export function decimalYear(iso: string | null): number {
  const d = dayNumber(iso);
  return Number.isNaN(d) ? NaN : 1970 + d / 365.2425;
}
