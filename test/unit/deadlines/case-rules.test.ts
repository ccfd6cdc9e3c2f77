/**
 * Every rule of the Board's and the Committee's cases, through the engine: the list items
 * (quiet before the 7-day warning, due inside it, overdue after, met by their fact) and the
 * case's own clocks (met, late, closed). Edge cases: production times across midnight and
 * with journey time, the inquiry's extension granted or not, the petty-offence termination,
 * a heinous case before and after the preliminary assessment. "Now" is 10:00 IST on the day named.
 */
import { describe, expect, it } from 'vitest';
import { caseClocks, evaluateDeadlines, type CaseFacts, type Facts } from '../../../src/main/deadlines/engine';
import { DEADLINE_RULES } from '../../../src/main/deadlines/rules';
import { FACTS, type CaseTraits, type FactName } from '../../../src/shared/domain/deadlines';
import { productionCheck } from '../../../src/shared/domain/jj-case';

const ALL_FACTS = new Set<FactName>(FACTS);
const rule = (id: string) => DEADLINE_RULES.find((r) => r.id === id)!;
const on = (day: string, time = '10:00') => new Date(`${day}T${time}:00+05:30`);

const JJB: CaseTraits = { authority: 'jjb', offenceClass: 'serious', ageAtOffence: 'under16', ageAtProduction: '2plus', adoption: 'no' };
const CWC: CaseTraits = { authority: 'cwc', offenceClass: 'none', ageAtOffence: 'unknown', ageAtProduction: '2plus', adoption: 'no' };

function kase(facts: Facts, traits: Partial<CaseTraits> = {}, pending = true): CaseFacts {
  const t = { ...JJB, ...traits };
  return { caseId: 'k1', caseNo: 'JJB/1/2026', childId: 'c1', admissionNo: 'OH-1', name: 'Lalremruata', category: t.authority === 'jjb' ? 'CCL' : 'CNCP', pending, traits: t, facts };
}

/** The one list item of a rule for a case on a day, or null. */
function itemOf(id: string, c: CaseFacts, now: Date) {
  const { items } = evaluateDeadlines({ rules: [rule(id)], children: [], cases: [c], institution: {}, available: ALL_FACTS, now });
  expect(items.length).toBeLessThanOrEqual(1);
  return items[0] ? { state: items[0].state, dueAt: items[0].dueAt, daysLeft: items[0].daysLeft, terminated: items[0].terminated, caseNo: items[0].caseNo } : null;
}

const clockOf = (id: string, c: CaseFacts, now: Date) => caseClocks(DEADLINE_RULES, c, ALL_FACTS, now).find((k) => k.ruleId === id) ?? null;

const PRODUCED = '2026-01-05'; // first production
const produced = (extra: Facts = {}): Facts => ({ firstProduction: [{ at: `${PRODUCED}T06:00:00.000Z` }], ...extra });

