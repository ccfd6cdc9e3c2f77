/**
 * Applies drizzle-kit's SQL migrations safely. drizzle's own migrate() runs inside a
 * transaction where `PRAGMA foreign_keys=OFF` is ignored, so a table rebuild silently
 * deletes ON DELETE CASCADE children (reproduced on this stack). Here:
 *   1. refuse a database written by a newer version (user_version > migrations known);
 *   2. take an encrypted backup (VACUUM INTO) before touching an existing database;
 *   3. turn foreign keys off outside the transaction, migrate in one transaction,
 *      run foreign_key_check before commit (a violation rolls everything back);
 *   4. foreign keys back on.
 */
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { join } from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { Sqlite } from './open';

export interface MigrationResult {
  from: number;
  to: number;
  backupFile: string | null;
}

export function schemaVersion(db: Sqlite): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Sqlite, migrationsFolder: string, dbFile: string): MigrationResult {
  const migrations = readMigrationFiles({ migrationsFolder });
  const from = schemaVersion(db);
  if (from > migrations.length) {
    throw new AppError(
      'database_newer',
      `This database was written by a newer version of Homeward (schema ${from}; this version knows up to ${migrations.length}). Install the newer version; nothing was changed.`,
      { databaseSchema: from, appSchema: migrations.length },
    );
  }
  if (from === migrations.length) return { from, to: from, backupFile: null };

  let backupFile: string | null = null;
  if (from > 0) {
    backupFile = join(dbFile + `.before-schema-${from + 1}.bak`);
    db.prepare('VACUUM INTO ?').run(backupFile);
  }

  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const m of migrations.slice(from)) {
        for (const statement of m.sql) {
          if (statement.trim()) db.exec(statement);
        }
      }
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) {
        throw new AppError('database_damaged', `The database update would break ${violations.length} links between records; it was rolled back and nothing was changed.`);
      }
      db.pragma(`user_version = ${migrations.length}`);
    })();
  } finally {
    db.pragma('foreign_keys = ON');
  }
  return { from, to: migrations.length, backupFile };
}
