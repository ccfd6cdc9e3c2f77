import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputFile, printRequest } from '../../../src/main/cli/commands/print';

describe('homeward print options', () => {
  it('asks for the child of a child form by admission number', () => {
    expect(printRequest('form17', { child: 'CH/2026/7' })).toEqual({ form: 'form17', child: { admissionNo: 'CH/2026/7' } });
  });

  it('takes the care plan’s part and date', () => {
    expect(printRequest('form7', { child: 'A-1', part: 'c', asOf: '05-11-2026' })).toEqual({ form: 'form7', child: { admissionNo: 'A-1' }, part: 'C', asOf: '2026-11-05' });
    expect(printRequest('form7', { child: 'A-1' })).toEqual({ form: 'form7', child: { admissionNo: 'A-1' }, part: null, asOf: null });
    expect(() => printRequest('form7', { child: 'A-1', part: 'E' })).toThrow(/--part takes A, B, C or D/);
    expect(() => printRequest('form7', { child: 'A-1', asOf: '31-02-2026' })).toThrow(/--as-of takes a date as dd-mm-yyyy/);
    expect(() => printRequest('form43', { child: 'A-1', part: 'A' })).toThrow('--part is not used by homeward print form43.');
  });

  it('takes a case by number (and authority), the cause list’s day, authority and bench, and the pendency report’s authority', () => {
    expect(printRequest('form11', { case: 'JJB/PAT/88/2026' })).toEqual({ form: 'form11', case: { caseNo: 'JJB/PAT/88/2026', authority: null } });
    expect(printRequest('form22', { case: '301', authority: 'CWC' })).toEqual({ form: 'form22', case: { caseNo: '301', authority: 'cwc' } });
    expect(printRequest('cause-list', { date: '09-11-2026' })).toEqual({ form: 'cause-list', date: '2026-11-09', authority: null, bench: null });
    expect(printRequest('cause-list', { date: '09-11-2026', authority: 'jjb', bench: '2' })).toEqual({ form: 'cause-list', date: '2026-11-09', authority: 'jjb', bench: '2' });
    expect(printRequest('pendency', {})).toEqual({ form: 'pendency', authority: null });
    expect(() => printRequest('form6', {})).toThrow('homeward print form6 needs --case CASE_NO.');
    expect(() => printRequest('cause-list', { date: '31-02-2026' })).toThrow('--date takes a date as dd-mm-yyyy, not "31-02-2026".');
    expect(() => printRequest('pendency', { authority: 'court' })).toThrow('--authority takes jjb or cwc, not "court".');
    expect(() => printRequest('pendency', { child: 'X' })).toThrow('--child is not used by homeward print pendency.');
    expect(() => printRequest('pendency', { from: '2026-01' })).toThrow('--from is not used by homeward print pendency.');
  });

  it('refuses a form it does not know, a missing child and a period where none belongs', () => {
    expect(() => printRequest('form99', { child: 'X' })).toThrow(/There is no form "form99"/);
    expect(() => printRequest('form17', {})).toThrow('homeward print form17 needs --child ADMISSION_NO.');
    expect(() => printRequest('form45', {})).toThrow('homeward print form45 needs --child ADMISSION_NO.');
    expect(() => printRequest('form17', { child: 'X', from: '01-01-2026' })).toThrow('--from is not used by homeward print form17.');
  });

  it('takes the register’s span as dd-mm-yyyy, both days, the end not before the start, and no child', () => {
    expect(printRequest('register', { from: '01-10-2026', to: '31-12-2026' })).toEqual({ form: 'register', from: '2026-10-01', to: '2026-12-31' });
    expect(printRequest('register', { from: '05-11-2026', to: '05-11-2026' })).toEqual({ form: 'register', from: '2026-11-05', to: '2026-11-05' });
    expect(() => printRequest('register', { from: '01-10-2026' })).toThrow('homeward print register needs --from dd-mm-yyyy --to dd-mm-yyyy.');
    expect(() => printRequest('register', { from: 'yesterday', to: '31-12-2026' })).toThrow('--from takes a date as dd-mm-yyyy, not "yesterday".');
    expect(() => printRequest('register', { from: '01-10-2026', to: '31-11-2026' })).toThrow('--to takes a date as dd-mm-yyyy, not "31-11-2026".');
    expect(() => printRequest('register', { from: '31-12-2026', to: '01-10-2026' })).toThrow('--to (01-10-2026) is before --from (31-12-2026).');
    expect(() => printRequest('register', { from: '01-10-2026', to: '31-12-2026', child: 'A-1' })).toThrow('--child is not used by homeward print register.');
  });

  it('takes the quarter of the s.40(4) report and the month of the summary', () => {
    expect(printRequest('quarterly', { quarter: '2026-q4' })).toEqual({ form: 'quarterly', period: '2026-Q4' });
    expect(printRequest('monthly', { month: '2026-11' })).toEqual({ form: 'monthly', month: '2026-11' });
    expect(() => printRequest('quarterly', { quarter: '2026-Q5' })).toThrow(/--quarter takes a quarter as yyyy-Qn/);
    expect(() => printRequest('monthly', { month: '11-2026' })).toThrow(/--month takes a month as yyyy-mm/);
    expect(() => printRequest('monthly', { month: '2026-11', from: '01-11-2026' })).toThrow('--from is not used by homeward print monthly.');
  });

  it('takes the disposals report’s months as yyyy-mm, like --month: the end not before the start, two years at most', () => {
    expect(printRequest('disposals', { from: '2026-01', to: '2026-12' })).toEqual({ form: 'disposals', authority: null, range: { from: '2026-01', to: '2026-12' } });
    expect(printRequest('disposals', { from: '2024-12', to: '2026-11', authority: 'CWC' })).toEqual({ form: 'disposals', authority: 'cwc', range: { from: '2024-12', to: '2026-11' } });
    expect(printRequest('disposals', { from: '2026-11', to: '2026-11' })).toEqual({ form: 'disposals', authority: null, range: { from: '2026-11', to: '2026-11' } });
    expect(() => printRequest('disposals', { from: '2026-01' })).toThrow('homeward print disposals needs --from yyyy-mm --to yyyy-mm.');
    expect(() => printRequest('disposals', { from: '01-01-2026', to: '2026-12' })).toThrow('--from takes a month as yyyy-mm (2026-11), not "01-01-2026".');
    expect(() => printRequest('disposals', { from: '2026-01', to: '2026-13' })).toThrow('--to takes a month as yyyy-mm (2026-11), not "2026-13".');
    expect(() => printRequest('disposals', { from: '2026-12', to: '2026-01' })).toThrow('--to (2026-01) is before --from (2026-12).');
    expect(() => printRequest('disposals', { from: '2024-11', to: '2026-11' })).toThrow('--from 2024-11 --to 2026-11 spans 25 months; the disposals report covers at most 24.');
    expect(() => printRequest('disposals', { from: '2026-01', to: '2026-12', authority: 'court' })).toThrow('--authority takes jjb or cwc, not "court".');
    expect(() => printRequest('disposals', { from: '2026-01', to: '2026-12', month: '2026-05' })).toThrow('--month is not used by homeward print disposals.');
    expect(() => printRequest('disposals', { from: '2026-01', to: '2026-12', date: '01-05-2026' })).toThrow('--date is not used by homeward print disposals.');
    // The register still takes its days as dd-mm-yyyy: the format is the form's.
    expect(() => printRequest('register', { from: '2026-01', to: '2026-12' })).toThrow('--from takes a date as dd-mm-yyyy, not "2026-01".');
  });

  it('writes only a .pdf file into a folder that exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'homeward-out-'));
    expect(outputFile(join(dir, 'f.pdf'))).toBe(join(dir, 'f.pdf'));
    expect(() => outputFile(join(dir, 'f.txt'))).toThrow(/must name a \.pdf file/);
    expect(() => outputFile(join(dir, 'missing', 'f.pdf'))).toThrow(/does not exist/);
  });
});
