/**
 * An office set up before movements existed, with discharge dates on child records, upgraded:
 * the dates become journaled release movements, the journal still verifies, and the next
 * sync package carries the children without the old field and their movements.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../src/main/backend';
import { appendJournal } from '../../src/main/journal/journal';
import { ingestPackage } from '../../src/main/registry/ingest';
import { ADMIN, INSTITUTION } from '../helpers/backend';
import { enroll, exportPackage, makeRegistry } from './sync/sync-fixture';
import { makeBackend } from '../helpers/backend';
import { oldAppResources, rewriteAsFormat1 } from '../helpers/legacy-journal';

const OLD_COLUMNS = ['id', 'admission_no', 'name', 'aliases', 'sex', 'dob', 'age_years', 'age_estimated', 'category', 'admitted_at', 'languages', 'discharged_on', 'search_text', 'created_at', 'updated_at'];

/** A child as the old version stored and journaled it. */
function oldImage(id: string, admissionNo: string, admittedAt: string, dischargedOn: string | null) {
  return {
    id, admissionNo, name: `Old ${admissionNo}`, aliases: [], sex: 'male', dob: null, ageYears: 10, ageEstimated: true, fatherName: null, motherName: null, guardianName: null,
    address: { village: null, policeStation: null, district: null, state: null, pin: null }, category: 'CNCP', admittedAt, referredBy: null, orderNo: null, identificationMarks: null,
    languages: [], heightCm: null, weightKg: null, dischargedOn, createdAt: '2025-06-01T06:00:00.000Z', updatedAt: '2025-06-01T06:00:00.000Z',
  };
}

describe('upgrading an office that kept discharge dates on the child record', { timeout: 120_000 }, () => {
  it('turns each date into a journaled release, re-journals every child, and syncs both', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'homeward-upgrade-'));
    const old = await createBackend({ dataDir, resourcesDir: oldAppResources('0006'), log: () => undefined });
    const call = async (method: string, input: unknown, session?: string) => {
      const r = await old.dispatch({ method: method as never, input, session }, 'direct');
      if (!r.ok) throw new Error(r.error.message);
      return r.result as { sessionToken: string };
    };
    await call('setup.create', { institution: INSTITUTION, admin: { username: ADMIN.username, displayName: 'Asha', password: ADMIN.password } });
    const s = await call('auth.login', ADMIN);
    const db = old.core.vault.db();
    const children = [
      oldImage('019a0000-0000-7000-8000-000000000101', 'OLD-1', '2025-06-01T06:00:00.000Z', '2025-08-15'),
      // Left on the day of admission: the movement cannot be at 00:00 that day, before the admission.
      oldImage('019a0000-0000-7000-8000-000000000102', 'OLD-2', '2025-07-01T10:00:00.000Z', '2025-07-01'),
      oldImage('019a0000-0000-7000-8000-000000000103', 'OLD-3', '2025-07-02T10:00:00.000Z', null),
    ];
    db.transaction(() => {
      for (const c of children) {
        db.prepare(`INSERT INTO children (${OLD_COLUMNS.join(', ')}) VALUES (${OLD_COLUMNS.map(() => '?').join(', ')})`).run(c.id, c.admissionNo, c.name, '[]', c.sex, null, 10, 1, c.category, c.admittedAt, '[]', c.dischargedOn, c.name.toLowerCase(), c.createdAt, c.updatedAt);
        appendJournal(db, { actor: { id: null, name: 'old version' }, at: c.createdAt, entity: 'child', entityId: c.id, op: 'create', before: null, after: c });
      }
    })();
    // What the old version wrote was journal format 1, without today's columns.
    rewriteAsFormat1(db, { dropColumns: true });
    await call('auth.logout', {}, s.sessionToken);
    await old.close();

    const t = await makeBackend({ dataDir });
    await t.login();
    const rows = t.backend.core.vault.db().prepare(`SELECT c.admission_no, c.status, m.kind, m.at, m.details FROM children c LEFT JOIN movements m ON m.child_id = c.id ORDER BY c.admission_no`).all();
    expect(rows).toEqual([
      { admission_no: 'OLD-1', status: 'released', kind: 'release', at: '2025-08-14T18:30:00.000Z', details: expect.stringContaining('"reason":"not_recorded"') },
      { admission_no: 'OLD-2', status: 'released', kind: 'release', at: '2025-07-01T10:00:00.000Z', details: expect.any(String) },
      { admission_no: 'OLD-3', status: 'present', kind: null, at: null, details: null },
    ]);
    expect(await t.call('audit.verify', {})).toMatchObject({ ok: true, problems: [] });
    const upgraded = t.backend.core.vault.db().prepare(`SELECT count(*) FROM journal WHERE entity = 'child' AND op = 'update' AND actor_name = ?`).pluck().get(ADMIN.username);
    expect(upgraded).toBe(3);
    expect(t.backend.core.vault.db().prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'legacy_discharges'`).pluck().get()).toBe(0);
    expect(await t.call('children.counts', {})).toMatchObject({ onRoll: 1, left: 2 });

    // Signing in again finds nothing left to convert.
    await t.call('auth.logout', {});
    await t.login();
    expect(t.backend.core.vault.db().prepare('SELECT count(*) FROM movements').pluck().get()).toBe(2);

    // The registry takes the old images, the new ones and the movements in one package.
    const registry = await makeRegistry();
    await enroll(t, registry);
    const pkg = await exportPackage(t);
    const result = await ingestPackage(registry.db, registry.paths, pkg.file, { now: () => new Date() });
    expect(result.status).toBe('applied');
    const held = registry.db.prepare(`SELECT entity, count(*) AS n FROM records WHERE deleted = 0 GROUP BY entity ORDER BY entity`).all();
    expect(held).toEqual([
      { entity: 'child', n: 3 },
      { entity: 'movement', n: 2 },
      { entity: 'setting', n: 1 },
    ]);
    const image = JSON.parse(registry.db.prepare(`SELECT data FROM records WHERE entity_id = ?`).pluck().get(children[0]!.id) as string) as Record<string, unknown>;
    expect(image).not.toHaveProperty('dischargedOn');
  });
});
