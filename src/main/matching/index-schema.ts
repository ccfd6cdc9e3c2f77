/**
 * The matching index's tables. Postings are stored one row per token, the record ids packed
 * as a little-endian uint32 blob: a query reads a dozen rows, and a 1M-record import writes
 * a few million rows in token order instead of 15M scattered index entries.
 * Tokens are 32-bit FNV-1a hashes; a collision merges two rare tokens' postings, which only
 * adds candidates that scoring then rejects.
 */
import type Database from 'better-sqlite3-multiple-ciphers';

/** '' names the live index's tables; '_next' the ones a rebuild fills beside them. */
export type Tables = '' | '_next';
const tablesSql = (t: Tables) =>
  [
    `CREATE TABLE IF NOT EXISTS match_record${t} (id INTEGER PRIMARY KEY, source_id TEXT NOT NULL, payload TEXT NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS match_posting${t} (token INTEGER PRIMARY KEY, df INTEGER NOT NULL, ids BLOB NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS match_meta${t} (key TEXT PRIMARY KEY, value BLOB NOT NULL)`,
  ] as const;
const NAMES = ['match_record', 'match_posting', 'match_meta'] as const;

export const MATCHING_TABLES_SQL = tablesSql('');

/** The CREATE statements, for a drizzle custom migration or a test database. */
export function createMatchingTables(db: Database.Database): void {
  for (const sql of MATCHING_TABLES_SQL) db.exec(sql);
}

/**
 * Empty tables for a rebuild, beside the live index. A rebuild fills them in short
 * transactions, so a clerk's save is never kept waiting by an import; leftovers of a rebuild
 * that was killed are dropped here.
 */
export function createNextTables(db: Database.Database): void {
  dropNextTables(db);
  for (const sql of tablesSql('_next')) db.exec(sql);
}

export function dropNextTables(db: Database.Database): void {
  for (const name of NAMES) db.exec(`DROP TABLE IF EXISTS ${name}_next`);
}

/**
 * Makes the rebuilt index the live one: dropping and renaming tables, a few milliseconds
 * whatever the size. Call it inside the transaction that also swaps what the index was
 * built from, so that the two never disagree.
 */
export function swapInNextTables(db: Database.Database): void {
  // The index on source_id that migration 0004 created goes with the old table: nothing reads by it.
  for (const name of NAMES) db.exec(`DROP TABLE IF EXISTS ${name}; ALTER TABLE ${name}_next RENAME TO ${name}`);
}

export function tokenHash(token: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    h ^= token.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
