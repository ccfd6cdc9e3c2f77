/**
 * The s.24 proof: after the purge, no byte of the child's name — Latin or Devanagari, in
 * UTF-8 (what SQLite stores here) or UTF-16, composed or decomposed, in any case — nor of the
 * child's photo or scanned order remains anywhere in the database file or its write-ahead
 * log, read page by page with the key (free pages and old log frames included, which SQLite
 * itself would never show), nor in a backup made after the purge. Controls show the scanner
 * finds the same bytes before the purge, in a backup made before it, and in a purge that
 * skipped compaction — so the clean result is not a blind one.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeHeader } from '../../../src/main/backup/backup-format';
import { openEncrypted, type Sqlite } from '../../../src/main/db/open';
import { purgeChild } from '../../../src/main/purge/purge-child';
import { encodingsOf, findIn, plaintextPages } from '../../helpers/plaintext-pages';
import { runJob } from '../sync/sync-fixture';
import { childInput } from '../../helpers/backend';
import { admitCclChild, confirm, makeObservationHome, NAMES, PEOPLE, PHOTO, pdfNaming } from './purge-fixture';

const needles = [
  ...Object.values(NAMES).flatMap(encodingsOf),
  { label: 'the photo’s bytes', bytes: PHOTO.subarray(1000, 1064) },
  { label: 'the scanned order’s bytes', bytes: pdfNaming(`${NAMES.latin} ${NAMES.devanagari}`).subarray(0, 120) },
];

async function backupOf(t: Awaited<ReturnType<typeof makeObservationHome>>, outFile: string): Promise<Buffer[]> {
  await runJob(t, () => t.call('backup.create', { outFile }));
  const { offset } = decodeHeader(readFileSync(outFile).subarray(0, 1 << 20));
  return plaintextPages(outFile, t.backend.core.vault.databaseKey(), offset);
}

/** The purge's transaction alone, on a copy of the database from before it. */
function controlPurge(dir: string, name: string, key: Uint8Array, requestId: string, admissionNo: string, prepare: (db: Sqlite) => unknown) {
  const file = join(dir, `${name}.db`);
  copyFileSync(join(dir, 'before-purge.db'), file);
  const db = openEncrypted(file, key);
  prepare(db);
  db.transaction(() => purgeChild(db, { requestId, admissionNo, confirmer: { actor: { id: 'control', name: PEOPLE.admin2.username }, displayName: 'Control' } }, () => new Date()))();
  return { db, file };
}

describe('no byte of a purged child is left', { timeout: 180_000 }, () => {
  it('in the database file, its WAL, older copies or a later backup', async () => {
    const t = await makeObservationHome();
    const child = await admitCclChild(t);
    const db = t.backend.core.vault.db();
    const key = new Uint8Array(t.backend.core.vault.databaseKey());
    const dbFile = db.name;
    const out = mkdtempSync(join(tmpdir(), 'homeward-purge-out-'));

    // Controls: before the purge every needle is found — in the live file and WAL, and in a backup.
    expect(findIn(plaintextPages(dbFile, key), needles)).toEqual(expect.arrayContaining(['UTF-8 “ज़ोरावर क़ुर्बानलाल”', 'UTF-8 “Zorawar Qurbanlal”', 'the photo’s bytes', 'the scanned order’s bytes']));
    const before = await backupOf(t, join(out, 'before.hwbackup'));
    expect(findIn(before, needles)).toEqual(expect.arrayContaining(['UTF-8 “Zorawar Qurbanlal”', 'the photo’s bytes']));
    // An older copy Homeward keeps in the data folder (as before a schema upgrade).
    copyFileSync(dbFile, `${dbFile}.before-schema-9.bak`);

    t.session = t.as.clerk;
    const request = await t.call('purge.request', { childId: child.id, orderReference: 'JJB/PAT/2026/45', orderDate: '2026-11-20' });
    // A control copy of the database as it is now, for a purge without compaction (below).
    const controlDir = join(out, 'control');
    mkdirSync(controlDir);
    db.pragma('wal_checkpoint(TRUNCATE)');
    copyFileSync(dbFile, join(controlDir, 'before-purge.db'));

    const result = await confirm(t, t.as.admin2, request.id, child.admissionNo);
    expect(result).toMatchObject({ compacted: true, olderCopiesRemoved: 1 });
    expect(existsSync(`${dbFile}.before-schema-9.bak`)).toBe(false);

    // The WAL was folded back and cut to nothing; the file holds no needle on any page.
    expect(!existsSync(`${dbFile}-wal`) || statSync(`${dbFile}-wal`).size === 0).toBe(true);
    const pages = plaintextPages(dbFile, key);
    expect(pages.length).toBeGreaterThan(10);
    expect(findIn(pages, needles)).toEqual([]);
    // Work goes on after the purge: new writes (which use the WAL again) hold none either.
    t.session = t.as.admin;
    await t.call('children.admit', childInput({ admissionNo: 'OH-2026-099', name: 'New Boy', category: 'CCL' }));
    expect(statSync(`${dbFile}-wal`).size).toBeGreaterThan(0);
    expect(findIn(plaintextPages(dbFile, key), needles)).toEqual([]);

    const after = await backupOf(t, join(out, 'after.hwbackup'));
    expect(after.length).toBeGreaterThan(10);
    expect(findIn(after, needles)).toEqual([]);

    // Controls: the same erasure, but stopping short of what the purge does after it, leaves names in the file.
    // (a) The log not checkpointed: the old pages are still in the main file.
    const noCheckpoint = controlPurge(controlDir, 'a', key, request.id, child.admissionNo, (db) => db);
    expect(findIn(plaintextPages(noCheckpoint.file, key), needles)).toEqual(expect.arrayContaining(['UTF-8 “Zorawar Qurbanlal”']));
    noCheckpoint.db.close();
    // (b) Checkpointed, but deleted cells not overwritten (secure_delete off) and no VACUUM: freed space keeps them.
    const noVacuum = controlPurge(controlDir, 'b', key, request.id, child.admissionNo, (db) => db.pragma('secure_delete = OFF'));
    noVacuum.db.pragma('wal_checkpoint(TRUNCATE)');
    noVacuum.db.close();
    expect(findIn(plaintextPages(noVacuum.file, key), needles)).toEqual(expect.arrayContaining(['UTF-8 “Zorawar Qurbanlal”']));
  });
});
