/**
 * Board and Committee cases on a real encrypted database: registering (the child's category
 * must fit the authority, the first production needs its next date), the 24-hour check,
 * hearings (a next date every time, sitting days, adjournments with reasons), steps and the
 * final order that disposes of the case, clocks and deadlines per case, confidentiality and
 * the access log, the journal (audit verify) — and refusals that change nothing.
 */
import { describe, expect, it } from 'vitest';
import { childInput, makeBackend } from '../helpers/backend';

let now = new Date('2026-03-10T06:00:00.000Z'); // Tuesday 10-03-2026, 11:30 IST

async function office() {
  const t = await makeBackend({ now: () => now });
  await t.setup();
  await t.login();
  return t;
}

async function later(t: Awaited<ReturnType<typeof office>>, to: string) {
  now = new Date(to);
  await t.login();
}

const ccl = (admissionNo: string, extra: Record<string, unknown> = {}) =>
  childInput({ admissionNo, name: 'Lalremruata', aliases: [], category: 'CCL', dob: '2009-06-01', ageYears: null, ageEstimated: false, admittedAt: '2026-03-01T05:00:00.000Z', ...extra });

const particulars = (extra: Record<string, unknown> = {}) => ({
  caseNo: 'JJB/PAT/12/2026',
  firNo: '45/2026',
  firDate: '2026-03-01',
  policeStation: 'Kotwali',
  sections: [{ statute: 'BNS', section: '303(2)' }],
  offenceClass: 'petty',
  offenceDate: '2026-02-28',
  // Apprehended 01-03 at 22:30 IST, produced 02-03 at 21:00 IST: 22 h 30 min, across midnight.
  apprehendedAt: '2026-03-01T17:00:00.000Z',
  firstProducedAt: '2026-03-02T15:30:00.000Z',
  ...extra,
});

