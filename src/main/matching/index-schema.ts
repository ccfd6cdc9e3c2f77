/**
 * The matching index's tables. Postings are stored one row per token, the record ids packed
 * as a little-endian uint32 blob: a query reads a dozen rows, and a 1M-record import writes
 * a few million rows in token order instead of 15M scattered index entries.
 * Tokens are 32-bit FNV-1a hashes; a collision merges two rare tokens' postings, which only
 * adds candidates that scoring then rejects.
 */
import type Database from 'better-sqlite3-multiple-ciphers';

export const MATCHING_TABLES_SQL = [
  `CREATE TABLE IF NOT EXISTS match_record (id INTEGER PRIMARY KEY, source_id TEXT NOT NULL, payload TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS match_posting (token INTEGER PRIMARY KEY, df INTEGER NOT NULL, ids BLOB NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS match_meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)`,
] as const;

/** Built after a bulk import (building it during the insert is slower). */
export const MATCHING_SOURCE_INDEX_SQL = `CREATE INDEX IF NOT EXISTS match_record_source ON match_record(source_id)`;

/** The CREATE statements, for a drizzle custom migration or a test database. */
export function createMatchingTables(db: Database.Database): void {
  for (const sql of MATCHING_TABLES_SQL) db.exec(sql);
  db.exec(MATCHING_SOURCE_INDEX_SQL);
}

export function tokenHash(token: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    h ^= token.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
