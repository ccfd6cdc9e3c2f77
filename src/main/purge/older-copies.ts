/**
 * Whole copies of the database that Homeward itself left in the data folder: the copy taken
 * before each schema upgrade (db/migrate.ts), the database set aside by a restore
 * (backup/restore-backup.ts) and a database abandoned by an interrupted setup (auth/vault.ts).
 * They hold the child's records as they were, and cannot be purged in place (older schemas,
 * and a set-aside database may have other keys), so an s.24 purge deletes them. Backups
 * written elsewhere (USB sticks) are out of reach: the confirmation says so.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DB_FILE } from '../auth/vault';

const BEFORE_SCHEMA = new RegExp(`^${DB_FILE.replace('.', '\\.')}\\.before-schema-\\d+\\.bak$`);
const ABANDONED = new RegExp(`^${DB_FILE.replace('.', '\\.')}(-wal|-shm)?\\.abandoned-\\d+$`);
const SET_ASIDE = /^before-restore-/;

/** The older copies in `dataDir`: files, and folders set aside by restores. */
export function olderCopies(dataDir: string): string[] {
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir)
    .filter((name) => BEFORE_SCHEMA.test(name) || ABANDONED.test(name) || SET_ASIDE.test(name))
    .sort()
    .map((name) => join(dataDir, name));
}

export function removeOlderCopies(dataDir: string): string[] {
  const found = olderCopies(dataDir);
  for (const path of found) rmSync(path, { recursive: true, force: true });
  return found;
}
