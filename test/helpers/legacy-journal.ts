/**
 * Databases as older versions of Homeward left them, for upgrade tests. Today's code writes
 * journal format 2; `rewriteAsFormat1` turns a journal back into format 1 (the chain over the
 * content itself, no salts or digests), which is exactly what a database from before s.24
 * purges holds.
 */
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Sqlite } from '../../src/main/db/open';
import { GENESIS_HASH, legacyEntryHash, setJournalHead, storedBatch } from '../../src/main/journal/journal';

const FORMAT_2_COLUMNS = ['salt', 'content_digest', 'redacted_by'];

/** Re-chains every entry with format 1's rule; `dropColumns` also removes format 2's columns (a database from before schema 9). */
export function rewriteAsFormat1(db: Sqlite, opts: { dropColumns?: boolean } = {}): void {
  db.transaction(() => {
    const update = db.prepare('UPDATE journal SET salt = NULL, content_digest = NULL, prev_hash = ?, hash = ? WHERE seq = ?');
    let prev = GENESIS_HASH;
    let seq = 0;
    for (let batch = storedBatch(db, 1); batch.length; batch = storedBatch(db, seq + 1)) {
      for (const e of batch) {
        const hash = legacyEntryHash({ ...e, prevHash: prev });
        update.run(prev, hash, e.seq);
        prev = hash;
        seq = e.seq;
      }
    }
    setJournalHead(db, seq, prev);
  })();
  if (opts.dropColumns) for (const c of FORMAT_2_COLUMNS) db.exec(`ALTER TABLE journal DROP COLUMN ${c}`);
}

/**
 * The application's resources (migrations, reference data) as an older version had them: the
 * migrations before `beforeTag`. Today's journal writer needs format 2's columns, so the last
 * old migration adds them here; `rewriteAsFormat1(db, { dropColumns: true })` takes them away
 * again before the old database is handed to today's version.
 */
export function oldAppResources(beforeTag: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'homeward-old-app-'));
  cpSync(join(process.cwd(), 'migrations'), join(dir, 'migrations'), { recursive: true });
  const journalFile = join(dir, 'migrations', 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.filter((e) => e.tag < beforeTag);
  writeFileSync(journalFile, JSON.stringify(journal));
  const last = join(dir, 'migrations', `${journal.entries[journal.entries.length - 1]!.tag}.sql`);
  writeFileSync(last, `${readFileSync(last, 'utf8')}\n--> statement-breakpoint\n${FORMAT_2_COLUMNS.map((c) => `ALTER TABLE journal ADD ${c} text;`).join('\n--> statement-breakpoint\n')}\n`);
  symlinkSync(join(process.cwd(), 'resources'), join(dir, 'resources'));
  return dir;
}
