import { closeSync, fsyncSync, openSync, renameSync, writeSync, unlinkSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** The temporary name a file is written under before it is renamed into place. */
export function tempNameFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Makes a rename durable: on Linux the directory entry is only safe once the folder is fsynced. */
export function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a directory for fsync; NTFS renames are journaled anyway.
  }
}

/** An open temporary file that becomes `path` on commit, or disappears on abandon. */
export interface TempFile {
  fd: number;
  commit(): void;
  abandon(): void;
}

/** Temp name beside `path` (same file system, so the rename is atomic), created exclusively. */
export function openTempFor(path: string): TempFile {
  const tmp = tempNameFor(path);
  const fd = openSync(tmp, 'wx', 0o600);
  const abandon = () => {
    closeSync(fd);
    unlinkSync(tmp);
  };
  return {
    fd,
    commit() {
      try {
        fsyncSync(fd);
      } catch (e) {
        abandon();
        throw e;
      }
      closeSync(fd);
      renameSync(tmp, path);
      fsyncDir(dirname(path));
    },
    abandon,
  };
}

/** Writes all of `bytes` at the file's current position (writeSync may write less than asked). */
export function writeAll(fd: number, bytes: Uint8Array): void {
  for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
}

/**
 * Writes a file so that a crash or a pulled USB stick leaves either the old file or the new
 * one, never half of the new one: temp name, fsync, rename, fsync the folder.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = openTempFor(path);
  try {
    writeAll(temp.fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
  } catch (e) {
    temp.abandon();
    throw e;
  }
  temp.commit();
}
