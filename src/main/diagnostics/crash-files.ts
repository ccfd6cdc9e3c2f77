/**
 * A crash file per crash, beside the log: which process, why, the exit code, the app version
 * and an error summary (class, code, frames; never a message). Electron's own crash reporter
 * is not started: its minidumps copy process memory, which holds the records on screen.
 * Only the newest `keep` files are kept.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import type { ErrorSummary } from './error-summary';

export interface CrashReport {
  process: 'main' | 'backend' | 'renderer' | 'gpu' | 'utility' | 'other';
  reason: string;
  exitCode: number | null;
  appVersion: string;
  error: ErrorSummary | null;
}

const CRASH_FILE = /^crash-[\d-]+T[\d-]+Z(?:-\d+)?\.json$/;

export function writeCrashFile(dir: string, report: CrashReport, at = new Date(), keep = 10): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const existing = new Set(readdirSync(dir));
  let name = `crash-${stamp}.json`;
  for (let n = 1; existing.has(name); n++) name = `crash-${stamp}-${n}.json`;
  const file = join(dir, name);
  writeFileAtomic(file, `${JSON.stringify({ at: at.toISOString(), ...report }, null, 2)}\n`);
  const crashes = readdirSync(dir).filter((f) => CRASH_FILE.test(f)).sort();
  for (const old of crashes.slice(0, Math.max(0, crashes.length - keep))) rmSync(join(dir, old), { force: true });
  return file;
}
