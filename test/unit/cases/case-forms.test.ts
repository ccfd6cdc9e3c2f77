/**
 * The shared rules of the case forms: sections read with their law and checked against the
 * 1 July 2024 change of codes, the particulars' joined fields, the steps' rules (s.94's order
 * of evidence, s.12's grounds, s.14(2)'s two months, s.18's periods, s.38's three members),
 * initials for the cause list, and the sitting-day check.
 */
import { describe, expect, it } from 'vitest';
import { caseEntrySchema } from '../../../src/shared/domain/jj-case-entries';
import { caseParticularsSchema, initialsOf } from '../../../src/shared/domain/jj-case';
import { parseSections, statuteProblem } from '../../../src/shared/domain/statutes';
import { DEFAULT_SITTINGS } from '../../../src/shared/domain/hearings';
import { sittingProblem } from '../../../src/main/cases/sittings';

const NOW = new Date('2026-11-20T06:00:00.000Z');
const problems = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('sections and their law', () => {
  it('reads sections as clerks write them, each with its law', () => {
    expect(parseSections('BNS 303(2); bns 317 ;IPC 34')).toEqual({ sections: [{ statute: 'BNS', section: '303(2)' }, { statute: 'BNS', section: '317' }, { statute: 'IPC', section: '34' }] });
    expect(parseSections('Arms 25(1)(b); Railways Act 137; POCSO 4')).toEqual({ sections: [{ statute: 'Arms Act', section: '25(1)(b)' }, { statute: 'Railways Act', section: '137' }, { statute: 'POCSO', section: '4' }] });
    expect(parseSections('303(2)')).toEqual({ problem: expect.stringMatching(/does not start with a law/) });
    expect(parseSections('BNS three')).toEqual({ problem: expect.stringMatching(/"three" in "BNS three" is not a section number/) });
    expect(parseSections('')).toEqual({ sections: [] });
  });

  it('keeps the IPC and CrPC for what began before 1 July 2024, and the BNS and BNSS after', () => {
    const before = { offence: '2024-06-30', proceedings: '2024-06-30' };
    const after = { offence: '2024-07-01', proceedings: '2024-07-01' };
    expect(statuteProblem({ statute: 'IPC', section: '379' }, before)).toBeNull();
    expect(statuteProblem({ statute: 'IPC', section: '379' }, after)).toMatch(/the BNS replaced the IPC on 01-07-2024; the offence began 01-07-2024/);
    expect(statuteProblem({ statute: 'BNS', section: '303(2)' }, before)).toMatch(/the BNS applies from 01-07-2024/);
    expect(statuteProblem({ statute: 'BNS', section: '303(2)' }, after)).toBeNull();
    // An offence before the change, reported after it: IPC for the offence, BNSS for the proceedings.
    const straddling = { offence: '2024-06-20', proceedings: '2024-07-05' };
    expect(statuteProblem({ statute: 'IPC', section: '379' }, straddling)).toBeNull();
    expect(statuteProblem({ statute: 'BNSS', section: '193' }, straddling)).toBeNull();
    expect(statuteProblem({ statute: 'CrPC', section: '173' }, straddling)).toMatch(/the BNSS replaced the CrPC/);
    // Unknown dates: nothing to check against; other laws are not checked.
    expect(statuteProblem({ statute: 'IPC', section: '379' }, { offence: null, proceedings: null })).toBeNull();
    expect(statuteProblem({ statute: 'POCSO', section: '4' }, after)).toBeNull();
  });
});

