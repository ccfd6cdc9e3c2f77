/**
 * Reports of a table as the engine reads them (JSON texts of MissingReport, parsed on the
 * index build's worker threads), a page at a time: better-sqlite3 cannot run the index
 * build's writes while an iterator holds the connection, so each page is read whole before
 * its reports are handed on.
 */
import type { Sqlite } from '../../db/open';

const PAGE = 2000;

export function* reportsOf(db: Sqlite, table: 'snapshot_staging' | 'snapshot_reports'): Generator<string> {
  const page = db.prepare(`SELECT rowid AS n, data FROM ${table} WHERE rowid > ? ORDER BY rowid LIMIT ${PAGE}`);
  for (let after = 0; ; ) {
    const rows = page.all(after) as { n: number; data: string }[];
    for (const r of rows) yield r.data;
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.n;
  }
}
