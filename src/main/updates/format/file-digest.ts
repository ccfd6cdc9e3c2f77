/** SHA-512 (base64, as electron-updater writes it) and size of a file, streamed. */
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';

export interface FileDigest {
  size: number;
  sha512: string;
}

export async function digestFile(file: string): Promise<FileDigest> {
  const hash = createHash('sha512');
  let size = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { size, sha512: hash.digest('base64') };
}

export const digestBytes = (bytes: Uint8Array): FileDigest => ({ size: bytes.length, sha512: createHash('sha512').update(bytes).digest('base64') });
