import { describe, expect, it } from 'vitest';
import { childInput, makeBackend } from '../helpers/backend';

const NOW = new Date('2026-11-20T06:00:00.000Z');

async function withChild(overrides: Record<string, unknown> = {}) {
  const t = await makeBackend({ now: () => NOW });
  await t.setup();
  await t.login();
  const child = await t.call('children.admit', childInput({ admittedAt: '2026-10-01T06:30:00.000Z', ...overrides }));
  return { t, child };
}

const runaway = { kind: 'runaway' as const, at: '2026-10-05T14:00:00.000Z', policeInformed: true, policeStation: 'Danapur', firGdNo: 'GD 412/2026' };
const restoration = {
  kind: 'restoration' as const,
  at: '2026-11-02T06:00:00.000Z',
  restoredTo: 'रामेश्वर प्रसाद',
  relationship: 'Father',
  address: 'Rampur, Danapur, Patna, Bihar 801503',
  orderedBy: 'Child Welfare Committee, Patna',
  orderNo: 'CWC/PAT/2026/301',
  orderDate: '2026-10-30',
  reason: 'Family traced; home found fit after inquiry',
};

const journalCount = (t: Awaited<ReturnType<typeof makeBackend>>) => t.backend.core.vault.db().prepare('SELECT count(*) FROM journal').pluck().get() as number;