describe('JJB and CWC cases', () => {
  it('registers a CCL case, keeps its hearings and clocks, and disposes of it by the final order', async () => {
    now = new Date('2026-03-10T06:00:00.000Z');
    const t = await office();
    const child = await t.call('children.admit', ccl('OH-1'));
    const cncp = await t.call('children.admit', childInput({ admissionNo: 'CH-1' }));

    // The Board deals with children in conflict with law.
    const wrongKind = await t.fail('cases.register', { childId: cncp.id, authority: 'jjb', particulars: particulars(), next: { date: '2026-03-16', bench: '1', purpose: 'sbrBail' } });
    expect(wrongKind.details?.['fields']).toMatchObject({ authority: expect.stringMatching(/Board deals with children in conflict with law/) });
    // Produced, so the next date fixed then is required; and a Sunday is not a sitting day.
    expect((await t.fail('cases.register', { childId: child.id, authority: 'jjb', particulars: particulars(), next: null })).details?.['fields']).toEqual({ next: 'give the next date fixed at the first production' });
    const sunday = await t.fail('cases.register', { childId: child.id, authority: 'jjb', particulars: particulars(), next: { date: '2026-03-15', bench: '1', purpose: 'sbrBail' } });
    expect((sunday.details?.['fields'] as Record<string, string>)['next.date']).toMatch(/does not sit on Sundays/);
    // An IPC section for an offence after 1 July 2024, a production before the apprehension.
    const bad = await t.fail('cases.register', { childId: child.id, authority: 'jjb', particulars: particulars({ sections: [{ statute: 'IPC', section: '379' }], firstProducedAt: '2026-03-01T10:00:00.000Z' }), next: { date: '2026-03-16', bench: '1', purpose: 'sbrBail' } });
    expect(bad.details?.['fields']).toMatchObject({ 'particulars.sections.0': expect.stringMatching(/BNS replaced the IPC/), 'particulars.firstProducedAt': expect.stringMatching(/before the apprehension/) });
    expect(await t.call('cases.list', {})).toEqual([]);

    const { id } = await t.call('cases.register', { childId: child.id, authority: 'jjb', particulars: particulars(), next: { date: '2026-03-16', bench: '1', purpose: 'sbrBail' } });
    const dup = await t.fail('cases.register', { childId: child.id, authority: 'jjb', particulars: particulars(), next: { date: '2026-03-16', bench: '1', purpose: 'sbrBail' } });
    expect(dup.code).toBe('conflict');

    let file = await t.call('cases.get', { id });
    expect(file.production).toEqual({ elapsedMinutes: 22 * 60 + 30, countedMinutes: 22 * 60 + 30, within: true, lateMinutes: 0 });
    expect(file.hearings.map((h) => [h.date, h.purpose, h.status])).toEqual([
      ['2026-03-02', 'production', 'held'],
      ['2026-03-16', 'sbrBail', 'scheduled'],
    ]);
    const clock = (ruleId: string) => file.clocks.find((c) => c.ruleId === ruleId);
    expect(clock('apprehension-production-jjb')).toMatchObject({ state: 'met', doneAt: '2026-03-02T15:30:00.000Z' });
    expect(clock('sir-ccl')).toMatchObject({ state: 'due', dueAt: '2026-03-17' });
    expect(clock('inquiry-jjb-petty')).toMatchObject({ state: 'open', dueAt: '2026-07-02', terminated: false });
    expect(clock('preliminary-assessment')).toBeUndefined();

    // The hearing of 16-03 has not taken place yet; then it is adjourned — with a reason — to a sitting day.
    const [, listed] = file.hearings;
    expect((await t.fail('hearings.record', { hearingId: listed!.id, outcome: 'held', reason: '', proceedings: '', next: { date: '2026-03-23', bench: '1', purpose: 'sir' } })).details?.['fields']).toEqual({ hearingId: 'the hearing of 16-03-2026 has not taken place yet' });
    await later(t, '2026-03-16T10:00:00.000Z');
    expect((await t.fail('hearings.record', { hearingId: listed!.id, outcome: 'adjourned', reason: '', proceedings: '', next: { date: '2026-03-23', bench: '1', purpose: 'sir' } })).details?.['fields']).toEqual({ reason: 'give the reason for the adjournment' });
    expect((await t.fail('hearings.record', { hearingId: listed!.id, outcome: 'held', reason: '', proceedings: '', next: { date: '2026-03-16', bench: '1', purpose: 'sir' } })).details?.['fields']).toEqual({ 'next.date': 'not after the previous hearing (16-03-2026)' });
    await t.call('hearings.record', { hearingId: listed!.id, outcome: 'adjourned', reason: 'Probation Officer on leave', proceedings: 'SBR received', next: { date: '2026-03-23', bench: '1', purpose: 'sir' } });

    // The deadlines list shows the SIR for this case, by case number.
    await later(t, '2026-03-18T06:00:00.000Z');
    const sir = (await t.call('deadlines.list', { scope: 'all' })).items.find((i) => i.ruleId === 'sir-ccl')!;
    expect(sir).toMatchObject({ caseNo: 'JJB/PAT/12/2026', caseId: id, state: 'overdue', dueAt: '2026-03-17', admissionNo: 'OH-1', name: 'Lalremruata' });

    await t.call('cases.addEntry', { caseId: id, kind: 'sir', values: { date: '2026-03-18', preparedBy: 'Meena Devi', preparerRole: 'probationOfficer', recommendation: 'Counselling; return to school' } });
    // A preliminary assessment is for heinous offences only; a second final order is refused.
    expect((await t.fail('cases.addEntry', { caseId: id, kind: 'preliminaryAssessment', values: { date: '2026-03-18', assessmentOutcome: 'board' } })).details?.['fields']).toEqual({ 'values.assessmentOutcome': 'only for a heinous offence (s.15)' });
    // The final order of 23-03 disposes of the case only once the hearing before it is recorded… it is that hearing's day.
    await later(t, '2026-03-23T09:00:00.000Z');
    const order = await t.call('cases.addEntry', { caseId: id, kind: 'finalOrder', values: { date: '2026-03-23', orderSection: 's18_1', clause: 'a', details: 'Admonished; sent home with the mother' } });
    expect((await t.fail('cases.addEntry', { caseId: id, kind: 'finalOrder', values: { date: '2026-03-23', orderSection: 's17' } })).code).toBe('conflict');
    file = await t.call('cases.get', { id });
    expect(file).toMatchObject({ status: 'disposed', disposedOn: '2026-03-23', disposal: 's18_1_a' });
    expect(file.hearings.at(-1)).toMatchObject({ date: '2026-03-23', status: 'disposed' });
    expect(file.clocks.find((c) => c.ruleId === 'sir-ccl')).toMatchObject({ state: 'late', doneAt: '2026-03-18' });
    expect(file.clocks.find((c) => c.ruleId === 'inquiry-jjb-petty')).toMatchObject({ state: 'met' });
    expect((await t.call('deadlines.list', { scope: 'all' })).items.filter((i) => i.caseId === id)).toEqual([]);
    // Removing the order (recorded by mistake) makes the case pending again and lists the hearing again.
    await t.call('cases.removeEntry', { id: order.id });
    file = await t.call('cases.get', { id });
    expect(file.status).toBe('pending');
    expect(file.hearings.at(-1)).toMatchObject({ date: '2026-03-23', status: 'scheduled' });

    expect(await t.call('audit.verify', {})).toMatchObject({ ok: true, problems: [] });
  });

  it('shows a CCL case by its number only to roles that may not see it, and logs every view', async () => {
    now = new Date('2026-03-10T06:00:00.000Z');
    const t = await office();
    const child = await t.call('children.admit', ccl('OH-2'));
    const { id } = await t.call('cases.register', { childId: child.id, authority: 'jjb', particulars: particulars({ caseNo: 'JJB/7/2026' }), next: { date: '2026-03-16', bench: '1', purpose: 'sbrBail' } });
    await t.call('users.create', { username: 'ravi', displayName: 'Ravi', role: 'case-worker', password: 'ravi password 1' });
    await t.call('users.create', { username: 'member', displayName: 'Member', role: 'board-member', password: 'member password' });

    await t.login('ravi', 'ravi password 1');
    const [row] = await t.call('cases.list', {});
    expect(row).toMatchObject({ caseNo: 'JJB/7/2026', identified: false, childId: null, admissionNo: null, name: null, offenceClass: null, nextHearing: '2026-03-16' });
    expect(await t.call('cases.list', { query: 'Lalrem' })).toEqual([]);
    expect((await t.fail('cases.get', { id })).code).toBe('forbidden');
    expect((await t.fail('cases.sheet', { id })).code).toBe('forbidden');
    const item = (await t.call('deadlines.list', { scope: 'all' })).items.find((i) => i.caseId === id);
    expect(item).toMatchObject({ caseNo: 'JJB/7/2026', name: null, childId: null, admissionNo: null });

    await t.login('member', 'member password');
    expect((await t.call('cases.get', { id })).child.name).toBe('Lalremruata');
    await t.call('cases.sheet', { id });
    await t.login();
    const audit = t.backend.core.vault.db().prepare(`SELECT action FROM access_log WHERE entity = 'jj_case' AND entity_id = ? ORDER BY id`).pluck().all(id);
    expect(audit).toEqual(['case', 'monitoring-sheet']);
  });
});

