/**
 * s.24 destruction of records at the office: the two-person rule, what is destroyed (every
 * row the child owns, found from the schema; the content of every journal entry about the
 * child; whose views the access log recorded), what remains (the tombstone), and that audit
 * verify reports the erasure as an order, not as tampering. Bad input changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { childInput, makeBackend } from '../../helpers/backend';
import { childOwnedTables, ownedRowsWhere } from '../../../src/main/purge/child-tables';
import { dbDigest } from '../sync/sync-fixture';
import { admitCclChild, CASE_NO, confirm, makeObservationHome, NAMES, type Office } from './purge-fixture';

const ORDER = { orderReference: 'JJB/PAT/2026/45', orderDate: '2026-11-20' };


const rowsOf = (t: Office, childId: string) => {
  const db = t.backend.core.vault.db();
  const owned = childOwnedTables(db);
  return Object.fromEntries([['children', db.prepare('SELECT count(*) FROM children WHERE id = ?').pluck().get(childId)], ...owned.map((o) => [o.table, db.prepare(`SELECT count(*) FROM "${o.table}" WHERE ${ownedRowsWhere(o.table, owned)}`).pluck().get({ child: childId })])]) as Record<string, number>;
};

describe('s.24 destruction of records at the office', { timeout: 120_000 }, () => {
  it('is asked for by one person, confirmed by another administrator, and leaves only the tombstone', async () => {
    const t = await makeObservationHome();
    const child = await admitCclChild(t);
    const other = await t.call('children.admit', childInput({ admissionNo: 'OH-2026-015', name: 'Other Boy', category: 'CCL' }));
    const request = await t.call('purge.request', { childId: child.id, ...ORDER }, t.as.clerk);
    // The fixture reaches every table a child can own rows in, so each is shown to be purged.
    expect(Object.entries(rowsOf(t, child.id)).filter(([, n]) => n === 0)).toEqual([]);
    expect(request).toMatchObject({ status: 'pending', admissionNo: 'OH-2026-014', orderReference: ORDER.orderReference, requestedBy: { name: 'Meena Clerk' } });
    expect(await t.call('purge.requests', {}, t.as.admin)).toEqual([request]);
    // The clerk cannot confirm (not an administrator); an administrator must type the right admission number.
    expect((await t.fail('purge.confirm', { requestId: request.id, admissionNo: 'OH-2026-014' }, t.as.clerk)).code).toBe('forbidden');
    expect((await t.fail('purge.confirm', { requestId: request.id, admissionNo: 'OH-2026-015' }, t.as.admin2)).code).toBe('invalid_input');

    const journalAbout = t.backend.core.vault.db().prepare(`SELECT count(*) FROM journal WHERE instr(coalesce(before, '') || coalesce(after, '') || entity_id, ?) > 0`).pluck().get(child.id) as number;
    const result = await confirm(t, t.as.admin2, request.id, 'OH-2026-014');
    expect(result).toMatchObject({
      childId: child.id,
      admissionNo: 'OH-2026-014',
      caseNumbers: [CASE_NO],
      order: { reference: ORDER.orderReference, date: ORDER.orderDate },
      requestedBy: { name: 'Meena Clerk' },
      confirmedBy: { name: 'Vikram Admin' },
      compacted: true,
    });
    expect(result.journalEntriesErased).toBeGreaterThanOrEqual(journalAbout);

    t.session = t.as.admin;
    const db = t.backend.core.vault.db();
    expect(Object.values(rowsOf(t, child.id)).every((n) => n === 0)).toBe(true);
    expect((await t.fail('children.get', { id: child.id })).code).toBe('not_found');
    expect((await t.call('children.get', { id: other.id })).name).toBe('Other Boy');
    // No journal entry still says anything about the child; the other child's are whole.
    expect(db.prepare(`SELECT count(*) FROM journal WHERE instr(coalesce(before, '') || coalesce(after, ''), ?) > 0 AND entity != 's24_purge'`).pluck().get(child.id)).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM journal WHERE redacted_by IS NOT NULL AND (before IS NOT NULL OR after IS NOT NULL OR salt IS NOT NULL)`).pluck().get()).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM journal WHERE entity_id = ? AND redacted_by IS NULL`).pluck().get(other.id)).toBe(1);
    // The access log keeps that views happened and by whom, not whose record they were.
    expect(db.prepare('SELECT count(*) FROM access_log WHERE entity_id = ?').pluck().get(child.id)).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM access_log WHERE entity = 's24_purge' AND entity_id = ?`).pluck().get(result.id)).toBeGreaterThan(0);

    const { rowsDeleted: _rows, olderCopiesRemoved: _copies, compacted: _compacted, ...record } = result;
    expect(await t.call('purge.tombstones', {})).toEqual([record]);
    expect(await t.call('purge.requests', {})).toEqual([]);
    const report = await t.call('audit.verify', {});
    expect(report).toMatchObject({ ok: true, problems: [] });
    expect(report.redactions).toEqual([{ purgeId: result.id, orderReference: ORDER.orderReference, orderDate: ORDER.orderDate, entries: result.journalEntriesErased }]);
    // The names appear nowhere SQLite can read (the file's pages are checked in no-bytes-left.test.ts).
    for (const table of db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[]) {
      const rows = JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).all(), (_k, v) => (Buffer.isBuffer(v) ? v.toString('latin1') : v));
      for (const name of Object.values(NAMES)) expect(rows.includes(name), `${name} in ${table}`).toBe(false);
    }
  });

  it('refuses wrong roles, the same person, a child not in conflict with law and an unknown child, changing nothing', async () => {
    const t = await makeObservationHome();
    const child = await admitCclChild(t);
    const cncp = await t.call('children.admit', childInput({ admissionNo: 'OH-2026-020', category: 'CNCP' }));
    const db = t.backend.core.vault.db();
    const digest = dbDigest(db);

    const worker = await t.fail('purge.request', { childId: child.id, ...ORDER }, t.as.worker);
    expect(worker.code).toBe('forbidden');
    expect((await t.fail('purge.request', { childId: cncp.id, ...ORDER }, t.as.clerk)).message).toMatch(/not a child in conflict with law/);
    expect((await t.fail('purge.request', { childId: '019a0000-0000-7000-8000-00000000dead', ...ORDER }, t.as.clerk)).code).toBe('not_found');
    expect((await t.fail('purge.request', { childId: child.id, orderReference: '  ', orderDate: '2026-11-20' }, t.as.clerk)).details?.['fields']).toEqual({ orderReference: 'required' });
    expect((await t.fail('purge.request', { childId: child.id, orderReference: 'X', orderDate: '20-11-2026' }, t.as.clerk)).code).toBe('invalid_input');
    expect(dbDigest(db)).toBe(digest);

    // An administrator may ask too, but then cannot be the one who confirms.
    const request = await t.call('purge.request', { childId: child.id, ...ORDER }, t.as.admin);
    expect((await t.fail('purge.request', { childId: child.id, ...ORDER }, t.as.clerk)).code).toBe('conflict');
    const asked = dbDigest(db);
    const same = await t.fail('purge.confirm', { requestId: request.id, admissionNo: 'OH-2026-014' }, t.as.admin);
    expect(same).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/cannot also confirm it/) });
    expect((await t.fail('purge.confirm', { requestId: 'no-such-request', admissionNo: 'OH-2026-014' }, t.as.admin2)).code).toBe('not_found');
    expect((await t.fail('purge.reject', { requestId: request.id, reason: 'x' }, t.as.clerk)).code).toBe('forbidden');
    expect(dbDigest(db)).toBe(asked);

    // Rejected: the child stays, and a new request can be made.
    const rejected = await t.call('purge.reject', { requestId: request.id, reason: 'Order not yet received in writing' }, t.as.admin2);
    expect(rejected).toMatchObject({ status: 'rejected', decidedBy: { name: 'Vikram Admin' }, rejectionReason: 'Order not yet received in writing' });
    expect((await t.fail('purge.confirm', { requestId: request.id, admissionNo: 'OH-2026-014' }, t.as.admin2)).code).toBe('conflict');
    expect((await t.call('purge.requests', { childId: child.id }, t.as.clerk)).map((r) => r.status)).toEqual(['rejected']);
    expect((await t.call('children.get', { id: child.id }, t.as.admin)).name).toBe(NAMES.devanagari);
    expect(await t.call('audit.verify', {}, t.as.admin)).toMatchObject({ ok: true });
  });

  it('is refused by an office that does not hold children in conflict with law', async () => {
    const t = await makeBackend();
    await t.setup();
    await t.login();
    const child = await t.call('children.admit', childInput({ category: 'CCL' }));
    const refused = await t.fail('purge.request', { childId: child.id, ...ORDER });
    expect(refused).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/not a Juvenile Justice Board or a home for children in conflict with law/) });
  });
});