describe('movements', () => {
  it('records a runaway and its return, and the status and counts follow', async () => {
    const { t, child } = await withChild();
    let timeline = await t.call('movements.record', { childId: child.id, movement: runaway });
    expect(timeline.status).toBe('runaway');
    expect(timeline.next).toEqual(['runaway_return', 'release', 'death']);
    expect(await t.call('children.counts', {})).toMatchObject({ present: 0, runaway: 1, onRoll: 1, left: 0 });
    expect((await t.call('children.list', { status: 'runaway' })).rows.map((r) => r.id)).toEqual([child.id]);
    expect((await t.call('children.get', { id: child.id })).status).toBe('runaway');

    timeline = await t.call('movements.record', { childId: child.id, movement: { kind: 'runaway_return', at: '2026-10-07T09:00:00.000Z', broughtBy: 'Police' } });
    expect(timeline.status).toBe('present');
    expect(timeline.movements.map((m) => [m.kind, m.statusAfter])).toEqual([
      ['runaway', 'runaway'],
      ['runaway_return', 'present'],
    ]);
    expect(timeline.movements[0]!.details).toMatchObject({ policeInformed: true, firGdNo: 'GD 412/2026', circumstances: null });
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });

  it('refuses a return without a runaway, a return before its runaway and a movement before admission, changing nothing', async () => {
    const { t, child } = await withChild();
    const before = journalCount(t);
    const lone = await t.fail('movements.record', { childId: child.id, movement: { kind: 'runaway_return', at: '2026-10-07T09:00:00.000Z' } });
    expect(lone).toMatchObject({ code: 'invalid_input', details: { fields: { kind: 'no runaway to return from' } } });
    const early = await t.fail('movements.record', { childId: child.id, movement: { ...runaway, at: '2026-09-30T06:00:00.000Z' } });
    expect(early.details?.['fields']).toEqual({ at: 'before the admission (01-10-2026 12:00)' });
    await t.call('movements.record', { childId: child.id, movement: runaway });
    const backwards = await t.fail('movements.record', { childId: child.id, movement: { kind: 'runaway_return', at: '2026-10-04T09:00:00.000Z' } });
    expect(backwards.message).toBe('The return (04-10-2026 14:30) is before the runaway it ends (05-10-2026 19:30).');
    expect(journalCount(t)).toBe(before + 1);
    expect((await t.call('movements.timeline', { childId: child.id })).movements).toHaveLength(1);
  });

  it('refuses input the schema or the clock rule out, field by field', async () => {
    const { t, child } = await withChild({ dob: '2014-05-01', ageYears: null });
    const policeless = await t.fail('movements.record', { childId: child.id, movement: { ...runaway, policeStation: '', firGdNo: '' } });
    expect(policeless.details?.['fields']).toEqual({ 'movement.policeStation': 'required when the police were informed', 'movement.firGdNo': 'required when the police were informed' });
    const future = await t.fail('movements.record', { childId: child.id, movement: { ...runaway, at: '2026-11-21T06:00:00.000Z' } });
    expect(future.details?.['fields']).toEqual({ at: 'in the future' });
    const young = await t.fail('movements.record', { childId: child.id, movement: { kind: 'release', at: '2026-11-01T06:00:00.000Z', reason: 'turned_18' } });
    expect(young.details?.['fields']).toEqual({ reason: 'the child was not yet 18 on that day' });
    const deathWithoutFacts = await t.fail('movements.record', { childId: child.id, movement: { kind: 'death', at: '2026-11-01T06:00:00.000Z' } as never });
    expect(Object.keys(deathWithoutFacts.details?.['fields'] as object).sort()).toEqual(
      ['authorityInformedOn', 'cause', 'certifiedBy', 'firGdNo', 'place', 'policeStation', 'postMortem'].map((f) => `movement.${f}`),
    );
    const orderAfter = await t.fail('movements.record', { childId: child.id, movement: { ...restoration, orderDate: '2026-11-03' } });
    expect(orderAfter.details?.['fields']).toEqual({ 'movement.orderDate': 'the order is dated after the movement' });
    expect((await t.call('movements.timeline', { childId: child.id })).movements).toHaveLength(0);
  });

  it('restores a child with an escort; the child leaves the roll, the register and the list say so', async () => {
    const { t, child } = await withChild();
    const escort = { escortOfficer: 'Meena Devi', escortDesignation: 'Child Welfare Officer', escortFrom: 'Patna', escortTo: 'Danapur', escortTravelOn: '2026-11-02' };
    const timeline = await t.call('movements.record', { childId: child.id, movement: { ...restoration, ...escort } });
    expect(timeline).toMatchObject({ status: 'restored', next: ['readmission'] });
    expect(await t.call('children.counts', {})).toMatchObject({ onRoll: 0, left: 1 });
    expect((await t.call('children.list', { status: 'left' })).total).toBe(1);
    expect((await t.call('children.list', { status: 'in_care' })).total).toBe(0);
    const { rows } = await t.call('movements.register', { from: '2026-10-01', to: '2026-10-31' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ serial: 1, admissionNo: 'CH-2026-001', entry: 'admission', name: 'सुनीता कुमारी', status: 'restored', left: { kind: 'restoration', details: { escortOfficer: 'Meena Devi' } } });
    expect((await t.call('movements.register', { from: '2026-10-02', to: '2026-10-31' })).rows).toHaveLength(0);
  });

  it('corrects and removes movements, refusing a removal that would strand a later return', async () => {
    const { t, child } = await withChild();
    const ran = (await t.call('movements.record', { childId: child.id, movement: runaway })).movements[0]!;
    await t.call('movements.record', { childId: child.id, movement: { kind: 'runaway_return', at: '2026-10-07T09:00:00.000Z' } });
    const stranded = await t.fail('movements.remove', { id: ran.id });
    expect(stranded.message).toMatch(/^With this change the movement of 07-10-2026 14:30 no longer fits: There is no runaway to return from/);
    const moved = await t.fail('movements.update', { id: ran.id, movement: { ...runaway, at: '2026-10-08T09:00:00.000Z' } });
    expect(moved.code).toBe('invalid_input');
    const fixed = await t.call('movements.update', { id: ran.id, movement: { ...runaway, at: '2026-10-06T09:00:00.000Z', firGdNo: 'FIR 77/2026' } });
    expect(fixed.movements[0]).toMatchObject({ at: '2026-10-06T09:00:00.000Z', details: { firGdNo: 'FIR 77/2026' } });
    await t.call('movements.remove', { id: fixed.movements[1]!.id });
    const left = await t.call('movements.remove', { id: ran.id });
    expect(left).toMatchObject({ status: 'present', movements: [] });
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });

  it('refuses to move the admission after a recorded movement', async () => {
    const { t, child } = await withChild();
    await t.call('movements.record', { childId: child.id, movement: runaway });
    const later = await t.fail('children.update', { id: child.id, child: childInput({ admittedAt: '2026-10-06T06:30:00.000Z' }) });
    expect(later.details?.['fields']).toEqual({ admittedAt: 'after the first movement (05-10-2026 19:30)' });
    await t.call('children.update', { id: child.id, child: childInput({ admittedAt: '2026-10-04T06:30:00.000Z' }) });
  });

  it('withholds a CCL child’s family details from a role without the right, and refuses its changes', async () => {
    const { t, child } = await withChild({ category: 'CCL' });
    await t.call('movements.record', { childId: child.id, movement: { ...restoration, orderedBy: 'Juvenile Justice Board, Patna' } });
    const logged = () => t.backend.core.vault.db().prepare(`SELECT count(*) FROM access_log WHERE entity_id = ? AND action = 'movements'`).pluck().get(child.id);
    expect(logged()).toBe(0);
    await t.call('movements.timeline', { childId: child.id });
    expect(logged()).toBe(1);
    await t.call('users.create', { username: 'ravi', displayName: 'Ravi', role: 'case-worker', password: 'ravi password 1' });
    await t.call('auth.logout', {});
    await t.login('ravi', 'ravi password 1');
    const seen = await t.call('movements.timeline', { childId: child.id });
    expect(seen.movements[0]!.details).toMatchObject({ restoredTo: null, address: null, relationship: null, orderNo: 'CWC/PAT/2026/301' });
    expect(JSON.stringify(seen)).not.toContain('रामेश्वर');
    expect(seen.admission).toMatchObject({ referredBy: null, orderNo: null });
    expect((await t.fail('movements.record', { childId: child.id, movement: { kind: 'readmission', at: '2026-11-10T06:00:00.000Z', referredBy: 'JJB' } })).code).toBe('forbidden');
    const { rows } = await t.call('movements.register', { from: '2026-10-01', to: '2026-10-31' });
    expect(rows[0]).toMatchObject({ identified: false, name: null, fatherName: null, address: null });
  });

  it('numbers the register by time and gives a readmission its own entry', async () => {
    const { t, child } = await withChild();
    const other = await t.call('children.admit', childInput({ admissionNo: 'CH-2026-002', admittedAt: '2026-10-03T06:30:00.000Z' }));
    await t.call('movements.record', { childId: child.id, movement: restoration });
    await t.call('movements.record', { childId: child.id, movement: { kind: 'readmission', at: '2026-11-10T06:00:00.000Z', referredBy: 'Childline 1098', orderNo: 'CWC/PAT/2026/377' } });
    const { rows } = await t.call('movements.register', { from: '2026-10-01', to: '2026-11-30' });
    expect(rows.map((r) => [r.serial, r.admissionNo, r.entry, r.left?.kind ?? null, r.referredBy])).toEqual([
      [1, 'CH-2026-001', 'admission', 'restoration', 'Childline 1098'],
      [2, 'CH-2026-002', 'admission', null, 'Childline 1098'],
      [3, 'CH-2026-001', 'readmission', null, 'Childline 1098'],
    ]);
    expect(rows[2]!.orderNo).toBe('CWC/PAT/2026/377');
    expect(rows[1]!.childId).toBe(other.id);
    expect((await t.fail('movements.register', { from: '2026-11-30', to: '2026-10-01' })).details?.['fields']).toEqual({ to: 'before the start date' });
  });
});
