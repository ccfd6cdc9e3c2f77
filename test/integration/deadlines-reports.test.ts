import { describe, expect, it } from 'vitest';
import { childInput, makeBackend } from '../helpers/backend';

let now = new Date('2026-10-10T06:00:00.000Z');

/** Moves the clock; a jump of hours locks the session, as it would on a real PC, so sign in again. */
async function later(t: Awaited<ReturnType<typeof office>>, to: string) {
  now = new Date(to);
  await t.login();
}

async function office() {
  const t = await makeBackend({ now: () => now });
  await t.setup();
  await t.login();
  return t;
}

const restoration = (at: string) => ({
  kind: 'restoration' as const,
  at,
  restoredTo: 'रामेश्वर प्रसाद',
  relationship: 'Father',
  address: 'Rampur, Patna',
  orderedBy: 'Child Welfare Committee, Patna',
  orderNo: 'CWC/PAT/2026/301',
  orderDate: at.slice(0, 10),
  reason: 'Family traced',
});

describe('deadlines and reports over a real register', () => {
  it('lists due and overdue deadlines with their sources, per role, and meets them as facts arrive', async () => {
    now = new Date('2026-10-10T06:00:00.000Z');
    const t = await office();
    // Admitted without an order at night: production before the Committee is due within 24 hours.
    const night = await t.call('children.admit', childInput({ admissionNo: 'N-1', orderNo: '', admittedAt: '2026-10-09T18:00:00.000Z' }));
    // Admitted on 01-09 with no care plan: the ICP was due on 01-10.
    await t.call('children.admit', childInput({ admissionNo: 'P-1', admittedAt: '2026-09-01T06:00:00.000Z' }));
    // Turns 18 on 01-01-2027: after-care planning is due now.
    await t.call('children.admit', childInput({ admissionNo: 'CCL-1', category: 'CCL', dob: '2009-01-01', ageYears: null, admittedAt: '2026-09-20T06:00:00.000Z' }));

    const all = await t.call('deadlines.list', { scope: 'all' });
    const brief = all.items.map((i) => [i.ruleId, i.admissionNo, i.state]);
    expect(brief).toEqual(
      expect.arrayContaining([
        ['icp', 'P-1', 'overdue'],
        ['production-cwc', 'N-1', 'due'],
        ['turning-18', 'CCL-1', 'due'],
      ]),
    );
    expect(all.items[0]!.state).toBe('overdue');
    expect(all.items.find((i) => i.ruleId === 'icp')!.source.text).toMatch(/69I\(3\)/);
    expect(all.inactive).toEqual([]);
    expect(all.items.find((i) => i.admissionNo === 'CCL-1')!.name).toBe('सुनीता कुमारी');

    // A case worker: only the rules that are a case worker's work, and no CCL name.
    await t.call('users.create', { username: 'ravi', displayName: 'Ravi', role: 'case-worker', password: 'ravi password 1' });
    const admin = t.session;
    await t.login('ravi', 'ravi password 1');
    const mine = await t.call('deadlines.list', { scope: 'mine' });
    expect(mine.items.some((i) => i.ruleId === 'turning-18')).toBe(false);
    expect(mine.items.some((i) => i.ruleId === 'icp')).toBe(true);
    const ccl = (await t.call('deadlines.list', { scope: 'all' })).items.find((i) => i.admissionNo === 'CCL-1')!;
    expect(ccl.name).toBeNull();
    t.session = admin;

    // The register filters by deadline state.
    expect((await t.call('children.list', { deadline: 'overdue' })).rows.map((r) => r.admissionNo)).toEqual(['P-1']);
    expect((await t.call('children.list', { deadline: 'none' })).total).toBe(0);

    // Entering the Committee's order number records the production; 25 hours later it would have been overdue.
    await later(t, '2026-10-10T19:00:00.000Z');
    expect((await t.call('deadlines.list', { scope: 'all' })).items.find((i) => i.admissionNo === 'N-1' && i.ruleId === 'production-cwc')!.state).toBe('overdue');
    await t.call('children.update', { id: night.id, child: childInput({ admissionNo: 'N-1', orderNo: 'CWC/PAT/2026/140', admittedAt: '2026-10-09T18:00:00.000Z' }) });
    expect((await t.call('deadlines.list', { scope: 'all' })).items.some((i) => i.admissionNo === 'N-1' && i.ruleId === 'production-cwc')).toBe(false);

    // Leaving the roll ends the deadlines of a stay; a restoration starts its follow-ups.
    await t.call('movements.record', { childId: night.id, movement: restoration('2026-10-10T10:00:00.000Z') });
    await later(t, '2026-12-01T06:00:00.000Z');
    const afterwards = (await t.call('deadlines.list', { scope: 'all' })).items.filter((i) => i.admissionNo === 'N-1');
    expect(afterwards.map((i) => [i.ruleId, i.state, i.dueAt])).toEqual([['follow-up-2-months', 'due', '2026-12-10']]);
  });

  it('asks for the quarterly report after each quarter and stops once it is marked sent', async () => {
    now = new Date('2026-09-20T06:00:00.000Z');
    const t = await office();
    await later(t, '2026-10-05T06:00:00.000Z');
    const due = (await t.call('deadlines.list', { scope: 'all' })).items.filter((i) => i.ruleId === 'quarterly-report');
    expect(due.map((i) => [i.period, i.state, i.dueAt, i.childId])).toEqual([['2026-Q3', 'due', '2026-10-15', null]]);
    const early = await t.fail('reports.markSent', { period: '2026-Q4', submittedOn: '2026-10-05', submittedTo: 'DM Patna' });
    expect(early.details?.['fields']).toEqual({ submittedOn: 'before the quarter ends' });
    await t.call('reports.markSent', { period: '2026-Q3', submittedOn: '2026-10-04', submittedTo: 'CWC Patna and DM Patna' });
    expect((await t.call('deadlines.list', { scope: 'all' })).items.filter((i) => i.ruleId === 'quarterly-report')).toEqual([]);
    expect((await t.call('reports.quarterly', { period: '2026-Q3' })).sent).toEqual({ submittedOn: '2026-10-04', submittedTo: 'CWC Patna and DM Patna', recordedBy: 'asha' });
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });

  it('reports the quarter’s restored, dead and runaway children, CCL by admission number only, and the month in counts', async () => {
    now = new Date('2026-11-20T06:00:00.000Z');
    const t = await office();
    const a = await t.call('children.admit', childInput({ admissionNo: 'A', admittedAt: '2026-06-15T06:00:00.000Z' }));
    const b = await t.call('children.admit', childInput({ admissionNo: 'B', category: 'CCL', sex: 'male', admittedAt: '2026-06-20T06:00:00.000Z' }));
    const c = await t.call('children.admit', childInput({ admissionNo: 'C', admittedAt: '2026-08-01T06:00:00.000Z' }));
    await t.call('movements.record', { childId: a.id, movement: restoration('2026-07-20T06:00:00.000Z') });
    await t.call('movements.record', { childId: b.id, movement: { kind: 'runaway', at: '2026-08-10T15:00:00.000Z', policeInformed: true, policeStation: 'Kotwali', firGdNo: 'GD 12/2026' } });
    await t.call('movements.record', { childId: b.id, movement: { kind: 'runaway_return', at: '2026-10-02T06:00:00.000Z' } });
    await t.call('movements.record', {
      childId: c.id,
      movement: { kind: 'death', at: '2026-09-30T17:00:00.000Z', place: 'District Hospital', cause: 'Dengue', certifiedBy: 'Dr. Rao', policeStation: 'Kotwali', firGdNo: 'GD 40/2026', postMortem: false, authorityInformedOn: '2026-10-01' },
    });

    const q3 = await t.call('reports.quarterly', { period: '2026-Q3' });
    expect(q3).toMatchObject({ from: '2026-07-01', to: '2026-09-30', sent: null });
    expect(q3.restored.map((e) => [e.admissionNo, e.name, e.relationship])).toEqual([['A', 'सुनीता कुमारी', 'Father']]);
    expect(q3.ranAway).toEqual([expect.objectContaining({ admissionNo: 'B', name: null, homeDistrict: null, policeInformed: true, firGdNo: 'GD 12/2026', returnedAt: '2026-10-02T06:00:00.000Z' })]);
    // Died at 22:30 IST on 30-09: the last evening of the quarter.
    expect(q3.died.map((e) => [e.admissionNo, e.cause])).toEqual([['C', 'Dengue']]);
    expect((await t.call('reports.quarterly', { period: '2026-Q4' })).died).toEqual([]);

    const { csv, fileName } = await t.call('reports.csv', { report: 'quarterly', period: '2026-Q3' });
    expect(fileName).toBe('quarterly-report-2026-Q3.csv');
    const lines = csv.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^section,serial,admission_no,name,/);
    expect(lines.find((l) => l.startsWith('ran_away'))).toMatch(/^ran_away,1,B,,CCL,male,\d+,10-08-2026,,/);
    expect(csv).not.toContain('Secret');

    const aug = await t.call('reports.monthly', { month: '2026-08' });
    const line = (name: string) => aug.lines.find((l) => l.line === name)!.counts;
    expect(line('onRollAtStart')).toMatchObject({ total: 1, CCL: 1 });
    expect(line('admitted')).toMatchObject({ total: 1, CNCP: 1, female: 1 });
    expect(line('ranAway')).toMatchObject({ total: 1, CCL: 1, male: 1 });
    expect(line('onRollAtEnd')).toMatchObject({ total: 2 });
    expect(line('presentAtEnd')).toMatchObject({ total: 1 });
    expect(line('awayAtEnd')).toMatchObject({ total: 1 });
    const monthly = (await t.call('reports.csv', { report: 'monthly', period: '2026-08' })).csv;
    expect(monthly).toContain('\r\nranAway,1,0,1,0,1,0,0\r\n');
    expect((await t.fail('reports.monthly', { month: '2026-13' })).code).toBe('invalid_input');
  });
});
