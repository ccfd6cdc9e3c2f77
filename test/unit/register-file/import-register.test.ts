import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/api/errors';
import type { RowProblem } from '../../../src/main/children/register-file/check-register';
import { dbState, importFile, openTestDb, storedChildren, type TestDb } from './register-db';

let t: TestDb;
afterEach(() => t?.close());

const GOOD = { admission_no: 'A-1', name: 'Asha', sex: 'female', dob: '14-03-2014', date_admitted: '02-01-2024 10:30', category: 'CNCP', height_cm: '132', state: 'Bihar', pin: '800001', discharged_on: '' };
type Cells = Partial<Record<keyof typeof GOOD, string>>;

/** A register whose row n (Excel line n + 1) is GOOD with admission number A-n and the given changes. */
const register = (...rows: Cells[]) =>
  [Object.keys(GOOD).join(','), ...rows.map((r, i) => Object.values({ ...GOOD, admission_no: `A-${i + 1}`, ...r }).join(','))].join('\n');

async function refusal(fileName: string, data: string | Uint8Array): Promise<AppError> {
  const before = dbState(t.db);
  const error = await importFile(t.ctx, fileName, data).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(dbState(t.db)).toEqual(before);
  return error as AppError;
}

const problemsOf = (e: AppError) => e.details?.['rows'] as RowProblem[];

