/**
 * Opens the encrypted database (SQLite3 Multiple Ciphers in SQLCipher v4 mode) with a raw
 * 32-byte key. The key pragmas must come before anything else touches the file.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../shared/api/errors';

export type Sqlite = Database.Database;

export function applyKey(db: Sqlite, key: Uint8Array): void {
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`hexkey='${Buffer.from(key).toString('hex')}'`);
}

export function openEncrypted(file: string, key: Uint8Array, options: { readonly?: boolean } = {}): Sqlite {
  let db: Sqlite;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (e) {
    throw new AppError('database_damaged', `The database file cannot be opened (${(e as Error).message}).`);
  }
  try {
    applyKey(db, key);
    // The first real read is where a wrong key or a damaged header shows up.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // Case data: a committed write survives a power cut.
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Every page read from disk is decrypted: a 32 MB page cache keeps a register of
    // thousands of children decrypted in memory instead of re-decrypting it on each list.
    db.pragma('cache_size = -32000');
    return db;
  } catch (e) {
    db.close();
    if ((e as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new AppError('database_damaged', 'The database file is damaged or does not belong to these keys. Restore it from a backup.');
    }
    throw e;
  }
}

/** `PRAGMA integrity_check` as a list of problems (empty when the file is sound). */
export function integrityProblems(db: Sqlite): string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
}
