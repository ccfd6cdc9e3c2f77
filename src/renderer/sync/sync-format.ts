/** Small, pure helpers for the Sync page and the keys settings (tested without a browser). */
import { z } from 'zod';

/**
 * A full path: /media/usb, E:\ or E:/…, or \\server\share. A relative one would be resolved
 * against wherever the backend happens to run, which no clerk could find again.
 */
export const isFullPath = (p: string) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p);

/** The folder a package or request is written to, as the forms check it before sending. */
export const folderSchema = z.object({
  outDir: z.string().trim().min(1, { error: 'required' }).refine(isFullPath, { error: 'a full folder path' }),
});

/** A size as people read it: bytes, KB, MB or GB (1024-based, one decimal above KB). */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i += 1;
  }
  return `${v >= 100 || i === 0 ? Math.round(v) : v.toFixed(1)} ${units[i]}`;
}

/**
 * A fingerprint (hex) in groups of four, so it can be read out over the phone and compared
 * group by group; anything else (spaces, colons, case) is dropped first.
 */
export function groupFingerprint(hex: string): string {
  const clean = hex.replace(/[^0-9a-f]/gi, '').toLowerCase();
  return (clean.match(/.{1,4}/g) ?? []).join(' ');
}

/** The export job's result, if it has the expected shape. */
export interface ExportSummary {
  file: string;
  seq: number;
  entries: number;
  records: number;
  bytes: number;
}

export function exportSummary(result: unknown): ExportSummary | null {
  if (typeof result !== 'object' || result === null) return null;
  const r = result as Record<string, unknown>;
  const num = (k: string) => (typeof r[k] === 'number' ? r[k] : null);
  const [seq, entries, records, bytes] = [num('seq'), num('entries'), num('records'), num('bytes')];
  if (typeof r['file'] !== 'string' || seq === null || entries === null || records === null || bytes === null) return null;
  return { file: r['file'], seq, entries, records, bytes };
}

/** The folder last written to (usually the USB drive), remembered on this computer. */
const FOLDER_KEY = 'homeward.sync.lastFolder';

export function lastFolder(): string {
  try {
    return localStorage.getItem(FOLDER_KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberFolder(folder: string): void {
  try {
    localStorage.setItem(FOLDER_KEY, folder);
  } catch {
    // Storage may be unavailable; the field simply starts empty next time.
  }
}
