import { describe, expect, it } from 'vitest';
import { childInput, makeBackend } from '../helpers/backend';
import { tinyPng } from '../helpers/images';

async function withAdmin() {
  const t = await makeBackend();
  await t.setup();
  await t.login();
  return t;
}

describe('the child register', () => {
  it('admits a child with a Devanagari name exactly as entered and official place names', async () => {
    const t = await withAdmin();
    const c = await t.call('children.admit', childInput());
    expect(c.name).toBe('सुनीता कुमारी');
    expect(c.address).toMatchObject({ state: 'Bihar', district: 'Patna' });
    expect(c.identified).toBe(true);
    const again = await t.call('children.get', { id: c.id });
    expect(again).toEqual(c);
  });

  it('finds a child by any name or alias in any script, and filters', async () => {
    const t = await withAdmin();
    await t.call('children.admit', childInput());
    await t.call('children.admit', childInput({ admissionNo: 'CH-2026-002', name: 'Mohammed Arif', aliases: ['Guddu'], sex: 'male', ageYears: 16, category: 'CCL', fatherName: 'Salim' }));
    const byAlias = await t.call('children.list', { query: 'munni' });
    expect(byAlias.rows.map((r) => r.admissionNo)).toEqual(['CH-2026-001']);
    expect((await t.call('children.list', { query: 'सुनीता' })).total).toBe(1);
    expect((await t.call('children.list', { query: 'guddu' })).total).toBe(1);
    expect((await t.call('children.list', { category: 'CCL' })).rows[0]!.name).toBe('Mohammed Arif');
    expect((await t.call('children.list', { sex: 'female' })).total).toBe(1);
    expect((await t.call('children.list', { ageBand: '15-17' })).rows.map((r) => r.admissionNo)).toEqual(['CH-2026-002']);
    expect((await t.call('children.list', { status: 'left' })).total).toBe(0);
    expect((await t.call('children.list', { status: 'in_care' })).total).toBe(2);
    expect((await t.call('children.list', { query: '100%_' })).total).toBe(0);
  });

  it('finds a name written in another script or spelling, and brings older rows up to date first', async () => {
    const t = await withAdmin();
    await t.call('children.admit', childInput({ admissionNo: 'CH-2026-011', name: 'सुनीता देवी', aliases: [], fatherName: 'रमेश' }));
    await t.call('children.admit', childInput({ admissionNo: 'CH-2026-012', name: 'Sunitha Kumari', aliases: [], fatherName: 'Suresh' }));
    await t.call('children.admit', childInput({ admissionNo: 'CH-2026-013', name: 'Anita', aliases: [], fatherName: 'Mahesh' }));
    // A row written before the canonical keys existed (its search text as it used to be).
    const db = t.backend.core.vault.db();
    db.prepare("UPDATE children SET search_text = 'ch-2026-013\nanita\nmahesh' WHERE admission_no = 'CH-2026-013'").run();
    const found = async (query: string) => (await t.call('children.list', { query })).rows.map((r) => r.admissionNo).sort();
    expect(await found('sunita')).toEqual(['CH-2026-011', 'CH-2026-012']);
    expect(await found('सुनीता')).toEqual(['CH-2026-011', 'CH-2026-012']);
    expect(await found('Ramesh')).toEqual(['CH-2026-011']);
    expect(await found('अनीता')).toEqual(['CH-2026-013']);
    expect(await found('kamla')).toEqual([]);
  });

  it('withholds the identity of a child in conflict with law from roles without the right, and logs views', async () => {
    const t = await withAdmin();
    const ccl = await t.call('children.admit', childInput({ admissionNo: 'OH-7', name: 'Secret Name', aliases: ['Tipu'], category: 'CCL', sex: 'male', dob: '2012-04-09', ageYears: null, admittedAt: '2026-04-09T06:00:00.000Z' }));
    await t.call('users.create', { username: 'ravi', displayName: 'Ravi', role: 'case-worker', password: 'ravi password 1' });
    await t.call('children.get', { id: ccl.id });
    await t.call('auth.logout', {});
    await t.login('ravi', 'ravi password 1');
    const list = await t.call('children.list', {});
    expect(list.rows[0]).toMatchObject({ admissionNo: 'OH-7', name: null, aliases: [] });
    expect((await t.call('children.list', { query: 'secret' })).total).toBe(0);
    expect((await t.call('children.list', { query: 'oh-7' })).total).toBe(1);
    const view = await t.call('children.get', { id: ccl.id });
    expect(view).toMatchObject({ identified: false, name: null, fatherName: null, identificationMarks: null, dob: null, ageYears: 14 });
    expect(await t.call('children.counts', {})).toEqual({ present: 1, onLeave: 0, runaway: 0, onRoll: 1, onRollCncp: 0, onRollCcl: 1, left: 0 });
    expect(JSON.stringify(view)).not.toContain('Secret');
    expect((await t.fail('children.update', { id: ccl.id, child: childInput({ admissionNo: 'OH-7', category: 'CCL' }) })).code).toBe('forbidden');
    const db = t.backend.core.vault.db();
    expect(db.prepare(`SELECT count(*) AS n FROM access_log WHERE entity_id = ?`).get(ccl.id)).toEqual({ n: 1 });
  });

  it('edits a child and journals before and after', async () => {
    const t = await withAdmin();
    const c = await t.call('children.admit', childInput());
    const edited = await t.call('children.update', { id: c.id, child: childInput({ aliases: ['Sunita', 'Munni', 'Chhoti'] }) });
    expect(edited.aliases).toEqual(['Sunita', 'Munni', 'Chhoti']);
    const db = t.backend.core.vault.db();
    const last = db.prepare(`SELECT op, before, after FROM journal WHERE entity = 'child' ORDER BY seq DESC LIMIT 1`).get() as { op: string; before: string; after: string };
    expect(last.op).toBe('update');
    expect(JSON.parse(last.before).aliases).toEqual(['Sunita', 'Munni']);
    expect(JSON.parse(last.after).aliases).toEqual(['Sunita', 'Munni', 'Chhoti']);
  });

  it('refuses bad input with field-level reasons and changes nothing', async () => {
    const t = await withAdmin();
    const db = t.backend.core.vault.db();
    const journalBefore = db.prepare('SELECT count(*) AS n FROM journal').get();
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '' }, 'name'],
      [{ name: 'x'.repeat(201) }, 'name'],
      [{ sex: 'boy' }, 'sex'],
      [{ dob: '2030-01-01', ageYears: null }, 'dob'],
      [{ dob: null, ageYears: null }, 'dob'],
      [{ ageYears: 'eleven' }, 'ageYears'],
      [{ heightCm: 900 }, 'heightCm'],
      [{ address: { pin: '12' } }, 'address.pin'],
      [{ admittedAt: 'yesterday' }, 'admittedAt'],
      [{ extra: 1 }, '_'],
    ];
    for (const [patch, field] of cases) {
      const err = await t.fail('children.admit', childInput(patch) as never);
      expect(err.code, JSON.stringify(patch)).toBe('invalid_input');
      expect(Object.keys(err.details!.fields as object), JSON.stringify(patch)).toContain(field);
    }
    const unknownState = await t.fail('children.admit', childInput({ address: { state: 'Atlantis' } }));
    expect(unknownState.details).toMatchObject({ fields: { 'address.state': 'not an Indian state or union territory' } });
    await t.call('children.admit', childInput());
    expect((await t.fail('children.admit', childInput())).code).toBe('conflict');
    expect((db.prepare('SELECT count(*) AS n FROM journal').get() as { n: number }).n).toBe((journalBefore as { n: number }).n + 1);
  });

  it('stores photos inside the database, checks them, and needs a permission to view', async () => {
    const t = await withAdmin();
    const c = await t.call('children.admit', childInput());
    const png = tinyPng();
    const withPhoto = await t.call('children.addPhoto', { childId: c.id, mime: 'image/png', dataBase64: png.toString('base64') });
    expect(withPhoto.photos).toEqual([expect.objectContaining({ mime: 'image/png', width: 2, height: 3, bytes: png.length })]);
    const got = await t.call('children.photo', { photoId: withPhoto.photos[0]!.id });
    expect(Buffer.from(got.dataBase64, 'base64').equals(png)).toBe(true);
    expect((await t.fail('children.addPhoto', { childId: c.id, mime: 'image/jpeg', dataBase64: Buffer.from('not a jpeg').toString('base64') })).code).toBe('invalid_input');
    await t.call('users.create', { username: 'audit', displayName: 'Auditor', role: 'auditor', password: 'auditor password' });
    await t.call('auth.logout', {});
    await t.login('audit', 'auditor password');
    expect((await t.fail('children.photo', { photoId: withPhoto.photos[0]!.id })).code).toBe('forbidden');
  });
});
