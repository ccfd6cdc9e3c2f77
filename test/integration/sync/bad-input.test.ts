/**
 * Every kind of bad package is refused with its own plain reason, and the registry's (or
 * the office's) data is exactly as it was.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPackage } from '../../../src/main/registry/ingest';
import { enrollOffice, revokeKey } from '../../../src/main/registry/enroll';
import { refusalOf, type RefusalCode } from '../../../src/main/sync/format/refusal';
import { MANIFEST, SIGNATURE } from '../../../src/main/sync/format/container';
import { newSigningKey, signMinisign } from '../../../src/main/sync/format/minisign';
import { admitWithPhotos, dbDigest, enroll, exportPackage, makeOffice, makeRegistry, type Office, type Registry } from './sync-fixture';
import { entriesOf, renameInPlace, writeTemp, zipOf, type Entry } from './package-tools';

let registry: Registry;
let office: Office;
let good: string;
let entries: Entry[];
let dir: string;
const now = () => new Date();

async function refusedWith(file: string, code: RefusalCode, message: RegExp, reg = registry): Promise<void> {
  const before = dbDigest(reg.db);
  const error = await ingestPackage(reg.db, reg.paths, file, { now }).then(
    (o) => new Error(`accepted: ${o.status}`),
    (e: unknown) => e,
  );
  expect(refusalOf(error), String(error)).toBe(code);
  expect((error as Error).message).toMatch(message);
  expect(dbDigest(reg.db)).toBe(before);
}

const entry = (name: string) => entries.find((e) => e.name === name)!;
const rebuilt = async (name: string, list: Entry[]) => writeTemp(dir, name, await zipOf(list));

describe('refusals of bad sync packages', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'homeward-bad-'));
    registry = await makeRegistry();
    office = await makeOffice();
    await enroll(office, registry);
    await admitWithPhotos(office, 2, 1);
    good = (await exportPackage(office, dir)).file;
    entries = await entriesOf(good);
  });

  it('refuses a truncated file', async () => {
    const bytes = readFileSync(good);
    for (const cut of [10, bytes.length / 2, bytes.length - 30]) {
      await refusedWith(writeTemp(dir, `cut-${cut}.hwpkg`, bytes.subarray(0, Math.floor(cut))), 'not_a_package', /damaged or cut short/);
    }
  });

  it('refuses a flipped byte in each entry', async () => {
    const expect_: Record<string, [RefusalCode, RegExp]> = {
      [MANIFEST]: ['bad_signature', /altered after it was signed/],
      [SIGNATURE]: ['bad_signature', /damaged|not a minisign|not enrolled|altered/],
      'payload.age': ['payload_mismatch', /differs from what the signed manifest describes/],
    };
    for (const e of entries) {
      for (const at of [0, Math.floor(e.data.length / 2), e.data.length - 2]) {
        const data = Buffer.from(e.data);
        data[at]! ^= 0x01;
        const [code, message] = expect_[e.name]!;
        const file = await rebuilt(`flip-${e.name}-${at}.hwpkg`, entries.map((x) => (x === e ? { ...x, data } : x)));
        await refusedWith(file, code, message);
      }
    }
  });

  it('refuses extra, missing, renamed and duplicated entries', async () => {
    await refusedWith(await rebuilt('extra.hwpkg', [...entries, { name: 'notes.txt', data: Buffer.from('hi') }]), 'bad_entries', /unexpected file “notes.txt”/);
    await refusedWith(await rebuilt('missing.hwpkg', entries.filter((e) => e.name !== 'payload.age')), 'bad_entries', /missing “payload.age”/);
    await refusedWith(await rebuilt('renamed.hwpkg', entries.map((e) => (e.name === 'payload.age' ? { ...e, name: 'payload.zip' } : e))), 'bad_entries', /unexpected file “payload.zip”/);
    await refusedWith(await rebuilt('dup.hwpkg', [...entries, entry(MANIFEST)]), 'bad_entries', /“manifest.json” twice/);
  });

  it('refuses ../ and absolute entry names', async () => {
    const withPlaceholder = await zipOf([...entries.filter((e) => e.name !== 'payload.age'), { name: 'PLACEHOLDER.a', data: entry('payload.age').data }]);
    for (const evil of ['../../etc/pw', '/etc/passwdx', 'C:\\windows\\']) {
      const padded = evil.padEnd('PLACEHOLDER.a'.length, 'x').slice(0, 'PLACEHOLDER.a'.length);
      await refusedWith(writeTemp(dir, 'evil.hwpkg', renameInPlace(withPlaceholder, 'PLACEHOLDER.a', padded)), 'bad_entries', /contains a path/);
    }
  });

  it('refuses declared sizes of gigabytes and compressed entries', async () => {
    const zip = await zipOf(entries);
    const central = zip.lastIndexOf(Buffer.from('504b0102', 'hex'));
    // The last central-directory record is manifest.json.minisig; declare it 3.75 GB.
    const huge = Buffer.from(zip);
    huge.writeUInt32LE(0xf0000000, central + 20);
    huge.writeUInt32LE(0xf0000000, central + 24);
    await refusedWith(writeTemp(dir, 'huge.hwpkg', huge), 'too_large', /declares 3\.8 GB, more than/);
    const bomb = await rebuilt('bomb.hwpkg', [...entries.filter((e) => e.name !== MANIFEST), { name: MANIFEST, data: Buffer.alloc(5 * 1024 * 1024, 0x20), compress: true }]);
    await refusedWith(bomb, 'bad_entries', /is compressed/);
  });

  it('refuses a package signed by an unenrolled key or over a different manifest', async () => {
    const stranger = newSigningKey();
    const forged = signMinisign(stranger, entry(MANIFEST).data, 'homeward sync forged');
    await refusedWith(await rebuilt('stranger.hwpkg', entries.map((e) => (e.name === SIGNATURE ? { ...e, data: Buffer.from(forged) } : e))), 'unknown_key', /not enrolled/);
    await admitWithPhotos(office, 1, 0);
    const other = await entriesOf((await exportPackage(office, mkdtempSync(join(tmpdir(), 'hw-other-')))).file);
    const swapped = entries.map((e) => (e.name === MANIFEST ? other.find((o) => o.name === MANIFEST)! : e));
    await refusedWith(await rebuilt('swapped.hwpkg', swapped), 'bad_signature', /altered after it was signed|belongs to another package/);
  });

  it('quarantines a sequence gap and changes no data; a replay changes nothing', async () => {
    const d = mkdtempSync(join(tmpdir(), 'hw-gap-'));
    const reg = await makeRegistry();
    const o = await makeOffice();
    await enroll(o, reg);
    await admitWithPhotos(o, 1, 0);
    const p1 = await exportPackage(o, d);
    await admitWithPhotos(o, 1, 0);
    const p2 = await exportPackage(o, d);
    const before = dbDigest(reg.db);
    const held = await ingestPackage(reg.db, reg.paths, p2.file, { now });
    expect(held.status).toBe('quarantined');
    if (held.status === 'quarantined') expect(held.quarantined.message).toMatch(/package 1 from this office has not/);
    expect(dbDigest(reg.db)).toBe(before);
    // When the missing package arrives, the held one follows.
    const applied = await ingestPackage(reg.db, reg.paths, p1.file, { now });
    expect(applied.status === 'applied' && applied.released.map((r) => r.status)).toEqual(['applied']);
    const after = dbDigest(reg.db);
    expect((await ingestPackage(reg.db, reg.paths, p1.file, { now })).status).toBe('duplicate');
    expect(dbDigest(reg.db)).toBe(after);
  });

  it('refuses a package addressed to another registry, and one signed by a revoked key', async () => {
    const elsewhere = await makeRegistry();
    const { file } = await office.call('keys.enrollmentRequest', { outDir: mkdtempSync(join(tmpdir(), 'hw-enr-')) });
    await enrollOffice(elsewhere.db, file, new Date());
    await refusedWith(good, 'wrong_audience', /addressed to another registry/, elsewhere);
    const keyId = (await office.call('keys.show', {})).keys.find((k) => k.purpose === 'signing')!.keyId;
    revokeKey(registry.db, keyId);
    await refusedWith(good, 'revoked_key', /has been revoked/);
  });

  it('refuses a receipt for another office, changing nothing there', async () => {
    const reg = await makeRegistry();
    const mine = await makeOffice();
    const theirs = await makeOffice();
    await enroll(mine, reg);
    await enroll(theirs, reg);
    await admitWithPhotos(theirs, 1, 0);
    const applied = await ingestPackage(reg.db, reg.paths, (await exportPackage(theirs)).file, { now });
    if (applied.status !== 'applied') throw new Error(applied.status);
    const db = mine.backend.core.vault.db();
    const before = dbDigest(db);
    const res = await mine.raw('sync.importReceipt', { dataBase64: readFileSync(applied.receipt).toString('base64') });
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.details?.['refusal']).toBe('wrong_audience');
      expect(res.error.message).toMatch(/This receipt is for another office/);
    }
    expect(dbDigest(db)).toBe(before);
  });
});
