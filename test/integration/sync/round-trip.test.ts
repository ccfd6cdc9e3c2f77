import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ingestPackage } from '../../../src/main/registry/ingest';
import { admitWithPhotos, enroll, exportPackage, makeOffice, makeRegistry, type Office } from './sync-fixture';

const receiptOf = async (office: Office, file: string) => office.call('sync.importReceipt', { dataBase64: readFileSync(file).toString('base64') });

describe('sync between an office and the registry', { timeout: 120_000 }, () => {
  it('exports, ingests, acknowledges, and re-sends only what was not acknowledged', async () => {
    const registry = await makeRegistry();
    const office = await makeOffice();
    await enroll(office, registry);
    const ids = await admitWithPhotos(office, 3, 2);

    const first = await exportPackage(office);
    expect(first.seq).toBe(1);
    const applied = await ingestPackage(registry.db, registry.paths, first.file, { now: () => new Date() });
    expect(applied.status).toBe('applied');
    const children = registry.db.prepare(`SELECT count(*) AS n FROM records WHERE entity = 'child' AND deleted = 0`).get() as { n: number };
    expect(children.n).toBe(3);
    const photos = registry.db.prepare(`SELECT count(*) AS n FROM records WHERE entity = 'photo' AND length(bytes) = 2048`).get() as { n: number };
    expect(photos.n).toBe(6);

    // Before the receipt arrives, a second export carries everything again (and more).
    const child = await office.call('children.get', { id: ids[0]! });
    await office.call('children.removePhoto', { photoId: child.photos[0]!.id });
    const second = await exportPackage(office);
    expect(second.seq).toBe(2);
    const again = await ingestPackage(registry.db, registry.paths, second.file, { now: () => new Date() });
    expect(again.status).toBe('applied');
    if (again.status !== 'applied') return;
    expect(again.records).toBe(1); // only the tombstone is new
    const erased = registry.db.prepare(`SELECT data, bytes, deleted FROM records WHERE entity_id = ?`).get(child.photos[0]!.id);
    expect(erased).toEqual({ data: null, bytes: null, deleted: 1 });

    // Idempotent: the same package again changes nothing.
    expect((await ingestPackage(registry.db, registry.paths, second.file, { now: () => new Date() })).status).toBe('duplicate');

    const before = await office.call('sync.status', {});
    expect(before.entriesWaiting).toBeGreaterThan(0);
    const ack = await receiptOf(office, again.receipt);
    expect(ack).toMatchObject({ packageSeq: 2, alreadyAcknowledged: false });
    const after = await office.call('sync.status', {});
    expect(after.entriesWaiting).toBe(0);
    expect(after.lastReceipt?.seq).toBe(2);
    expect((await receiptOf(office, again.receipt)).alreadyAcknowledged).toBe(true);
    // Nothing left to send.
    await expect(exportPackage(office)).rejects.toThrow(/Nothing to send/);
  });

  it('carries a Committee case with its steps and hearings, and erases a step removed', async () => {
    const registry = await makeRegistry();
    const office = await makeOffice();
    await enroll(office, registry);
    const [childId] = await admitWithPhotos(office, 1, 0);
    const particulars = { caseNo: 'CWC/PAT/301/2026', firstProducedAt: '2026-10-01T08:00:00.000Z', adoptionGround: null };
    const { id } = await office.call('cases.register', { childId: childId!, authority: 'cwc', particulars, next: { date: '2027-01-04', bench: '1', purpose: 'sir' } });
    const step = await office.call('cases.addEntry', { caseId: id, kind: 'productionReport', values: { date: '2026-10-01', producedBy: 'Childline 1098', producerRole: 'childline' } });
    const first = await exportPackage(office);
    const applied = await ingestPackage(registry.db, registry.paths, first.file, { now: () => new Date() });
    expect(applied.status).toBe('applied');
    const held = (entity: string) => registry.db.prepare(`SELECT parent_id AS parent, json_extract(data, '$.id') AS id FROM records WHERE entity = ? AND deleted = 0`).all(entity);
    expect(held('jj_case')).toEqual([{ parent: childId, id }]);
    expect(held('case_entry')).toEqual([{ parent: childId, id: step.id }]);
    expect(held('hearing')).toHaveLength(2);
    if (applied.status !== 'applied') return;
    await receiptOf(office, applied.receipt);

    await office.call('cases.removeEntry', { id: step.id });
    const second = await exportPackage(office);
    expect((await ingestPackage(registry.db, registry.paths, second.file, { now: () => new Date() })).status).toBe('applied');
    expect(registry.db.prepare(`SELECT data, deleted FROM records WHERE entity = 'case_entry' AND entity_id = ?`).get(step.id)).toEqual({ data: null, deleted: 1 });
  });

  it('rotates keys through a signed package', async () => {
    const registry = await makeRegistry();
    const office = await makeOffice();
    await enroll(office, registry);
    await admitWithPhotos(office, 1, 0);
    await office.call('keys.rotate', {});
    const announced = await exportPackage(office);
    const r1 = await ingestPackage(registry.db, registry.paths, announced.file, { now: () => new Date() });
    if (r1.status !== 'applied') throw new Error(r1.status);
    expect((registry.db.prepare('SELECT count(*) AS n FROM office_keys WHERE status = ?').get('active') as { n: number }).n).toBe(2);
    expect((await receiptOf(office, r1.receipt)).keysActivated).toBe(true);
    const keys = (await office.call('keys.show', {})).keys.filter((k) => k.purpose === 'signing');
    expect(keys.map((k) => k.status).sort()).toEqual(['active', 'retired']);

    await admitWithPhotos(office, 1, 0);
    const signedByNew = await exportPackage(office);
    expect((await ingestPackage(registry.db, registry.paths, signedByNew.file, { now: () => new Date() })).status).toBe('applied');
    const statuses = registry.db.prepare('SELECT status FROM office_keys ORDER BY added_at').all();
    expect(statuses).toEqual([{ status: 'retired' }, { status: 'active' }]);
  });
});