describe('the demo’s cases', () => {
  it('are written through the same checks, journaled, and include one the law has terminated', async () => {
    now = new Date('2026-11-10T06:00:00.000Z');
    const t = await office();
    const admitted = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString();
    for (let i = 0; i < 10; i++) await t.call('children.admit', ccl(`CCL-${i}`, { admittedAt: admitted(20 + i * 25) }));
    for (let i = 0; i < 6; i++) await t.call('children.admit', childInput({ admissionNo: `CNCP-${i}`, admittedAt: admitted(15 + i * 30) }));
    const { fillCases } = await import('../../src/main/demo/generate-cases');
    const { Prng } = await import('../../src/main/demo/prng');
    const db = t.backend.core.vault.db();
    db.transaction(() => fillCases({ db, now, actor: { id: null, name: 'demo' }, viewer: { userId: 'demo', canSeeCcl: true, canSeePhotos: true } }, new Prng(44)))();
    const cases = await t.call('cases.list', {});
    expect(cases.filter((c) => c.authority === 'jjb')).toHaveLength(10);
    expect(cases.filter((c) => c.authority === 'cwc')).toHaveLength(6);
    expect(cases.some((c) => c.limit?.terminated)).toBe(true);
    expect(cases.some((c) => c.status === 'disposed')).toBe(true);
    expect(await t.call('audit.verify', {})).toMatchObject({ ok: true, problems: [] });
  });
});
