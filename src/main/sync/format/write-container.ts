/**
 * Writes a container atomically: the data entry is streamed first (hashed on the way, so the
 * manifest can name its size and SHA-256), then the manifest and its signature. The file is
 * written under a temporary name, fsynced and renamed, so a pulled USB stick never leaves a
 * half-package that looks whole; on failure or cancel nothing is left behind.
 */
import { createHash } from 'node:crypto';
import { createWriteStream, fsyncSync, openSync, closeSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { fsyncDir, tempNameFor } from '../../fs/atomic-write';
import { MANIFEST, SIGNATURE } from './container';

export interface DataEntryDigest {
  size: number;
  sha256: string;
}

export interface ContainerParts {
  dataName: string;
  data: Buffer | Readable;
  mtime: Date;
  /** Builds and signs the manifest once the data entry's size and hash are known. */
  seal(digest: DataEntryDigest): { manifest: Buffer; signature: string } | Promise<{ manifest: Buffer; signature: string }>;
  /**
   * Runs after the file is complete and fsynced, before it is renamed into place: the caller
   * records the package here, so a package that exists under its final name is always known.
   * It returns how to take that record back if the rename then fails.
   */
  beforeRename?(): () => void;
}

export async function writeContainer(outFile: string, parts: ContainerParts): Promise<void> {
  const tmp = tempNameFor(outFile);
  const zip = new yazl.ZipFile();
  const hash = createHash('sha256');
  let size = 0;
  const digesting = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  const entry = { mtime: parts.mtime, compress: false, mode: 0o100600 };
  const source = Buffer.isBuffer(parts.data) ? Readable.from([parts.data]) : parts.data;
  zip.addReadStream(source.pipe(digesting), parts.dataName, entry);
  const sealed = new Promise<void>((ok, fail) => {
    source.once('error', fail);
    digesting.once('error', fail);
    digesting.once('end', () => {
      Promise.resolve(parts.seal({ size, sha256: hash.digest('hex') })).then(({ manifest, signature }) => {
        zip.addBuffer(manifest, MANIFEST, entry);
        zip.addBuffer(Buffer.from(signature, 'utf8'), SIGNATURE, entry);
        zip.end();
        ok();
      }, fail);
    });
  });
  try {
    await Promise.all([sealed, pipeline(zip.outputStream, createWriteStream(tmp, { flags: 'wx', mode: 0o600 }))]);
    const fd = openSync(tmp, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    const undo = parts.beforeRename?.();
    try {
      renameSync(tmp, outFile);
    } catch (e) {
      undo?.();
      throw e;
    }
    fsyncDir(dirname(outFile));
  } catch (e) {
    source.destroy();
    (zip.outputStream as Readable).destroy();
    rmSync(tmp, { force: true });
    throw e;
  }
}
