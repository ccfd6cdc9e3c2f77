/** The engine on its own: it knows no rule, so a rule written here works as the table's do. */
import { describe, expect, it } from 'vitest';
import { evaluateDeadlines, type ChildFacts } from '../../../src/main/deadlines/engine';
import { addToDay, quarterOf } from '../../../src/main/deadlines/calendar';
import type { DeadlineRule, FactName } from '../../../src/shared/domain/deadlines';

/** Facts the table does not know yet: the engine must not care what they are called. */
const FIRST_PRODUCTION = 'firstProduction' as FactName;
const FINAL_ORDER = 'finalOrder' as FactName;
const AVAILABLE = new Set([FIRST_PRODUCTION, FINAL_ORDER]);
const produced = (day: string, finalOrder?: string) => ({ [FIRST_PRODUCTION]: [{ at: day }], ...(finalOrder ? { [FINAL_ORDER]: [{ at: finalOrder }] } : {}) });

/** A rule the JJB case files will bring (issue 6): inquiry within 4 months of first production, warned 7 days ahead. */
const INQUIRY = {
  id: 'jjb-inquiry-4-months',
  title: 'Complete the inquiry within 4 months of first production',
  source: { text: 'JJ Act 2015 s.14(2)', verified: false },
  scope: 'child',
  categories: ['CCL'],
  while: 'in_care',
  start: FIRST_PRODUCTION,
  due: { months: 4 },
  warn: { days: 7 },
  done: { fact: FINAL_ORDER },
  mode: 'once',
  responsible: ['jjb-clerk'],
} satisfies DeadlineRule;

const ccl = (id: string, facts: ChildFacts['facts']): ChildFacts => ({ childId: id, admissionNo: id, name: null, category: 'CCL', status: 'present', facts });
const at = (day: string) => new Date(`${day}T10:00:00+05:30`);

describe('the deadlines engine', () => {
  it('runs a rule it has never seen, on facts it has never seen', () => {
    const children = [ccl('A', produced('2026-01-05')), ccl('B', produced('2026-01-20', '2026-04-01')), ccl('C', produced('2026-02-01'))];
    const { items, inactive } = evaluateDeadlines({ rules: [INQUIRY], children, institution: {}, available: AVAILABLE, now: at('2026-05-28') });
    expect(inactive).toEqual([]);
    expect(items.map((i) => [i.admissionNo, i.state, i.dueAt, i.daysLeft])).toEqual([
      ['A', 'overdue', '2026-05-05', -23],
      ['C', 'due', '2026-06-01', 4],
    ]);
    expect(items[0]).toMatchObject({ ruleId: INQUIRY.id, source: INQUIRY.source, category: 'CCL', name: null, hourly: false, period: null, startedAt: '2026-01-05' });
  });

  it('lists a rule whose facts nothing records as inactive instead of calling everyone overdue', () => {
    const children = [ccl('A', produced('2026-01-05'))];
    const { items, inactive } = evaluateDeadlines({ rules: [INQUIRY], children, institution: {}, available: new Set([FIRST_PRODUCTION]), now: at('2026-12-01') });
    expect(items).toEqual([]);
    expect(inactive).toEqual([{ ruleId: INQUIRY.id, title: INQUIRY.title, missing: ['finalOrder'] }]);
  });

  it('puts overdue first, the longest overdue at the top', () => {
    const children = ['2026-01-10', '2026-01-01', '2026-01-29'].map((d, i) => ccl(`K${i}`, produced(d)));
    const { items } = evaluateDeadlines({ rules: [INQUIRY], children, institution: {}, available: AVAILABLE, now: at('2026-05-25') });
    expect(items.map((i) => [i.admissionNo, i.state])).toEqual([
      ['K1', 'overdue'],
      ['K0', 'overdue'],
      ['K2', 'due'],
    ]);
  });

  it('adds calendar months the way a clerk counts them, and names quarters', () => {
    expect(addToDay('2026-01-31', { months: 1 })).toBe('2026-02-28');
    expect(addToDay('2028-01-31', { months: 1 })).toBe('2028-02-29');
    expect(addToDay('2026-11-30', { months: 3 })).toBe('2027-02-28');
    expect(addToDay('2026-03-31', { months: -1, days: -1 })).toBe('2026-02-27');
    expect(addToDay('2008-02-29', { months: 18 * 12 })).toBe('2026-02-28');
    expect(quarterOf('2026-08-15')).toEqual({ id: '2026-Q3', first: '2026-07-01', last: '2026-09-30' });
    expect(quarterOf('2026-12-31')).toEqual({ id: '2026-Q4', first: '2026-10-01', last: '2026-12-31' });
  });
});