describe('importRegister', () => {
  it('imports the sample register from the format documentation', async () => {
    t = openTestDb();
    const sample = readFileSync(join(process.cwd(), 'docs/formats/children-sample.csv'));
    await expect(importFile(t.ctx, 'children-sample.csv', sample)).resolves.toEqual({ imported: 10 });
    const children = storedChildren(t.db);
    const ravi = children.find((c) => c.admissionNo === 'SAMPLE/2024/002')!;
    expect(ravi).toMatchObject({ name: 'रवि उदाहरण', aliases: ['रवि', 'छोटू'], sex: 'male', dob: null, ageYears: 9, ageEstimated: true, admittedAt: '2024-02-14T18:30:00.000Z' });
    expect(ravi.address).toEqual({ village: 'नमूनागांव', policeStation: 'सदर', district: 'Patna', state: 'Bihar', pin: '800001' });
    expect(children.find((c) => c.admissionNo === 'SAMPLE/2024/003')).toMatchObject({ sex: 'transgender', category: 'CCL', dob: '2008-07-21', admittedAt: '2024-03-05T11:15:00.000Z', identificationMarks: 'scar on right knee, small' });
    expect(children.find((c) => c.admissionNo === 'SAMPLE/2024/004')).toMatchObject({ sex: 'female', weightKg: 21.2 });
    // The leaving day becomes a release without a recorded reason, at the start of that (Indian) day.
    const left = t.db.prepare(`SELECT c.status, m.kind, m.at, m.details FROM children c JOIN movements m ON m.child_id = c.id WHERE c.admission_no = 'SAMPLE/2024/004'`).all();
    expect(left).toEqual([{ status: 'released', kind: 'release', at: '2024-09-29T18:30:00.000Z', details: expect.stringContaining('"reason":"not_recorded"') }]);
    expect(t.db.prepare(`SELECT count(*) FROM children WHERE status <> 'present'`).pluck().get()).toBe(1);
  });

  it('reports checking and importing progress up to the last row', async () => {
    const seen: string[] = [];
    t = openTestDb({ progress: (phase, done, total) => void (done === total && seen.push(`${phase} ${done}`)) });
    await importFile(t.ctx, 'r.csv', register({}, {}, {}));
    expect(seen).toEqual(['checking 3', 'importing 3']);
  });

  it.each<[string, Cells, string]>([
    ['a date that is not a date', { dob: 'yesterday' }, 'dob'],
    ['an impossible date', { dob: '31-02-2020' }, 'dob'],
    ['a birth after admission', { dob: '05-01-2024', date_admitted: '02-01-2024' }, 'dob'],
    ['neither date of birth nor age', { dob: '' }, 'dob'],
    ['an impossible admission time', { date_admitted: '02-01-2024 25:00' }, 'date_admitted'],
    ['an empty admission date', { date_admitted: '' }, 'date_admitted'],
    ['an unknown sex', { sex: 'x' }, 'sex'],
    ['a missing name', { name: '' }, 'name'],
    ['a name over 200 characters', { name: 'a'.repeat(201) }, 'name'],
    ['a height that is not a number', { height_cm: 'abc' }, 'height_cm'],
    ['a height out of range', { height_cm: '500' }, 'height_cm'],
    ['an unknown category', { category: 'orphan' }, 'category'],
    ['a state that is not Indian', { state: 'Atlantis' }, 'state'],
    ['a PIN of five digits', { pin: '12345' }, 'pin'],
    ['an admission number used twice in the file', { admission_no: 'A-1' }, 'admission_no'],
    ['a leaving day before the admission', { discharged_on: '01-01-2024' }, 'discharged_on'],
    ['a leaving day in the future', { discharged_on: '16-01-2025' }, 'discharged_on'],
  ])('refuses %s, naming line and column, and writes nothing', async (_case, bad, column) => {
    t = openTestDb();
    const error = await refusal('register.csv', register({}, bad, {}));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('1 row has problems; nothing was imported.');
    expect(problemsOf(error)).toEqual([expect.objectContaining({ line: 3, column })]);
  });

  it('refuses admission numbers already in the database', async () => {
    t = openTestDb();
    await importFile(t.ctx, 'first.csv', register({}));
    const error = await refusal('second.csv', register({ admission_no: 'B-1' }, { admission_no: 'A-1' }));
    expect(problemsOf(error)).toEqual([{ line: 3, column: 'admission_no', message: 'A-1 is already in the register' }]);
    expect(dbState(t.db).children).toBe(1);
  });

  it('refuses unknown and missing columns in the header row', async () => {
    t = openTestDb();
    const extra = register({}).replace('\n', ',favourite_colour\n');
    expect(problemsOf(await refusal('r.csv', extra))).toEqual([expect.objectContaining({ line: 1, column: 'favourite_colour' })]);
    const noCategory = register({}).replace(',category,', ',,');
    expect(problemsOf(await refusal('r.csv', noCategory))).toEqual([expect.objectContaining({ line: 1, column: 'category' })]);
  });

  it('refuses data under a column with no name, giving its Excel letter', async () => {
    t = openTestDb();
    const text = register({}, {}).replace(/\n(A-2,.*)$/, '\n$1,,surprise');
    expect(problemsOf(await refusal('r.csv', text))).toEqual([{ line: 3, column: null, message: 'column L has data but no name in the header row' }]);
  });

  it('lists at most 200 problems but counts every bad row', async () => {
    t = openTestDb();
    const error = await refusal('r.csv', register(...Array.from({ length: 250 }, () => ({ sex: '?' }))));
    expect(error.message).toBe('250 rows have problems; nothing was imported.');
    expect(problemsOf(error)).toHaveLength(200);
  });

  it('reads the file the same with or without a BOM, with CRLF or LF line ends', async () => {
    const text = register({ name: 'अनिता' }, { sex: 'M', name: 'Rahul' });
    const variants = [text, `\ufeff${text}`, text.replace(/\n/g, '\r\n'), `\ufeff${text.replace(/\n/g, '\r\n')}`];
    const results = [];
    for (const variant of variants) {
      t = openTestDb();
      await importFile(t.ctx, 'r.csv', variant);
      results.push(storedChildren(t.db));
      t.close();
    }
    expect(results[0]!.map((c) => c.name)).toEqual(['अनिता', 'Rahul']);
    for (const r of results) expect(r).toEqual(results[0]);
  });

  it('accepts header spellings such as "Admission No" in any case and order', async () => {
    t = openTestDb();
    const text = 'Category, NAME ,Admission No,Sex,Date-Admitted,age_years\nCCL,Vikram,X-9,boy,01-02-2024,15\n';
    await importFile(t.ctx, 'r.csv', text);
    expect(storedChildren(t.db)).toEqual([expect.objectContaining({ admissionNo: 'X-9', name: 'Vikram', sex: 'male', category: 'CCL', ageYears: 15 })]);
  });

  it('refuses a header with no rows under it', async () => {
    t = openTestDb();
    expect((await refusal('r.csv', register())).code).toBe('invalid_input');
  });

  describe('Excel workbooks', () => {
    async function workbook(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
      const wb = new ExcelJS.Workbook();
      const sheet = wb.addWorksheet('Register');
      sheet.addRow(['admission_no', 'name', 'sex', 'dob', 'date_admitted', 'category', 'pin', 'height_cm']);
      for (const row of rows) sheet.addRow(row);
      return new Uint8Array(await wb.xlsx.writeBuffer());
    }

    it('reads dates, numbers and rich text from the first worksheet', async () => {
      t = openTestDb();
      const name = { richText: [{ text: 'Pri' }, { font: { bold: true }, text: 'ya' }] };
      const data = await workbook([[1001, name, 'F', new Date(Date.UTC(2014, 2, 14)), new Date(Date.UTC(2024, 0, 2, 10, 30)), 'CNCP', 800001, 132.5]]);
      await expect(importFile(t.ctx, 'Register.XLSX', data)).resolves.toEqual({ imported: 1 });
      expect(storedChildren(t.db)[0]).toMatchObject({ admissionNo: '1001', name: 'Priya', dob: '2014-03-14', admittedAt: '2024-01-02T05:00:00.000Z', heightCm: 132.5, address: { pin: '800001' } });
    });

    it('reports problems on the row number Excel shows', async () => {
      t = openTestDb();
      const good = [1, 'Priya', 'F', '14-03-2014', '02-01-2024', 'CNCP', null, null];
      const data = await workbook([good, [2, 'Ravi', 'robot', '14-03-2014', '02-01-2024', 'CNCP', null, null]]);
      expect(problemsOf(await refusal('r.xlsx', data))).toEqual([expect.objectContaining({ line: 3, column: 'sex' })]);
    });
  });

  it.each<[string, string, string | Uint8Array]>([
    ['a text file', 'register.txt', register({})],
    ['random bytes named .csv', 'register.csv', new Uint8Array([0xff, 0xfe, 0x00, 0x41, 0x9c, 0x00, 0xd8])],
    ['random bytes named .xlsx', 'register.xlsx', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])],
    ['a zip that is not a workbook', 'register.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])],
    ['a CSV renamed to .xlsx', 'register.xlsx', register({})],
    ['a CSV saved in the ANSI code page', 'register.csv', Buffer.from(register({ name: 'Zoë' }), 'latin1')],
    ['an empty file', 'register.csv', ''],
  ])('refuses %s with a plain message', async (_case, fileName, data) => {
    t = openTestDb();
    const error = await refusal(fileName, data);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/\.csv|\.xlsx|CSV|Excel|empty/);
  });

  it('rolls everything back when cancelled in the middle of inserting', async () => {
    let inserted = 0;
    t = openTestDb({ progress: (phase, done) => void (phase === 'importing' && (inserted = done)), cancelled: () => inserted >= 3 });
    const error = await refusal('r.csv', register({}, {}, {}, {}, {}));
    expect(error.code).toBe('cancelled');
    expect(dbState(t.db).children).toBe(0);
  });

  it('stops when cancelled while checking', async () => {
    t = openTestDb({ cancelled: () => true });
    expect((await refusal('r.csv', register({}))).code).toBe('cancelled');
  });
});
