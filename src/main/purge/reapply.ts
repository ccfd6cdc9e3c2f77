/**
 * A backup made before an s.24 purge still holds the child. Restoring it must not bring the
 * child back: the restore reads the tombstones of the database it is replacing (it opens with
 * the same key when it is the same installation — backups keep the database key) and destroys
 * those children again in the restored copy, before it takes the database's place. The journal
 * records the re-application (same tombstone, same id, so the registry takes it as the order it
 * already has). When the database being replaced is lost too, nothing here knows of the purge:
 * that limit is in docs/decisions.md.
 */
import { existsSync, rmSync } from 'node:fs';
import type { Tombstone } from '../../shared/domain/purge';
import { migrate } from '../db/migrate';
import { openEncrypted, type Sqlite } from '../db/open';
import { convertJournalFormat } from '../journal/convert-format';
import type { Actor } from '../journal/journal';
import { compactNow } from './compact';
import { destroyChild } from './purge-child';
import { listTombstones } from './tombstones';

/** The tombstones held in the database `file`, if it opens with `key`; none if it is absent, older than s.24 purges, or another installation's. */
export function tombstonesIn(file: string, key: Uint8Array): Tombstone[] {
  if (!existsSync(file)) return [];
  let db: Sqlite;
  try {
    db = openEncrypted(file, key, { readonly: true });
  } catch {
    return [];
  }
  try {
    if (!db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 's24_purges'`).get()) return [];
    return listTombstones(db).map(({ journalEntriesErased: _n, ...t }) => t);
  } finally {
    db.close();
  }
}

/**
 * Destroys again, in the restored database `db` (file `dbFile`), every child that one of
 * `tombstones` names. The copy is first brought to today's schema and journal format, which
 * the purge works on. Returns the admission numbers destroyed again.
 */
export function reapplyPurges(db: Sqlite, dbFile: string, migrationsDir: string, tombstones: readonly Tombstone[], actor: Actor, now: Date): string[] {
  const present = tombstones.filter((t) => db.prepare('SELECT 1 FROM children WHERE id = ?').get(t.childId));
  if (present.length === 0) return [];
  const upgraded = migrate(db, migrationsDir, dbFile);
  // The copy migrate keeps beside the file still holds the children: it goes.
  if (upgraded.backupFile) rmSync(upgraded.backupFile, { force: true });
  convertJournalFormat(db, now);
  db.pragma('secure_delete = ON');
  db.transaction(() => {
    for (const t of present) destroyChild(db, t, actor, now.toISOString());
  })();
  compactNow(db);
  return present.map((t) => t.admissionNo);
}
