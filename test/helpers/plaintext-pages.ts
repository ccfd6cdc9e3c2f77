/**
 * Reads an encrypted Homeward database the way an attacker holding the key would: every page
 * of the main file and every frame of its -wal file, decrypted independently of SQLite
 * (SQLCipher v4 as SQLite3 Multiple Ciphers writes it with a raw 32-byte key passed as
 * `hexkey`: PBKDF2-HMAC-SHA512 256,000 rounds over the key with the file's salt, AES-256-CBC
 * per page, HMAC-SHA512 over ciphertext ‖ IV ‖ page number). Free pages, old WAL frames and
 * slack space are included — which is the point: a purge test that asked SQLite would only
 * see live rows. Each page's HMAC is checked, so a page that did not decrypt is an error,
 * never silently "clean".
 */
import { createDecipheriv, createHmac, pbkdf2Sync } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

const PAGE = 4096;
const RESERVE = 80; // 16-byte IV + 64-byte HMAC at the end of every page
const WAL_HEADER = 32;
const FRAME_HEADER = 24;

interface PageKeys {
  cipher: Buffer;
  mac: Buffer;
}

function keysFor(key: Uint8Array, salt: Buffer): PageKeys {
  const cipher = pbkdf2Sync(Buffer.from(key), salt, 256_000, 32, 'sha512');
  const macSalt = Buffer.from(salt.map((b) => b ^ 0x3a));
  return { cipher, mac: pbkdf2Sync(cipher, macSalt, 2, 32, 'sha512') };
}

function decryptPage(keys: PageKeys, page: Buffer, pgno: number, where: string): Buffer {
  const start = pgno === 1 ? 16 : 0; // page 1 begins with the salt, in the clear
  const end = PAGE - RESERVE;
  const pn = Buffer.alloc(4);
  pn.writeUInt32LE(pgno);
  const mac = createHmac('sha512', keys.mac).update(page.subarray(start, end + 16)).update(pn).digest();
  if (!mac.equals(page.subarray(end + 16, PAGE))) throw new Error(`${where}: page ${pgno} does not authenticate with this key`);
  const d = createDecipheriv('aes-256-cbc', keys.cipher, page.subarray(end, end + 16));
  d.setAutoPadding(false);
  return Buffer.concat([d.update(page.subarray(start, end)), d.final()]);
}

const allZero = (b: Buffer) => b.every((x) => x === 0);

/** The plaintext of every page in `file` (a database or a backup's database part) and its -wal, in file order. */
export function plaintextPages(file: string, key: Uint8Array, offset = 0): Buffer[] {
  const main = readFileSync(file).subarray(offset);
  if (main.length % PAGE !== 0) throw new Error(`${file}: ${main.length} bytes is not a whole number of pages`);
  const keys = keysFor(key, main.subarray(0, 16));
  const pages: Buffer[] = [];
  for (let p = 0; p * PAGE < main.length; p++) {
    const page = main.subarray(p * PAGE, (p + 1) * PAGE);
    if (!allZero(page)) pages.push(decryptPage(keys, page, p + 1, file));
  }
  const walFile = `${file}-wal`;
  if (offset === 0 && existsSync(walFile)) {
    const wal = readFileSync(walFile);
    // Every whole frame, including frames left over from earlier generations of the WAL.
    for (let off = WAL_HEADER; off + FRAME_HEADER + PAGE <= wal.length; off += FRAME_HEADER + PAGE) {
      const pgno = wal.readUInt32BE(off);
      const page = wal.subarray(off + FRAME_HEADER, off + FRAME_HEADER + PAGE);
      if (pgno > 0 && !allZero(page)) pages.push(decryptPage(keys, page, pgno, walFile));
    }
  }
  return pages;
}

/** The ways SQLite or Homeward could have written `text` down. SQLite stores this database as UTF-8; the others are checked so that a change of encoding cannot hide a leftover. */
export function encodingsOf(text: string): { label: string; bytes: Buffer }[] {
  const forms = new Set([text.normalize('NFC'), text.normalize('NFD'), text.toLocaleLowerCase('en-IN'), text.toLocaleUpperCase('en-IN')]);
  const out: { label: string; bytes: Buffer }[] = [];
  for (const f of forms) {
    out.push({ label: `UTF-8 “${f}”`, bytes: Buffer.from(f, 'utf8') });
    out.push({ label: `UTF-16LE “${f}”`, bytes: Buffer.from(f, 'utf16le') });
    out.push({ label: `UTF-16BE “${f}”`, bytes: Buffer.from(f, 'utf16le').swap16() });
    // JSON with non-ASCII escaped (\uXXXX), as some serialisers write it.
    const escaped = JSON.stringify(f).slice(1, -1).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    if (escaped !== f) out.push({ label: `JSON-escaped “${f}”`, bytes: Buffer.from(escaped, 'latin1') });
  }
  return out;
}

/** Which of `needles` occur anywhere in `pages` (pages are joined, so a value spanning two pages is found too). */
export function findIn(pages: Buffer[], needles: { label: string; bytes: Buffer }[]): string[] {
  const all = Buffer.concat(pages);
  return needles.filter((n) => all.includes(n.bytes)).map((n) => n.label);
}
