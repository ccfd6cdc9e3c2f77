/**
 * Opens a container for reading, refusing anything but the exact entry list of its kind:
 * no folders or paths, no duplicates, nothing compressed or encrypted, every size within the
 * caps in code and within the file itself. Nothing is decompressed, so nothing can inflate.
 */
import { statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { DATA_ENTRY, MANIFEST, SIGNATURE, entryLimitFor, packageLimitFor } from './container';
import type { PackageKind } from './manifest';
import { damaged, refusal, refuse } from './refusal';

export interface OpenContainer {
  readonly kind: PackageKind;
  readonly dataName: string;
  readonly dataSize: number;
  read(name: string): Promise<Buffer>;
  stream(name: string): Promise<Readable>;
  close(): void;
}

const MB = 1024 * 1024;
const sizeText = (n: number) => (n >= 1024 * MB ? `${(n / 1024 / MB).toFixed(1)} GB` : `${Math.ceil(n / MB)} MB`);

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((ok, fail) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) fail(refusal('not_a_package', `This file is not a Homeward package, or it is damaged or cut short (${err?.message ?? 'unreadable'}).`));
      else ok(zip);
    });
  });
}

function readEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((ok, fail) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (e: yauzl.Entry) => {
      entries.push(e);
      zip.readEntry();
    });
    zip.once('end', () => ok(entries));
    zip.once('error', (err: Error) => fail(damaged(err)));
    zip.readEntry();
  });
}

function entryName(e: yauzl.Entry): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(e.fileNameRaw);
  } catch {
    return refuse('bad_entries', 'The package contains a file whose name is not valid text.');
  }
}

function checkEntries(kind: PackageKind, entries: yauzl.Entry[], fileSize: number): Map<string, yauzl.Entry> {
  const expected = [DATA_ENTRY[kind], MANIFEST, SIGNATURE];
  const list = expected.join(', ');
  const byName = new Map<string, yauzl.Entry>();
  for (const e of entries) {
    const name = entryName(e);
    if (/[/\\]|^\.\.?$|^[A-Za-z]:/.test(name)) refuse('bad_entries', `The package contains a path (“${name}”); a Homeward package holds only the files ${list}, with no folders.`);
    if (!expected.includes(name)) refuse('bad_entries', `The package contains an unexpected file “${name}”; it must hold exactly ${list}.`);
    if (byName.has(name)) refuse('bad_entries', `The package contains “${name}” twice.`);
    if (e.compressionMethod !== 0) refuse('bad_entries', `“${name}” in the package is compressed; Homeward packages store their files uncompressed.`);
    if (e.generalPurposeBitFlag & 0x1) refuse('bad_entries', `“${name}” in the package is zip-encrypted, which Homeward packages never are.`);
    const cap = entryLimitFor(kind, name);
    if (e.uncompressedSize > cap) refuse('too_large', `“${name}” in the package declares ${sizeText(e.uncompressedSize)}, more than the ${sizeText(cap)} allowed.`);
    if (e.compressedSize !== e.uncompressedSize || e.relativeOffsetOfLocalHeader + e.compressedSize > fileSize) {
      refuse('bad_entries', `“${name}” in the package declares a size that does not fit in the file: it is damaged or was altered.`);
    }
    byName.set(name, e);
  }
  for (const name of expected) if (!byName.has(name)) refuse('bad_entries', `The package is missing “${name}”; it must hold exactly ${list}.`);
  return byName;
}

export async function openContainer(file: string, kind: PackageKind): Promise<OpenContainer> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return refuse('not_a_package', `Cannot read the package file ${file}.`);
  }
  const cap = packageLimitFor(kind);
  if (size > cap) refuse('too_large', `The package is ${sizeText(size)}, more than the ${sizeText(cap)} a ${kind} package may be.`);
  const zip = await openZip(file);
  try {
    const entries = checkEntries(kind, await readEntries(zip), size);
    const stream = (name: string) =>
      new Promise<Readable>((ok, fail) =>
        zip.openReadStream(entries.get(name)!, (err, s) => (err ? fail(damaged(err)) : ok(s))),
      );
    return {
      kind,
      dataName: DATA_ENTRY[kind],
      dataSize: entries.get(DATA_ENTRY[kind])!.uncompressedSize,
      stream,
      async read(name) {
        const chunks: Buffer[] = [];
        try {
          for await (const c of await stream(name)) chunks.push(c as Buffer);
        } catch (e) {
          throw damaged(e);
        }
        return Buffer.concat(chunks);
      },
      close: () => zip.close(),
    };
  } catch (e) {
    zip.close();
    throw e;
  }
}

/** Opens, runs, and always closes. */
export async function withContainer<T>(file: string, kind: PackageKind, run: (c: OpenContainer) => Promise<T>): Promise<T> {
  const c = await openContainer(file, kind);
  try {
    return await run(c);
  } finally {
    c.close();
  }
}
