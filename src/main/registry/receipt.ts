/** A receipt: the registry's signed acknowledgement of one package, encrypted to the office. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { Sqlite } from '../db/open';
import { encryptStream } from '../sync/format/age-stream';
import { FORMAT_VERSION, type ReceiptManifest } from '../sync/format/manifest';
import { keyIdOf } from '../sync/format/minisign';
import { receiptName } from '../sync/format/package-names';
import { sealManifest } from '../sync/format/sign-manifest';
import { bindingOf, headerLine } from '../sync/format/sync-payload';
import { writeContainer } from '../sync/format/write-container';
import { registryIdentity, registrySigningKey } from './registry-keys';

export async function writeReceipt(db: Sqlite, officeId: string, ack: ReceiptManifest['ack'], outDir: string, now: Date): Promise<string> {
  const key = registrySigningKey(db, 'signing');
  const { recipient } = db.prepare('SELECT recipient FROM offices WHERE office_id = ?').get(officeId) as { recipient: string };
  const binding: Omit<ReceiptManifest, 'entries'> = {
    format: FORMAT_VERSION,
    kind: 'receipt',
    packageId: uuidv7(),
    createdAt: now.toISOString(),
    origin: { registryId: registryIdentity(db).registryId, keyId: keyIdOf(key.publicKey) },
    audience: officeId,
    ack,
    recipients: [recipient],
  };
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, receiptName(officeId, ack.seq));
  async function* payload() {
    yield Buffer.from(headerLine(bindingOf({ ...binding, entries: [] })));
  }
  await writeContainer(file, {
    dataName: 'payload.age',
    data: await encryptStream(binding.recipients, payload()),
    mtime: now,
    seal: ({ size, sha256 }) => sealManifest({ ...binding, entries: [{ name: 'payload.age', size, sha256 }] }, key),
  });
  return file;
}