describe('the particulars', () => {
  const base = { caseNo: 'JJB/1', offenceClass: 'petty', offenceDate: '2026-11-01', apprehendedAt: '2026-11-01T17:00:00.000Z', firstProducedAt: '2026-11-02T05:00:00.000Z', sections: [{ statute: 'BNS', section: '303(2)' }] };
  it('joins the fields the way the law and the calendar do', () => {
    expect(caseParticularsSchema('jjb', NOW).safeParse(base).success).toBe(true);
    expect(problems(caseParticularsSchema('jjb', NOW).safeParse({ ...base, offenceClass: null }))).toEqual({ offenceClass: 'required' });
    expect(problems(caseParticularsSchema('cwc', NOW).safeParse(base))).toEqual({ offenceClass: 'only for a child in conflict with law' });
    expect(problems(caseParticularsSchema('jjb', NOW).safeParse({ ...base, adoptionGround: 'orphan' }))).toEqual({ adoptionGround: 'only for a child in need of care and protection' });
    expect(problems(caseParticularsSchema('jjb', NOW).safeParse({ ...base, firstProducedAt: '2026-11-01T16:00:00.000Z' }))).toEqual({ firstProducedAt: 'before the apprehension (01-11-2026 22:30)' });
    expect(problems(caseParticularsSchema('jjb', NOW).safeParse({ ...base, firstProducedAt: '2026-11-21T05:00:00.000Z' }))).toEqual({ firstProducedAt: 'in the future' });
    expect(problems(caseParticularsSchema('jjb', NOW).safeParse({ ...base, apprehendedAt: '2026-10-31T10:00:00.000Z' }))).toEqual({ apprehendedAt: 'before the date of the offence' });
    expect(problems(caseParticularsSchema('jjb', NOW).safeParse({ ...base, apprehendedAt: null, journeyHours: 2 }))).toEqual({ journeyHours: 'only with the times of apprehension and production' });
    expect(problems(caseParticularsSchema('jjb', NOW).safeParse({ ...base, sections: [{ statute: 'IPC', section: '379' }] }))).toEqual({ 'sections.0': expect.stringMatching(/cite the BNS section/) });
  });
});

describe('the steps', () => {
  const ok = (kind: Parameters<typeof caseEntrySchema>[0], v: Record<string, unknown>) => problems(caseEntrySchema(kind).safeParse(v));
  it('age determination: the evidence in the order of s.94(2)', () => {
    expect(ok('ageDetermination', { date: '2026-11-02', evidence: 'schoolCertificate' })).toEqual({});
    expect(ok('ageDetermination', { date: '2026-11-02', evidence: 'birthCertificate' })).toEqual({ noSchoolCertificate: expect.stringMatching(/no school or matriculation certificate/) });
    expect(ok('ageDetermination', { date: '2026-11-02', evidence: 'medical', noSchoolCertificate: true })).toEqual({ noBirthCertificate: expect.stringMatching(/no birth certificate either/) });
    expect(ok('ageDetermination', { date: '2026-11-02', evidence: 'medical', noSchoolCertificate: true, noBirthCertificate: true, medicalReportOn: '2026-11-10' })).toEqual({});
    expect(ok('ageDetermination', { date: '2026-11-02', evidence: 'schoolCertificate', medicalReportOn: '2026-11-10' })).toEqual({ medicalReportOn: 'only for a medical test' });
  });
  it('bail: refused only on the grounds of s.12(1), with reasons; conditions only when granted', () => {
    expect(ok('bail', { date: '2026-11-02', decision: 'refused', reasons: 'Known gang' })).toEqual({ refusalGrounds: expect.stringMatching(/s.12\(1\)/) });
    expect(ok('bail', { date: '2026-11-02', decision: 'refused', reasons: 'Known gang', refusalGrounds: ['knownCriminals'], conditions: 'x' })).toEqual({ conditions: 'only when bail is granted' });
    expect(ok('bail', { date: '2026-11-02', decision: 'granted' })).toEqual({ reasons: 'required' });
    expect(ok('bail', { date: '2026-11-02', decision: 'granted', reasons: 'No ground to refuse', conditionsMetOn: '2026-11-05' })).toEqual({ conditions: 'required when conditions were met or the child was produced again' });
  });
  it('extension: the Board at most 2 months; final orders: clause, period and supervision as s.18 needs', () => {
    expect(ok('extension', { date: '2026-11-02', months: 3, grantedBy: 'board', reasons: 'Witnesses' })).toEqual({ months: 'the Board may extend by at most 2 months (s.14(2))' });
    expect(ok('extension', { date: '2026-11-02', months: 3, grantedBy: 'cjm', reasons: 'Witnesses' })).toEqual({});
    expect(ok('finalOrder', { date: '2026-11-02', orderSection: 's18_1' })).toEqual({ clause: 'required for an order under s.18(1)' });
    expect(ok('finalOrder', { date: '2026-11-02', orderSection: 's18_1', clause: 'g' })).toEqual({ periodMonths: expect.stringMatching(/at most 3 years/), supervisedBy: 'name the special home or place of safety' });
    expect(ok('finalOrder', { date: '2026-11-02', orderSection: 's18_1', clause: 'g', periodMonths: 37, supervisedBy: 'Special Home' })).toEqual({ periodMonths: 'at most 36' });
    expect(ok('finalOrder', { date: '2026-11-02', orderSection: 's17', clause: 'a' })).toEqual({ clause: 'only for an order under s.18(1)' });
    expect(ok('lfaDeclaration', { date: '2026-11-02', orderNo: 'CWC/1', members: 2, agency: 'SAA Patna' })).toEqual({ members: 'at least three members must decide (s.38(1))' });
  });
  it('nothing before the case began, nothing that happened in the future', () => {
    const bounds = { child: { dob: '2010-01-01', admittedOn: '0001-01-01', today: '2026-11-20' }, caseBegan: '2026-11-01' };
    expect(problems(caseEntrySchema('sir', bounds).safeParse({ date: '2026-10-30', preparedBy: 'PO' }))).toEqual({ date: 'before the case began' });
    expect(problems(caseEntrySchema('sir', bounds).safeParse({ date: '2026-11-21', preparedBy: 'PO' }))).toEqual({ date: 'in the future' });
  });
});

