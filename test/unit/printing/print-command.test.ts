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
    expect(() => printRequest('form43', { child: 'A-1', part: 'A' })).toThrow(/--part and --as-of are for the care plan/);
  });

  it('refuses a form it does not know, a missing child and a period where none belongs', () => {
    expect(() => printRequest('form99', { child: 'X' })).toThrow(/There is no form "form99"/);
    expect(() => printRequest('form17', {})).toThrow(/needs --child ADMISSION_NO/);
    expect(() => printRequest('form17', { child: 'X', from: '01-01-2026' })).toThrow(/--from and --to are for registers/);
  });

  it('writes only a .pdf file into a folder that exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'homeward-out-'));
    expect(outputFile(join(dir, 'f.pdf'))).toBe(join(dir, 'f.pdf'));
    expect(() => outputFile(join(dir, 'f.txt'))).toThrow(/must name a \.pdf file/);
    expect(() => outputFile(join(dir, 'missing', 'f.pdf'))).toThrow(/does not exist/);
  });
});
