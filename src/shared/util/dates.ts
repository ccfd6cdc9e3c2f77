/**
 * Dates as people in Indian offices write them (dd-mm-yyyy) and as Homeward stores them
 * (ISO yyyy-mm-dd for calendar dates, UTC ISO-8601 for instants). Display is in IST.
 */
const DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function valid(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Parses dd-mm-yyyy (also with / or .) or yyyy-mm-dd; returns ISO yyyy-mm-dd or null. */
export function parseDate(text: string): string | null {
  const s = text.trim();
  let m = DMY.exec(s);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return valid(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  m = ISO.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return valid(y, mo, d) ? s : null;
  }
  return null;
}

/** ISO yyyy-mm-dd → dd-mm-yyyy. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO.exec(iso.slice(0, 10));
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

const IST_OFFSET_MS = 330 * 60 * 1000;

/** An instant shown in IST as dd-mm-yyyy hh:mm. */
export function formatDateTimeIst(isoInstant: string | null | undefined): string {
  if (!isoInstant) return '';
  const t = Date.parse(isoInstant);
  if (Number.isNaN(t)) return isoInstant;
  const d = new Date(t + IST_OFFSET_MS);
  return `${pad(d.getUTCDate())}-${pad(d.getUTCMonth() + 1)}-${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** dd-mm-yyyy [hh:mm] (IST) or an ISO instant → UTC ISO instant; null if unreadable. */
export function parseDateTimeIst(text: string): string | null {
  const s = text.trim();
  if (!s) return null;
  const withTime = /^(.+?)[ T](\d{1,2}):(\d{2})$/.exec(s);
  const date = parseDate(withTime ? withTime[1]! : s);
  if (!date) {
    const t = Date.parse(s);
    return /\dT\d/.test(s) && !Number.isNaN(t) ? new Date(t).toISOString() : null;
  }
  const h = withTime ? Number(withTime[2]) : 0;
  const mi = withTime ? Number(withTime[3]) : 0;
  if (h > 23 || mi > 59) return null;
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi) - IST_OFFSET_MS).toISOString();
}

/** Today's calendar date in IST, as yyyy-mm-dd. */
export function todayIst(now: Date = new Date()): string {
  return new Date(now.getTime() + IST_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whole years between two ISO dates (birthday-aware). */
export function yearsBetween(fromIso: string, toIso: string): number {
  const [fy, fm, fd] = fromIso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = toIso.slice(0, 10).split('-').map(Number) as [number, number, number];
  let years = ty - fy;
  if (tm < fm || (tm === fm && td < fd)) years -= 1;
  return years;
}
