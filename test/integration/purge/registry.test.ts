/**
 * An s.24 purge travels to the registry as a signed tombstone in the next sync package, and
 * the registry destroys what it holds: the child's record, photos (with their bytes), movements
 * and match decisions — and any package it keeps (quarantined ones) that names the child. No
 * byte of the name is left in the registry's database file or its folder. Packages exported
 * before the purge and receipts keep working. The registry refuses a tombstone from an office
 * that cannot issue one, or for another office's child, changing nothing.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { KeySlots } from '../../../src/main/auth/key-slots';
import { ingestPackage } from '../../../src/main/registry/ingest';
import { registryStatus } from '../../../src/main/registry/status';
import { appendJournal } from '../../../src/main/journal/journal';
import { childImage, type ChildDbRow } from '../../../src/main/children/records';
import { encodingsOf, findIn, plaintextPages } from '../../helpers/plaintext-pages';
import { childInput } from '../../helpers/backend';
import { dbDigest, enroll, exportPackage, makeRegistry, REGISTRY_PASSPHRASE, type Registry } from '../sync/sync-fixture';
import { admitCclChild, confirm, makeObservationHome, NAMES, PHOTO, type Office } from './purge-fixture';

const ORDER = { orderReference: 'JJB/PAT/2026/45', orderDate: '2026-11-20' };
const needles = [...Object.values(NAMES).flatMap(encodingsOf), { label: 'the photo’s bytes', bytes: PHOTO.subarray(1000, 1064) }];
const now = () => new Date();

async function registryKey(registry: Registry): Promise<Uint8Array> {
  const slots = KeySlots.load(registry.paths.keysFile);
  return (await slots.open(slots.find('user', 'registry')!, REGISTRY_PASSPHRASE))!;
}

/** Every file in the registry's folder that is not its database: quarantine, receipts, snapshots. */
function otherFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('registry.db'))
    .map((e) => join(e.parentPath, e.name));
}

async function officeWithChild(registry: Registry) {
  const office = await makeObservationHome();
  await enroll(office, registry);
  const child = await admitCclChild(office);
  return { office, child };
}

async function purge(office: Office, childId: string, admissionNo: string) {
  const request = await office.call('purge.request', { childId, ...ORDER }, office.as.clerk);
  const result = await confirm(office, office.as.admin2, request.id, admissionNo);
  office.session = office.as.admin;
  return result;
}

