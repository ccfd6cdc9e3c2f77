/**
 * Restoring a backup made before an s.24 purge does not bring the child back: the restore
 * destroys the child again in the restored copy, from the tombstone of the database it
 * replaces, before the copy takes its place — and no byte of the name reaches the data folder.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { restoreBackup } from '../../../src/main/backup/restore-backup';
import { ADMIN, makeBackend } from '../../helpers/backend';
import { encodingsOf, findIn, plaintextPages } from '../../helpers/plaintext-pages';
import { runJob } from '../sync/sync-fixture';
import { admitCclChild, confirm, makeObservationHome, NAMES } from './purge-fixture';

describe('restoring a backup made before an s.24 purge', { timeout: 180_000 }, () => {
  it('destroys the child again before the restored database takes the place of the current one', async () => {
    const t = await makeObservationHome();
    const child = await admitCclChild(t);
    const key = new Uint8Array(t.backend.core.vault.databaseKey());
    const backupFile = join(mkdtempSync(join(tmpdir(), 'homeward-purge-backup-')), 'before.hwbackup');
    await runJob(t, () => t.call('backup.create', { outFile: backupFile }));
    const request = await t.call('purge.request', { childId: child.id, orderReference: 'JJB/PAT/2026/45', orderDate: '2026-11-20' }, t.as.clerk);
    const purge = await confirm(t, t.as.admin2, request.id, child.admissionNo);
    await t.backend.close();

    const result = await restoreBackup({ dataDir: t.dataDir, backupFile, migrationsDir: join(process.cwd(), 'migrations'), credentials: ADMIN, now: new Date() });
    expect(result).toMatchObject({ purgesReapplied: [child.admissionNo], children: 0 });
    const dbFile = join(t.dataDir, 'homeward.db');
    expect(findIn(plaintextPages(dbFile, key), Object.values(NAMES).flatMap(encodingsOf))).toEqual([]);

    const u = await makeBackend({ dataDir: t.dataDir });
    await u.login();
    expect((await u.fail('children.get', { id: child.id })).code).toBe('not_found');
    const { journalEntriesErased: _n, rowsDeleted: _r, olderCopiesRemoved: _o, compacted: _c, ...tombstone } = purge;
    expect(await u.call('purge.tombstones', {})).toEqual([expect.objectContaining(tombstone)]);
    const report = await u.call('audit.verify', {});
    expect(report).toMatchObject({ ok: true, problems: [], redactions: [expect.objectContaining({ purgeId: purge.id, orderReference: 'JJB/PAT/2026/45' })] });
  });
});
