/** Taking packages apart and putting altered ones together, for the bad-input and fuzz tests. */
import { readFileSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import yazl from 'yazl';

export type Entry = { name: string; data: Buffer; compress?: boolean };

export async function entriesOf(file: string): Promise<Entry[]> {
  const zip = await yauzl.fromBufferPromise(readFileSync(file), { lazyEntries: true });
  const list = await new Promise<yauzl.Entry[]>((ok, fail) => {
    const found: yauzl.Entry[] = [];
    zip.on('entry', (e: yauzl.Entry) => {
      found.push(e);
      zip.readEntry();
    });
    zip.once('end', () => ok(found));
    zip.once('error', fail);
    zip.readEntry();
  });
  const out: Entry[] = [];
  for (const e of list) {
    const chunks: Buffer[] = [];
    for await (const c of await zip.openReadStreamPromise(e)) chunks.push(c as Buffer);
    out.push({ name: e.fileName, data: Buffer.concat(chunks) });
  }
  return out;
}

export async function zipOf(entries: Entry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const e of entries) zip.addBuffer(e.data, e.name, { compress: e.compress ?? false, mtime: new Date('2026-01-01T00:00:00Z') });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream as Readable) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Replaces every occurrence of a name in the zip's headers with another of the same length. */
export function renameInPlace(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error('same length only');
  const out = Buffer.from(zip);
  for (let i = out.indexOf(from); i !== -1; i = out.indexOf(from, i + 1)) out.write(to, i, 'latin1');
  return out;
}

export function writeTemp(dir: string, name: string, data: Buffer): string {
  const file = `${dir}/${name}`;
  writeFileSync(file, data);
  return file;
}
