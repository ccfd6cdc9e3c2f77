/** The backup job: an encrypted copy of the database plus its key slots, in one file written atomically. */
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, fsyncSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { JobContext } from '../jobs/job-context';
import { fsyncDir, tempNameFor } from '../fs/atomic-write';
import { schemaVersion } from '../db/migrate';
import { KEYS_FILE } from '../auth/vault';
import { encodeHeader } from './backup-format';

const sha256File = async (file: string) => {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(file)) h.update(chunk as Buffer);
  return h.digest('hex');
};

export async function createBackup(ctx: JobContext, input: { outFile: string }): Promise<{ file: string; bytes: number }> {
  const out = resolve(input.outFile);
  const snapshot = tempNameFor(out);
  const tmp = tempNameFor(out);
  try {
    ctx.progress('copying', 0, 1);
    // VACUUM INTO writes a consistent, encrypted, compacted copy while others keep working.
    ctx.db.prepare('VACUUM INTO ?').run(snapshot);
    if (ctx.cancelled()) throw new AppError('cancelled', 'The backup was cancelled; nothing was written.');
    const dbFile = ctx.db.name;
    const keys = readFileSync(join(dirname(dbFile), KEYS_FILE), 'utf8');
    const databaseBytes = statSync(snapshot).size;
    const header = encodeHeader({
      format: 1,
      createdAt: ctx.now().toISOString(),
      schemaVersion: schemaVersion(ctx.db),
      databaseId: (JSON.parse(keys) as { databaseId: string }).databaseId,
      keys,
      databaseBytes,
      databaseSha256: await sha256File(snapshot),
    });
    const fd = openSync(tmp, 'wx', 0o600);
    try {
      writeSync(fd, header);
      let done = 0;
      for await (const chunk of createReadStream(snapshot, { highWaterMark: 1 << 20 })) {
        if (ctx.cancelled()) throw new AppError('cancelled', 'The backup was cancelled; nothing was written.');
        writeSync(fd, chunk as Buffer);
        done += (chunk as Buffer).length;
        ctx.progress('writing', done, databaseBytes);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, out);
    fsyncDir(dirname(out));
    return { file: out, bytes: statSync(out).size };
  } catch (e) {
    rmSync(tmp, { force: true });
    const code = (e as { code?: string }).code;
    if (code === 'ENOSPC' || code === 'SQLITE_FULL') throw new AppError('conflict', `There is not enough free space on the disk for the backup at ${out}. Nothing was written.`);
    throw e;
  } finally {
    rmSync(snapshot, { force: true });
  }
}