describe('an s.24 purge at the registry', { timeout: 240_000 }, () => {
  it('destroys what the registry holds, keeps no package naming the child, and leaves no byte of the name', async () => {
    const registry = await makeRegistry();
    const key = await registryKey(registry);
    const { office, child } = await officeWithChild(registry);
    const other = await office.call('children.admit', childInput({ admissionNo: 'OH-2026-015', name: 'Other Boy', category: 'CCL' }));

    const p1 = await exportPackage(office);
    const r1 = await ingestPackage(registry.db, registry.paths, p1.file, { now });
    expect(r1.status).toBe('applied');
    // Control: the registry's file holds the child's name and photo now.
    expect(findIn(plaintextPages(registry.paths.dbFile, key), needles)).toEqual(expect.arrayContaining(['UTF-8 “Zorawar Qurbanlal”', 'the photo’s bytes']));
    // Two more packages before any receipt, both naming the child; the second arrives first and waits for the first.
    await office.call('children.update', { id: other.id, child: childInput({ admissionNo: 'OH-2026-015', name: 'Other Boy', category: 'CCL', aliases: ['Chotu'] }) });
    const p2 = await exportPackage(office);
    const p3 = await exportPackage(office);
    expect((await ingestPackage(registry.db, registry.paths, p3.file, { now })).status).toBe('quarantined');

    const result = await purge(office, child.id, child.admissionNo);
    const p4 = await exportPackage(office);
    // Package 2 is lost: the registry applies 4 with --accept-gap (packages are cumulative since the last receipt).
    const r4 = await ingestPackage(registry.db, registry.paths, p4.file, { now, acceptGap: true });
    expect(r4.status).toBe('applied');

    const held = registry.db.prepare(`SELECT entity, data, bytes, deleted FROM records WHERE entity_id = ? OR parent_id = ? ORDER BY entity`).all(child.id, child.id) as { entity: string; data: string | null; bytes: Buffer | null; deleted: number }[];
    expect(held.map((r) => r.entity)).toEqual(expect.arrayContaining(['child', 'photo', 'movement', 'match_decision']));
    expect(held.every((r) => r.data === null && r.bytes === null && r.deleted === 1)).toBe(true);
    expect(registry.db.prepare(`SELECT json_extract(data, '$.aliases[0]') FROM records WHERE entity_id = ?`).pluck().get(other.id)).toBe('Chotu');
    const status = registryStatus(registry.db, registry.paths.quarantineDir);
    expect(status.s24Purges).toEqual([
      expect.objectContaining({ purgeId: result.id, childId: child.id, admissionNo: 'OH-2026-014', order: { reference: ORDER.orderReference, date: ORDER.orderDate }, requestedBy: 'Meena Clerk', confirmedBy: 'Vikram Admin' }),
    ]);
    // The quarantined package 3 named the child: deleted, its entry kept and saying why.
    const q = status.offices[0]!.quarantined;
    expect(q).toEqual([expect.objectContaining({ seq: 3, file: null, destroyed: expect.objectContaining({ order: ORDER.orderReference }) })]);
    // The lost package 2 turns up after all: a fork now, naming the child — not kept either.
    const late = await ingestPackage(registry.db, registry.paths, p2.file, { now });
    expect(late).toMatchObject({ status: 'quarantined', quarantined: { seq: 2, file: null, destroyed: { order: ORDER.orderReference } } });

    // Receipts still work at the office, for the package from before the purge and the one after.
    for (const r of [r1, r4]) if (r.status === 'applied') await office.call('sync.importReceipt', { dataBase64: readFileSync(r.receipt).toString('base64') });
    expect((await office.call('sync.status', {})).entriesWaiting).toBe(0);

    // No byte of the child in the registry's database (every page, the log cut to nothing) or anywhere else in its folder.
    expect(!existsSync(`${registry.paths.dbFile}-wal`) || statSync(`${registry.paths.dbFile}-wal`).size === 0).toBe(true);
    expect(findIn(plaintextPages(registry.paths.dbFile, key), needles)).toEqual([]);
    const files = otherFiles(registry.paths.dir);
    expect(files.some((f) => f.endsWith('.hwpkg'))).toBe(true); // receipts are there (they hold no personal data)
    expect(files.filter((f) => f.includes('quarantine') && f.endsWith('.hwpkg'))).toEqual([]);
    for (const f of files) expect(findIn([readFileSync(f)], needles), f).toEqual([]);
  });

  it('refuses a tombstone from an office that cannot issue one, or for another office’s child, changing nothing', async () => {
    const registry = await makeRegistry();
    const { office, child } = await officeWithChild(registry);
    const r1 = await ingestPackage(registry.db, registry.paths, (await exportPackage(office)).file, { now });
    if (r1.status !== 'applied') throw new Error(r1.status);
    await office.call('sync.importReceipt', { dataBase64: readFileSync(r1.receipt).toString('base64') });
    await purge(office, child.id, child.admissionNo);
    const p2 = await exportPackage(office);

    // The registry knows this office as a children's home (its details as last sent say so).
    const officeId = (await office.call('keys.show', {})).officeId!;
    registry.db.prepare(`UPDATE records SET data = json_set(data, '$.type', 'childrens-home') WHERE office_id = ? AND entity = 'setting'`).run(officeId);
    const before = dbDigest(registry.db);
    await expect(ingestPackage(registry.db, registry.paths, p2.file, { now })).rejects.toThrow(/this office \(childrens-home\) is not a Juvenile Justice Board or a home for children in conflict with law/);
    expect(dbDigest(registry.db)).toBe(before);
    // Accepted once the registry knows it as an observation home again.
    registry.db.prepare(`UPDATE records SET data = json_set(data, '$.type', 'observation-home') WHERE office_id = ? AND entity = 'setting'`).run(officeId);
    expect((await ingestPackage(registry.db, registry.paths, p2.file, { now })).status).toBe('applied');

    // A second office sends a tombstone for the first office's child.
    const second = await makeObservationHome();
    await enroll(second, registry);
    const db = second.backend.core.vault.db();
    const victim = await second.call('children.admit', childInput({ admissionNo: 'OH-2026-777', category: 'CCL' }));
    db.transaction(() => {
      // The second office's record of the child is given the first office's child's id (as a copied database would have).
      db.prepare('UPDATE children SET id = ? WHERE id = ?').run(child.id, victim.id);
      appendJournal(db, { actor: { id: null, name: 'test' }, at: new Date().toISOString(), entity: 'child', entityId: child.id, op: 'create', before: null, after: childImage(db.prepare('SELECT * FROM children WHERE id = ?').get(child.id) as ChildDbRow) });
    })();
    const held = await ingestPackage(registry.db, registry.paths, (await exportPackage(second)).file, { now });
    expect(held.status).toBe('applied');
    await purge(second, child.id, 'OH-2026-777');
    const forged = await exportPackage(second);
    const untouched = dbDigest(registry.db);
    await expect(ingestPackage(registry.db, registry.paths, forged.file, { now })).rejects.toThrow(/an office can only destroy its own records/);
    expect(dbDigest(registry.db)).toBe(untouched);

  });
});
