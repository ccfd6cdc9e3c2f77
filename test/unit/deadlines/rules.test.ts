/**
 * Every deadline rule of the table, through the engine: quiet before its warning, due inside
 * it, overdue after, met by the fact that meets it, and silent for children it does not
 * follow. Dates are Indian calendar days; "now" is 10:00 IST on the day named.
 */
import { describe, expect, it } from 'vitest';
import { evaluateDeadlines, type ChildFacts, type Facts } from '../../../src/main/deadlines/engine';
import { DEADLINE_RULES } from '../../../src/main/deadlines/rules';
import { FACTS, type DeadlineRule, type FactName } from '../../../src/shared/domain/deadlines';
import type { ChildStatus } from '../../../src/shared/domain/movement';

const ALL_FACTS = new Set<FactName>(FACTS);
const rule = (id: string): DeadlineRule => DEADLINE_RULES.find((r) => r.id === id)!;
const on = (day: string, time = '10:00') => new Date(`${day}T${time}:00+05:30`);

function child(facts: Facts, opts: { category?: 'CNCP' | 'CCL'; status?: ChildStatus } = {}): ChildFacts {
  return { childId: 'c1', admissionNo: 'CH-1', name: 'Sunita', category: opts.category ?? 'CNCP', status: opts.status ?? 'present', facts };
}

/** The state of one rule's item for one child on a day: 'overdue', 'due', or null (nothing shown). */
function stateOf(id: string, c: ChildFacts, now: Date, institution: Facts = {}) {
  const { items } = evaluateDeadlines({ rules: [rule(id)], children: [c], institution, available: ALL_FACTS, now });
  expect(items.length).toBeLessThanOrEqual(1);
  return items[0] ? { state: items[0].state, dueAt: items[0].dueAt, daysLeft: items[0].daysLeft } : null;
}

const ADMITTED = '2026-01-31T05:00:00.000Z'; // 31-01-2026 10:30 IST