describe('the cause list’s initials and the sitting days', () => {
  it('gives one initial per word, without vowel signs, in any script', () => {
    expect(initialsOf('Lalthanzuala')).toBe('L.');
    expect(initialsOf('सुनीता कुमारी')).toBe('स. क.');
    expect(initialsOf('ঋতব্রত চট্টোপাধ্যায়')).toBe('ঋ. চ.');
    expect(initialsOf('சுப்ரமணியன் வைத்தியநாதன்')).toBe('ச. வ.');
    expect(initialsOf('mohd. irfan')).toBe('M. I.');
  });
  it('lists hearings on sitting days, before a bench that exists', () => {
    expect(sittingProblem(DEFAULT_SITTINGS, 'jjb', '2026-11-23', '1')).toBeNull();
    expect(sittingProblem(DEFAULT_SITTINGS, 'jjb', '2026-11-22', '1')).toEqual({ date: 'The Board does not sit on Sundays (22-11-2026); see Settings › Sittings' });
    expect(sittingProblem({ ...DEFAULT_SITTINGS, cwc: { days: [2, 4], benches: ['A', 'B'] } }, 'cwc', '2026-11-23', 'C')).toEqual({ date: expect.stringMatching(/Committee does not sit on Mondays/), bench: 'not one of the benches in Settings › Sittings (A, B)' });
  });
});

describe('the words of the screens and the printed forms', () => {
  it('has every field, choice, purpose, disposal and state of the case files in English and Hindi', async () => {
    const { CASE_ENTRY_FIELDS, CASE_ENTRY_KINDS, DISPOSALS } = await import('../../../src/shared/domain/jj-case-entries');
    const { ALL_PURPOSES } = await import('../../../src/shared/domain/hearings');
    const { CLOCK_STATES } = await import('../../../src/shared/domain/deadlines');
    const { caseWord } = await import('../../../src/main/printing/forms/case-words');
    const missing: string[] = [];
    const check = (...path: string[]) => {
      try {
        const w = caseWord(...path);
        if (!w.hi.trim() || !w.en.trim()) missing.push(path.join('.'));
      } catch {
        missing.push(path.join('.'));
      }
    };
    for (const kind of CASE_ENTRY_KINDS) {
      check('entry', kind);
      check('entryDate', kind);
      for (const f of CASE_ENTRY_FIELDS[kind]) {
        if (f.key !== 'date') check('field', f.key);
        if ('options' in f) for (const o of f.options) check('option', f.key, o);
      }
    }
    for (const p of ALL_PURPOSES) check('purpose', p);
    for (const d of DISPOSALS) check('disposal', d);
    for (const s of CLOCK_STATES) check('clocks', 'state', s);
    expect(missing).toEqual([]);
  });
});
