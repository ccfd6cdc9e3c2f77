/**
 * Authentic packages that cannot be applied yet — a gap in the sequence, or a fork — are
 * kept aside as files with the reason beside them, never applied and never dropped — except
 * under an s.24 order: a package naming a child whose records were destroyed is deleted, and
 * its entry says so (s24-purges.ts). They live outside the database, so a quarantined package
 * changes none of the registry's data.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';

export interface Quarantined {
  officeId: string;
  seq: number;
  packageId: string;
  reason: 'sequence_gap' | 'fork';
  message: string;
  at: string;
  /** null once deleted under an s.24 order. */
  file: string | null;
  destroyed?: { order: string; at: string };
}

const baseName = (q: Pick<Quarantined, 'seq' | 'packageId'>) => `${String(q.seq).padStart(6, '0')}-${q.packageId}`;

export function quarantine(dir: string, source: string, q: Omit<Quarantined, 'file'>): Quarantined {
  const folder = join(dir, q.officeId);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `${baseName(q)}.hwpkg`);
  if (!existsSync(file)) copyFileSync(source, file);
  const entry = { ...q, file };
  writeFileAtomic(join(folder, `${baseName(q)}.json`), JSON.stringify(entry, null, 2));
  return entry;
}

export function quarantined(dir: string, officeId?: string): Quarantined[] {
  if (!existsSync(dir)) return [];
  const offices = officeId ? [officeId] : readdirSync(dir);
  return offices
    .flatMap((o) => (existsSync(join(dir, o)) ? readdirSync(join(dir, o)).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(dir, o, f), 'utf8')) as Quarantined) : []))
    .sort((a, b) => a.officeId.localeCompare(b.officeId) || a.seq - b.seq);
}

export type Kept = Quarantined & { file: string };

/** Whether the package itself is still held (not deleted under an s.24 order). */
export const isKept = (q: Quarantined): q is Kept => q.file !== null;

const entryFile = (q: Pick<Quarantined, 'officeId' | 'seq' | 'packageId'>, dir: string) => join(dir, `${baseName(q)}.json`);

export function release(q: Kept): void {
  rmSync(q.file, { force: true });
  rmSync(entryFile(q, dirname(q.file)), { force: true });
}

/** Deletes the package under an s.24 order, keeping its entry (the gap or fork it shows) with the order named. */
export function markDestroyed(q: Kept, order: string, now: Date): Quarantined {
  const entry: Quarantined = { ...q, file: null, destroyed: { order, at: now.toISOString() } };
  writeFileAtomic(entryFile(q, dirname(q.file)), JSON.stringify(entry, null, 2));
  rmSync(q.file, { force: true });
  return entry;
}