describe('each deadline rule', () => {
  it('covers every child and institution rule of the table here (case rules: case-rules.test.ts)', () => {
    expect(DEADLINE_RULES.filter((r) => r.scope !== 'case').map((r) => r.id).sort()).toEqual(
      ['case-history-review', 'follow-up-2-months', 'follow-up-6-months', 'icp', 'production-cwc', 'production-jjb', 'quarterly-report', 'turning-18'].sort(),
    );
    for (const r of DEADLINE_RULES) expect(r.source.text.length, r.id).toBeGreaterThan(10);
    // The citation in Hindi too, for Hindi screens (its section numbers the same as the English).
    for (const r of DEADLINE_RULES) {
      expect(r.source.textHi, r.id).toMatch(/[\u0900-\u097F]/);
      expect(r.source.textHi!.match(/\d+/g), r.id).toEqual(r.source.text.match(/\d+/g));
    }
  });

  it('icp: due one calendar month after admission (31-01 → 28-02), warned a week before, met by an ICP', () => {
    const c = child({ admission: [{ at: ADMITTED }], icp: [] });
    expect(stateOf('icp', c, on('2026-02-20'))).toBeNull();
    expect(stateOf('icp', c, on('2026-02-21'))).toEqual({ state: 'due', dueAt: '2026-02-28', daysLeft: 7 });
    expect(stateOf('icp', c, on('2026-02-28'))).toMatchObject({ state: 'due', daysLeft: 0 });
    expect(stateOf('icp', c, on('2026-03-01'))).toEqual({ state: 'overdue', dueAt: '2026-02-28', daysLeft: -1 });
    expect(stateOf('icp', child({ admission: [{ at: ADMITTED }], icp: [{ at: '2026-03-04' }] }), on('2026-03-05'))).toBeNull();
    // An ICP from before a readmission does not count for the new stay.
    const readmitted = child({ admission: [{ at: ADMITTED }, { at: '2026-06-01T05:00:00.000Z' }], icp: [{ at: '2026-02-10' }] });
    expect(stateOf('icp', readmitted, on('2026-07-02'))).toMatchObject({ state: 'overdue', dueAt: '2026-07-01' });
    expect(stateOf('icp', child({ admission: [{ at: ADMITTED }] }, { status: 'restored' }), on('2026-03-05'))).toBeNull();
  });

  it('production-cwc and production-jjb: counted in hours, due at once, overdue 24 hours after admission', () => {
    const facts = { admission: [{ at: ADMITTED }], production: [] };
    expect(stateOf('production-cwc', child(facts), new Date('2026-01-31T06:00:00.000Z'))).toMatchObject({ state: 'due', dueAt: '2026-02-01T05:00:00.000Z' });
    expect(stateOf('production-cwc', child(facts), new Date('2026-02-01T05:00:00.000Z'))).toMatchObject({ state: 'due' });
    expect(stateOf('production-cwc', child(facts), new Date('2026-02-01T05:01:00.000Z'))).toMatchObject({ state: 'overdue' });
    expect(stateOf('production-cwc', child(facts, { category: 'CCL' }), new Date('2026-02-02T00:00:00.000Z'))).toBeNull();
    expect(stateOf('production-jjb', child(facts, { category: 'CCL' }), new Date('2026-02-02T00:00:00.000Z'))).toMatchObject({ state: 'overdue' });
    expect(stateOf('production-cwc', child({ ...facts, production: [{ at: ADMITTED }] }), new Date('2026-02-02T00:00:00.000Z'))).toBeNull();
  });

  it('case-history-review: every three months, the clock restarting at each review', () => {
    const facts = { admission: [{ at: ADMITTED }], caseHistoryReview: [] as { at: string }[] };
    expect(stateOf('case-history-review', child(facts), on('2026-04-15'))).toBeNull();
    expect(stateOf('case-history-review', child(facts), on('2026-04-16'))).toMatchObject({ state: 'due', dueAt: '2026-04-30' });
    expect(stateOf('case-history-review', child(facts), on('2026-05-01'))).toMatchObject({ state: 'overdue' });
    const reviewed = child({ ...facts, caseHistoryReview: [{ at: '2026-04-20' }] });
    expect(stateOf('case-history-review', reviewed, on('2026-05-01'))).toBeNull();
    expect(stateOf('case-history-review', reviewed, on('2026-07-21'))).toMatchObject({ state: 'overdue', dueAt: '2026-07-20' });
  });

  it('follow-up-2-months and follow-up-6-months: after a restoration, met by that follow-up only, for children still restored', () => {
    const facts = { restoration: [{ at: '2026-03-15T06:00:00.000Z' }], followUp: [] as { at: string; tag: string }[] };
    const restored = (f: Facts) => child(f, { status: 'restored' });
    expect(stateOf('follow-up-2-months', restored(facts), on('2026-04-30'))).toBeNull();
    expect(stateOf('follow-up-2-months', restored(facts), on('2026-05-01'))).toMatchObject({ state: 'due', dueAt: '2026-05-15' });
    expect(stateOf('follow-up-2-months', restored(facts), on('2026-05-16'))).toMatchObject({ state: 'overdue' });
    const second = { ...facts, followUp: [{ at: '2026-05-14', tag: 'twoMonths' }] };
    expect(stateOf('follow-up-2-months', restored(second), on('2026-05-16'))).toBeNull();
    expect(stateOf('follow-up-6-months', restored(second), on('2026-09-16'))).toMatchObject({ state: 'overdue', dueAt: '2026-09-15' });
    expect(stateOf('follow-up-6-months', restored({ ...facts, followUp: [{ at: '2026-09-10', tag: 'sixMonths' }] }), on('2026-09-16'))).toBeNull();
    // Readmitted: the family placement ended, so do its follow-ups.
    expect(stateOf('follow-up-2-months', child(facts, { status: 'present' }), on('2026-05-16'))).toBeNull();
  });

  it('turning-18: shown six months before the 18th birthday, overdue after it while the child is still on the roll', () => {
    const facts = { birthday18: [{ at: '2026-12-10' }] };
    expect(stateOf('turning-18', child(facts), on('2026-06-09'))).toBeNull();
    expect(stateOf('turning-18', child(facts), on('2026-06-10'))).toMatchObject({ state: 'due', dueAt: '2026-12-10' });
    expect(stateOf('turning-18', child(facts), on('2026-12-11'))).toMatchObject({ state: 'overdue' });
    expect(stateOf('turning-18', child(facts, { status: 'released' }), on('2026-12-11'))).toBeNull();
  });

  it('quarterly-report: 15 days after each quarter, per quarter, met only by that quarter’s report', () => {
    const institution = { quarterEnd: [{ at: '2026-06-30', period: '2026-Q2' }, { at: '2026-09-30', period: '2026-Q3' }], quarterlyReportSent: [{ at: '2026-10-05', period: '2026-Q2' }] };
    const items = (now: Date) => evaluateDeadlines({ rules: [rule('quarterly-report')], children: [], institution, available: ALL_FACTS, now }).items.map((i) => [i.period, i.state, i.dueAt]);
    expect(items(on('2026-09-29'))).toEqual([]);
    expect(items(on('2026-09-30'))).toEqual([['2026-Q3', 'due', '2026-10-15']]);
    expect(items(on('2026-10-16'))).toEqual([['2026-Q3', 'overdue', '2026-10-15']]);
  });
});
