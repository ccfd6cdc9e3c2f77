/** Dates relative to today, as a clerk types them: tests of deadlines need "admitted 70 days ago". */
const DAY = 86_400_000;

/** dd-mm-yyyy of the Indian date `days` from today (negative: in the past). */
export function istDate(days: number): string {
  const d = new Date(Date.now() + days * DAY + 330 * 60_000);
  return `${String(d.getUTCDate()).padStart(2, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${d.getUTCFullYear()}`;
}
