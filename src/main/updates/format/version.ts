/**
 * Release versions are plain X.Y.Z (no pre-release tags): what `--version` takes, what
 * update.json carries and what the installed app reports. Compared numerically, so 0.10.0
 * is newer than 0.9.0.
 */
import { z } from 'zod';

const PART = '(0|[1-9][0-9]{0,5})';
const VERSION = new RegExp(`^${PART}\\.${PART}\\.${PART}$`);

export const versionSchema = z.string().regex(VERSION, { error: 'a version is three numbers, X.Y.Z' });

export function isVersion(text: string): boolean {
  return VERSION.test(text);
}

/** Negative when a is older than b, 0 when equal, positive when a is newer. Both must be X.Y.Z. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return 0;
}