describe('the case rules', () => {
  it('covers every case rule of the table here, each with its source, warned 7 days ahead unless counted in hours or days of a hearing', () => {
    expect(DEADLINE_RULES.filter((r) => r.scope === 'case').map((r) => r.id).sort()).toEqual(
      ['age-medical-test', 'apprehension-production-jjb', 'bail-conditions', 'hearing-outcome', 'inquiry-cwc', 'inquiry-jjb', 'inquiry-jjb-petty', 'lfa-over-2', 'lfa-under-2', 'preliminary-assessment', 'sir-ccl', 'sir-cncp', 'taken-charge-production-cwc'].sort(),
    );
    for (const r of DEADLINE_RULES.filter((x) => x.scope === 'case')) {
      expect(r.source.text.length, r.id).toBeGreaterThan(10);
      if (r.due.hours === undefined && r.id !== 'hearing-outcome') expect(r.warn, r.id).toEqual({ days: 7 });
    }
  });

  it('production within 24 hours of apprehension, across midnight (22:30 → 21:00 next day is in time; 23:00 is late)', () => {
    const apprehended = '2026-03-01T17:00:00.000Z'; // 01-03 22:30 IST
    const waiting = kase({ apprehension: [{ at: apprehended }] });
    expect(itemOf('apprehension-production-jjb', waiting, new Date('2026-03-01T18:00:00.000Z'))).toMatchObject({ state: 'due', dueAt: '2026-03-02T17:00:00.000Z' });
    expect(itemOf('apprehension-production-jjb', waiting, new Date('2026-03-02T17:01:00.000Z'))).toMatchObject({ state: 'overdue' });
    const inTime = kase({ apprehension: [{ at: apprehended }], firstProduction: [{ at: '2026-03-02T15:30:00.000Z' }] });
    expect(itemOf('apprehension-production-jjb', inTime, new Date('2026-03-03T06:00:00.000Z'))).toBeNull();
    expect(clockOf('apprehension-production-jjb', inTime, new Date('2026-03-03T06:00:00.000Z'))).toMatchObject({ state: 'met', hourly: true });
    const late = kase({ apprehension: [{ at: apprehended }], firstProduction: [{ at: '2026-03-02T17:30:00.000Z' }] });
    expect(clockOf('apprehension-production-jjb', late, new Date('2026-03-03T06:00:00.000Z'))).toMatchObject({ state: 'late' });
    // The case's own check excludes journey time, as the Act does.
    expect(productionCheck(apprehended, '2026-03-02T15:30:00.000Z', null)).toEqual({ elapsedMinutes: 1350, countedMinutes: 1350, within: true, lateMinutes: 0 });
    expect(productionCheck(apprehended, '2026-03-02T17:30:00.000Z', null)).toEqual({ elapsedMinutes: 1470, countedMinutes: 1470, within: false, lateMinutes: 30 });
    expect(productionCheck(apprehended, '2026-03-02T17:30:00.000Z', 1.5)).toEqual({ elapsedMinutes: 1470, countedMinutes: 1380, within: true, lateMinutes: 0 });
    // The Committee's rule is the Committee's: not shown for a Board case, and the other way round.
    expect(itemOf('taken-charge-production-cwc', waiting, new Date('2026-03-02T18:00:00.000Z'))).toBeNull();
    expect(itemOf('taken-charge-production-cwc', kase({ apprehension: [{ at: apprehended }] }, CWC), new Date('2026-03-02T18:00:00.000Z'))).toMatchObject({ state: 'overdue' });
  });

  it('SIR within 15 days of first production, Form 6 for the Board and Form 22 for the Committee', () => {
    const c = kase(produced());
    expect(itemOf('sir-ccl', c, on('2026-01-12'))).toBeNull();
    expect(itemOf('sir-ccl', c, on('2026-01-13'))).toMatchObject({ state: 'due', dueAt: '2026-01-20', daysLeft: 7 });
    expect(itemOf('sir-ccl', c, on('2026-01-21'))).toMatchObject({ state: 'overdue', daysLeft: -1 });
    expect(itemOf('sir-ccl', kase(produced({ sir: [{ at: '2026-01-19' }] })), on('2026-01-21'))).toBeNull();
    expect(clockOf('sir-ccl', kase(produced({ sir: [{ at: '2026-01-25' }] })), on('2026-02-01'))).toMatchObject({ state: 'late', doneAt: '2026-01-25' });
    expect(itemOf('sir-cncp', c, on('2026-01-21'))).toBeNull();
    expect(itemOf('sir-cncp', kase(produced(), CWC), on('2026-01-21'))).toMatchObject({ state: 'overdue', dueAt: '2026-01-20' });
  });

  it('inquiry within 4 months: overdue without an extension, moved by the Board’s extension, and further by the CJM’s', () => {
    const c = kase(produced());
    expect(itemOf('inquiry-jjb', c, on('2026-04-27'))).toBeNull();
    expect(itemOf('inquiry-jjb', c, on('2026-04-28'))).toMatchObject({ state: 'due', dueAt: '2026-05-05' });
    expect(itemOf('inquiry-jjb', c, on('2026-05-06'))).toMatchObject({ state: 'overdue', dueAt: '2026-05-05', terminated: false });
    const extended = kase(produced({ inquiryExtension: [{ at: '2026-04-30', extend: { months: 2 } }] }));
    expect(itemOf('inquiry-jjb', extended, on('2026-05-06'))).toBeNull();
    expect(itemOf('inquiry-jjb', extended, on('2026-07-06'))).toMatchObject({ state: 'overdue', dueAt: '2026-07-05' });
    expect(clockOf('inquiry-jjb', extended, on('2026-05-06'))).toMatchObject({ state: 'open', dueAt: '2026-07-05', extendedBy: { months: 2, days: 0 } });
    const further = kase(produced({ inquiryExtension: [{ at: '2026-04-30', extend: { months: 2 } }, { at: '2026-07-01', extend: { months: 3 } }] }));
    expect(itemOf('inquiry-jjb', further, on('2026-07-06'))).toBeNull();
    expect(clockOf('inquiry-jjb', further, on('2026-07-06'))).toMatchObject({ dueAt: '2026-10-05' });
    // Met by the final order; a disposed case has no deadlines.
    expect(itemOf('inquiry-jjb', kase(produced({ disposal: [{ at: '2026-05-10' }] })), on('2026-06-01'))).toBeNull();
    expect(clockOf('inquiry-jjb', kase(produced({ disposal: [{ at: '2026-05-10' }] }), {}, false), on('2026-06-01'))).toMatchObject({ state: 'late' });
    expect(itemOf('inquiry-jjb', kase(produced(), {}, false), on('2026-06-01'))).toBeNull();
    expect(clockOf('sir-ccl', kase(produced(), {}, false), on('2026-06-01'))).toMatchObject({ state: 'closed' });
    // Not for petty offences: those have their own rule, with the termination.
    expect(itemOf('inquiry-jjb', kase(produced(), { offenceClass: 'petty' }), on('2026-06-01'))).toBeNull();
  });

  it('petty offence: the proceedings stand terminated once the (extended) time runs out — at 4 months without an extension, at 6 with 2', () => {
    const petty = (f: Facts) => kase(produced(f), { offenceClass: 'petty' });
    expect(itemOf('inquiry-jjb-petty', petty({}), on('2026-05-05'))).toMatchObject({ state: 'due', terminated: false });
    expect(itemOf('inquiry-jjb-petty', petty({}), on('2026-05-06'))).toMatchObject({ state: 'overdue', terminated: true, dueAt: '2026-05-05' });
    const extended = petty({ inquiryExtension: [{ at: '2026-04-20', extend: { months: 1 } }, { at: '2026-05-25', extend: { months: 1 } }] });
    expect(itemOf('inquiry-jjb-petty', extended, on('2026-05-06'))).toBeNull();
    expect(itemOf('inquiry-jjb-petty', extended, on('2026-07-05'))).toMatchObject({ state: 'due', terminated: false });
    expect(itemOf('inquiry-jjb-petty', extended, on('2026-07-06'))).toMatchObject({ state: 'overdue', terminated: true, dueAt: '2026-07-05' });
    expect(clockOf('inquiry-jjb-petty', extended, on('2026-07-06'))).toMatchObject({ state: 'overdue', terminated: true });
    // Disposed of in time: no termination.
    expect(clockOf('inquiry-jjb-petty', petty({ disposal: [{ at: '2026-04-01' }] }), on('2026-07-06'))).toMatchObject({ state: 'met', terminated: false });
  });

  it('heinous offence by a child of 16–18: preliminary assessment within 3 months; after it the inquiry clock runs on', () => {
    const heinous = (f: Facts, age: CaseTraits['ageAtOffence'] = '16to18') => kase(produced(f), { offenceClass: 'heinous', ageAtOffence: age });
    expect(itemOf('preliminary-assessment', heinous({}), on('2026-03-28'))).toBeNull();
    expect(itemOf('preliminary-assessment', heinous({}), on('2026-03-29'))).toMatchObject({ state: 'due', dueAt: '2026-04-05' });
    expect(itemOf('preliminary-assessment', heinous({}), on('2026-04-06'))).toMatchObject({ state: 'overdue' });
    // Age not yet determined: the assessment is shown (determine the age first); under 16, it does not apply.
    expect(itemOf('preliminary-assessment', heinous({}, 'unknown'), on('2026-04-06'))).toMatchObject({ state: 'overdue' });
    expect(itemOf('preliminary-assessment', heinous({}, 'under16'), on('2026-04-06'))).toBeNull();
    expect(clockOf('preliminary-assessment', heinous({}, 'under16'), on('2026-04-06'))).toBeNull();
    expect(itemOf('preliminary-assessment', kase(produced(), { offenceClass: 'serious', ageAtOffence: '16to18' }), on('2026-04-06'))).toBeNull();
    // Assessed in time, the Board keeps the inquiry: its 4 months still run from the first production.
    const assessed = heinous({ preliminaryAssessment: [{ at: '2026-03-20' }] });
    expect(itemOf('preliminary-assessment', assessed, on('2026-04-06'))).toBeNull();
    expect(clockOf('preliminary-assessment', assessed, on('2026-04-06'))).toMatchObject({ state: 'met', doneAt: '2026-03-20' });
    expect(itemOf('inquiry-jjb', assessed, on('2026-05-06'))).toMatchObject({ state: 'overdue', dueAt: '2026-05-05' });
    // Transferred to the Children's Court (s.18(3)): the Board's case is disposed of and its clocks stop.
    const transferred = kase(produced({ preliminaryAssessment: [{ at: '2026-03-20' }], disposal: [{ at: '2026-03-25' }] }), { offenceClass: 'heinous', ageAtOffence: '16to18' }, false);
    expect(evaluateDeadlines({ rules: DEADLINE_RULES, children: [], cases: [transferred], institution: {}, available: ALL_FACTS, now: on('2026-06-01') }).items).toEqual([]);
    expect(clockOf('inquiry-jjb', transferred, on('2026-06-01'))).toMatchObject({ state: 'met' });
  });

  it('bail conditions not met within 7 days: produce again; met when the conditions are met or the child is produced', () => {
    const bailed = (f: Facts = {}) => kase(produced({ bailConditional: [{ at: '2026-01-05' }], ...f }));
    expect(itemOf('bail-conditions', bailed(), on('2026-01-05'))).toMatchObject({ state: 'due', dueAt: '2026-01-12', daysLeft: 7 });
    expect(itemOf('bail-conditions', bailed(), on('2026-01-13'))).toMatchObject({ state: 'overdue' });
    expect(itemOf('bail-conditions', bailed({ bailSettled: [{ at: '2026-01-09' }] }), on('2026-01-13'))).toBeNull();
    expect(itemOf('bail-conditions', kase(produced()), on('2026-01-13'))).toBeNull();
  });

  it('medical age test within 15 days of the order, for the Board and the Committee', () => {
    const ordered = (traits: Partial<CaseTraits>, f: Facts = {}) => kase(produced({ medicalAgeTestOrdered: [{ at: '2026-01-10' }], ...f }), traits);
    expect(itemOf('age-medical-test', ordered({}), on('2026-01-17'))).toBeNull();
    expect(itemOf('age-medical-test', ordered({}), on('2026-01-18'))).toMatchObject({ state: 'due', dueAt: '2026-01-25' });
    expect(itemOf('age-medical-test', ordered(CWC), on('2026-01-26'))).toMatchObject({ state: 'overdue' });
    expect(itemOf('age-medical-test', ordered({}, { medicalAgeTestDone: [{ at: '2026-01-22' }] }), on('2026-01-26'))).toBeNull();
  });

  it('the Committee’s final order within 4 months, and the s.38 declaration within 2 months (under 2) or 4 months', () => {
    expect(itemOf('inquiry-cwc', kase(produced(), CWC), on('2026-05-06'))).toMatchObject({ state: 'overdue', dueAt: '2026-05-05' });
    expect(itemOf('inquiry-cwc', kase(produced()), on('2026-05-06'))).toBeNull();
    const baby = (f: Facts = {}) => kase(produced(f), { ...CWC, adoption: 'yes', ageAtProduction: 'under2' });
    expect(itemOf('lfa-under-2', baby(), on('2026-02-25'))).toBeNull();
    expect(itemOf('lfa-under-2', baby(), on('2026-02-26'))).toMatchObject({ state: 'due', dueAt: '2026-03-05' });
    expect(itemOf('lfa-over-2', baby(), on('2026-05-06'))).toBeNull();
    expect(itemOf('lfa-under-2', baby({ lfaDeclared: [{ at: '2026-03-01' }] }), on('2026-03-06'))).toBeNull();
    const older = kase(produced(), { ...CWC, adoption: 'yes', ageAtProduction: '2plus' });
    expect(itemOf('lfa-over-2', older, on('2026-05-06'))).toMatchObject({ state: 'overdue', dueAt: '2026-05-05' });
    expect(itemOf('lfa-under-2', older, on('2026-05-06'))).toBeNull();
    expect(itemOf('lfa-over-2', kase(produced(), CWC), on('2026-05-06'))).toBeNull();
  });

  it('a hearing is due on its day and overdue the next until its outcome and next date are recorded', () => {
    const listed = (f: Facts = {}) => kase(produced({ hearingListed: [{ at: '2026-01-05' }, { at: '2026-01-12' }], hearingRecorded: [{ at: '2026-01-05' }], ...f }));
    expect(itemOf('hearing-outcome', listed(), on('2026-01-11'))).toBeNull();
    expect(itemOf('hearing-outcome', listed(), on('2026-01-12'))).toMatchObject({ state: 'due', dueAt: '2026-01-12', daysLeft: 0 });
    expect(itemOf('hearing-outcome', listed(), on('2026-01-13'))).toMatchObject({ state: 'overdue', caseNo: 'JJB/1/2026' });
    expect(itemOf('hearing-outcome', listed({ hearingRecorded: [{ at: '2026-01-05' }, { at: '2026-01-12' }] }), on('2026-01-13'))).toBeNull();
  });
});
