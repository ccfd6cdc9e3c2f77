/**
 * Receipts and trust lists arrive through the contract as bytes; the package reader works on
 * files (it must never hold a large package in memory). The bytes are written to a private
 * temporary file in the data folder for the length of the import, then removed.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempNameFor } from '../../fs/atomic-write';

export async function withIncomingFile<T>(dataDir: string, dataBase64: string, run: (file: string) => Promise<T>): Promise<T> {
  const file = tempNameFor(join(dataDir, 'incoming.hwpkg'));
  writeFileSync(file, Buffer.from(dataBase64, 'base64'), { mode: 0o600, flag: 'wx' });
  try {
    return await run(file);
  } finally {
    rmSync(file, { force: true });
  }
}
