/**
 * Copies a file the way writeFileAtomic writes one (temp name, fsync, rename), hashing the
 * bytes as they are copied: what lands at `dest` is exactly what was hashed, even if the
 * source (a USB stick) changes underneath.
 */
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { openTempFor, writeAll } from './atomic-write';

export async function copyFileAtomic(source: string, dest: string): Promise<{ size: number; sha512: string }> {
  const temp = openTempFor(dest);
  const hash = createHash('sha512');
  let size = 0;
  try {
    for await (const chunk of createReadStream(source)) {
      hash.update(chunk as Buffer);
      writeAll(temp.fd, chunk as Buffer);
      size += (chunk as Buffer).length;
    }
  } catch (e) {
    temp.abandon();
    throw e;
  }
  temp.commit();
  return { size, sha512: hash.digest('base64') };
}
