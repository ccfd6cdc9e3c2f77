/**
 * Restores a backup into a data folder. Everything is checked on a temporary copy first
 * (hash, credentials, schema version, integrity, journal); children whose records were
 * destroyed under s.24 after the backup was made are destroyed again in that copy
 * (purge/reapply.ts); only then is the current database moved aside (never deleted) and the
 * restored one renamed into place.
 */
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, existsSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { AppError } from '../../shared/api/errors';
import { fsyncDir, tempNameFor, writeFileAtomic } from '../fs/atomic-write';
import { integrityProblems, openEncrypted } from '../db/open';
import { schemaVersion } from '../db/migrate';
import { KeySlots } from '../auth/key-slots';
import { DB_FILE, KEYS_FILE } from '../auth/vault';
import { normaliseRecoveryKey } from '../auth/recovery-key';
import { verifyJournal } from '../journal/verify';
import { decodeHeader, MAX_HEADER, BACKUP_MAGIC } from './backup-format';
import { reapplyPurges, tombstonesIn } from '../purge/reapply';

export type RestoreCredentials = { username: string; password: string } | { recoveryKey: string };

function readStart(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(BACKUP_MAGIC.length + 4 + MAX_HEADER);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

export async function restoreBackup(options: {
  dataDir: string;
  backupFile: string;
  migrationsDir: string;
  credentials: RestoreCredentials;
  now: Date;
  onProgress?: (done: number, total: number) => void;
}): Promise<{ movedAsideTo: string | null; children: number; purgesReapplied: string[] }> {
  if (!existsSync(options.backupFile)) throw new AppError('not_found', `There is no file at ${options.backupFile}.`);
  const { header, offset } = decodeHeader(readStart(options.backupFile));
  const known = readMigrationFiles({ migrationsFolder: options.migrationsDir }).length;
  if (header.schemaVersion > known) throw new AppError('database_newer', `This backup was made by a newer version of Homeward (schema ${header.schemaVersion}); install that version to restore it. Nothing was changed.`);

  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const dbPath = join(options.dataDir, DB_FILE);
  const tmpDb = tempNameFor(dbPath);
  const tmpKeys = tempNameFor(join(options.dataDir, KEYS_FILE));
  try {
    // 1. The database bytes, hashed as they are copied out.
    const hash = createHash('sha256');
    const fd = openSync(tmpDb, 'wx', 0o600);
    let copied = 0;
    try {
      for await (const chunk of createReadStream(options.backupFile, { start: offset, highWaterMark: 1 << 20 })) {
        hash.update(chunk as Buffer);
        writeSync(fd, chunk as Buffer);
        copied += (chunk as Buffer).length;
        options.onProgress?.(copied, header.databaseBytes);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (copied !== header.databaseBytes || hash.digest('hex') !== header.databaseSha256) {
      throw new AppError('invalid_input', 'This backup file is damaged or incomplete (its contents do not match its checksum). Nothing was changed.');
    }

    // 2. The credentials must open the backup's own key slots.
    writeFileAtomic(tmpKeys, header.keys);
    const slots = KeySlots.load(tmpKeys);
    const c = options.credentials;
    const slot = 'recoveryKey' in c ? slots.find('recovery', null) : slots.find('user', c.username);
    const key = slot ? await slots.open(slot, 'recoveryKey' in c ? normaliseRecoveryKey(c.recoveryKey) : c.password) : null;
    if (!key) throw new AppError('wrong_password', 'That username and password (or recovery key) do not open this backup. Nothing was changed.');

    // 3. The copy must be sound before it replaces anything.
    const db = openEncrypted(tmpDb, key);
    let children: number;
    let purgesReapplied: string[];
    try {
      if (schemaVersion(db) !== header.schemaVersion) throw new AppError('invalid_input', 'This backup file is damaged (its header does not match its database). Nothing was changed.');
      const problems = integrityProblems(db);
      if (problems.length) throw new AppError('database_damaged', `The database inside this backup is damaged (${problems[0]}). Nothing was changed.`);
      const report = verifyJournal(db);
      if (!report.ok) throw new AppError('database_damaged', `The audit trail inside this backup does not verify: ${report.problems[0]} Nothing was changed.`);
      // s.24: children destroyed since this backup was made are destroyed again before it takes the database's place.
      const actor = { id: null, name: 'username' in c ? c.username : 'recovery key' };
      purgesReapplied = reapplyPurges(db, tmpDb, options.migrationsDir, tombstonesIn(dbPath, key), actor, options.now);
      children = (db.prepare('SELECT count(*) AS n FROM children').get() as { n: number }).n;
      db.pragma('journal_mode = DELETE');
    } finally {
      db.close();
    }

    // 4. Swap: the current files go aside into a dated folder, the restored ones take their place.
    let movedAsideTo: string | null = null;
    const current = [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, KEYS_FILE].filter((f) => existsSync(join(options.dataDir, f)));
    if (current.length) {
      movedAsideTo = join(options.dataDir, `before-restore-${options.now.toISOString().replace(/[:.]/g, '-')}`);
      mkdirSync(movedAsideTo);
      for (const f of current) renameSync(join(options.dataDir, f), join(movedAsideTo, f));
    }
    renameSync(tmpDb, dbPath);
    renameSync(tmpKeys, join(options.dataDir, KEYS_FILE));
    fsyncDir(options.dataDir);
    return { movedAsideTo, children, purgesReapplied };
  } finally {
    rmSync(tmpDb, { force: true });
    rmSync(tmpKeys, { force: true });
  }
}
