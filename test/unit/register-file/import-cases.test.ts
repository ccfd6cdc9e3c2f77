/**
 * The cases register file: the sample from the format documentation imports over the sample
 * children (cases, hearings, next dates, final orders), an export imports again into a fresh
 * database unchanged, and a bad file is refused whole with every problem by line and column.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/api/errors';
import type { RowProblem } from '../../../src/main/children/register-file/check-register';
import { importCases } from '../../../src/main/cases/register-file/import-cases';
import { exportCases } from '../../../src/main/cases/register-file/export-cases';
import { verifyJournal } from '../../../src/main/journal/verify';
import { actor, dbState, importFile, openTestDb, type TestDb } from './register-db';
import type { JobContext } from '../../../src/main/jobs/job-context';

const open: TestDb[] = [];
afterEach(() => open.splice(0).forEach((t) => t.close()));

const sample = (name: string) => readFileSync(join(process.cwd(), 'docs/formats', name));
const importCasesFile = (ctx: JobContext, fileName: string, data: string | Uint8Array, canSeeCcl = true) => importCases(ctx, { fileName, dataBase64: Buffer.from(data).toString('base64'), actor, canSeeCcl });

/** A database with the sample children in it. */
async function withChildren(): Promise<TestDb> {
  const t = openTestDb();
  open.push(t);
  await importFile(t.ctx, 'children-sample.csv', sample('children-sample.csv'));
  return t;
}

const HEADER = 'case_no,authority,admission_no,sections,offence_class,offence_date,apprehended_at,first_produced_at,hearings,stage,next_hearing,disposed_on,disposal,order_period_months,order_with';
const GOOD = 'JJB/1/2024,jjb,SAMPLE/2024/006,BNS 303(2),petty,10-07-2024,10-07-2024 20:00,11-07-2024 10:00,,sir,25-07-2024,,,,';

async function refusal(t: TestDb, lines: string[], canSeeCcl = true): Promise<RowProblem[]> {
  const before = dbState(t.db);
  const cases = t.db.prepare('SELECT count(*) FROM jj_cases').pluck().get();
  const error = await importCasesFile(t.ctx, 'cases.csv', [HEADER, ...lines].join('\n'), canSeeCcl).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(dbState(t.db)).toEqual(before);
  expect(t.db.prepare('SELECT count(*) FROM jj_cases').pluck().get()).toBe(cases);
  return ((error as AppError).details?.['rows'] as RowProblem[]) ?? [];
}

describe('importCases', () => {
  it('imports the sample cases register from the format documentation', async () => {
    const t = await withChildren();
    await expect(importCasesFile(t.ctx, 'cases-sample.csv', sample('cases-sample.csv'))).resolves.toEqual({ imported: 4 });
    const rows = t.db.prepare('SELECT case_no, authority, status, disposal, disposed_on, first_produced_at FROM jj_cases ORDER BY case_no').all();
    expect(rows).toEqual([
      { case_no: 'CWC/LKO/2024/88', authority: 'cwc', status: 'disposed', disposal: 's37_1_c', disposed_on: '2024-07-12', first_produced_at: '2024-06-01T07:30:00.000Z' },
      { case_no: 'CWC/LKO/2024/95', authority: 'cwc', status: 'pending', disposal: null, disposed_on: null, first_produced_at: '2024-09-09T06:30:00.000Z' },
      { case_no: 'JJB/LKO/2024/17', authority: 'jjb', status: 'disposed', disposal: 's18_1_a', disposed_on: '2024-04-16', first_produced_at: '2024-03-05T06:00:00.000Z' },
      { case_no: 'JJB/LKO/2024/41', authority: 'jjb', status: 'pending', disposal: null, disposed_on: null, first_produced_at: '2024-07-11T02:00:00.000Z' },
    ]);
    const hearings = t.db.prepare(`SELECT h.date, h.purpose, h.status FROM hearings h JOIN jj_cases k ON k.id = h.case_id WHERE k.case_no = 'JJB/LKO/2024/41' ORDER BY h.date`).all();
    expect(hearings).toEqual([
      { date: '2024-07-11', purpose: 'production', status: 'held' },
      { date: '2024-07-25', purpose: 'other', status: 'held' },
      { date: '2024-08-08', purpose: 'other', status: 'held' },
      { date: '2024-08-22', purpose: 'prosecutionEvidence', status: 'scheduled' },
    ]);
    const particulars = JSON.parse(t.db.prepare(`SELECT particulars FROM jj_cases WHERE case_no = 'JJB/LKO/2024/41'`).pluck().get() as string);
    expect(particulars).toMatchObject({ firNo: '233/2024', sections: [{ statute: 'BNS', section: '309(4)' }, { statute: 'BNS', section: '3(5)' }], offenceClass: 'serious' });
    expect(verifyJournal(t.db)).toMatchObject({ ok: true });
  });

  it('exports what imports again, unchanged', async () => {
    const t = await withChildren();
    await importCasesFile(t.ctx, 'cases-sample.csv', sample('cases-sample.csv'));
    const viewer = { userId: 'u', canSeeCcl: true, canSeePhotos: true };
    const first = exportCases(t.db, viewer, null, t.ctx.now()).csv;
    const fresh = await withChildren();
    await expect(importCasesFile(fresh.ctx, 'cases.csv', first)).resolves.toEqual({ imported: 4 });
    expect(exportCases(fresh.db, viewer, null, fresh.ctx.now()).csv).toBe(first);
    // Without the right to see CCL files, the Board's cases are left out of the file.
    expect(exportCases(t.db, { ...viewer, canSeeCcl: false }, null, t.ctx.now())).toMatchObject({ exported: 2, withheld: 2 });
  });

  it.each<[string, string, string, RegExp]>([
    ['a child not in the register', GOOD.replace('SAMPLE/2024/006', 'NOPE/1'), 'admission_no', /not in the children register/],
    ['a CNCP child before the Board', GOOD.replace('SAMPLE/2024/006', 'SAMPLE/2024/001'), 'authority', /registered as CNCP/],
    ['an IPC section for an offence after 1 July 2024', GOOD.replace('BNS 303(2)', 'IPC 379'), 'sections', /BNS replaced the IPC/],
    ['a section without its law', GOOD.replace('BNS 303(2)', '303(2)'), 'sections', /does not start with a law/],
    ['no offence class for a Board case', GOOD.replace(',petty,', ',,'), 'offence_class', /required/],
    ['production before apprehension', GOOD.replace('11-07-2024 10:00', '10-07-2024 19:00'), 'first_produced_at', /before the apprehension/],
    ['hearings out of order', GOOD.replace(',sir,25-07-2024', '19-07-2024; 15-07-2024,sir,25-07-2024').replace('10:00,,', '10:00,'), 'hearings', /in order/],
    ['a hearing with neither a next date nor a disposal', GOOD.replace(',sir,25-07-2024', '15-07-2024,,').replace('10:00,,', '10:00,'), 'next_hearing', /every hearing ends with a next date or a disposal/],
    ['a stage that is not one', GOOD.replace(',sir,', ',evidence,'), 'stage', /not a stage/],
    ['a disposal without its date', GOOD.replace(',sir,25-07-2024,,,', ',sir,25-07-2024,,s17,'), 'disposed_on', /go together/],
    ['a special home without its period', GOOD.replace(',sir,25-07-2024,,,,', ',,,01-08-2024,s18_1_g,,Special Home Patna'), 'order_period_months', /required for this order/],
    ['a Committee disposal for a Board case', GOOD.replace(',sir,25-07-2024,,,,', ',,,01-08-2024,s37_1_b,,'), 'disposal', /not an order of the Board/],
    ['termination of a serious offence', GOOD.replace(',petty,', ',serious,').replace(',sir,25-07-2024,,,,', ',,,01-12-2024,s14_4,,'), 'disposal', /petty offence only/],
  ])('refuses %s, naming the column, and writes nothing', async (_what, line, column, message) => {
    const t = await withChildren();
    const problems = await refusal(t, [GOOD.replace('JJB/1/', 'JJB/0/'), line]);
    expect(problems.filter((p) => p.line === 3)).toEqual([expect.objectContaining({ line: 3, column, message: expect.stringMatching(message) })]);
    expect(problems.filter((p) => p.line === 2)).toEqual([]);
  });

  it('refuses a case number used twice, and a case of a CCL child for a role that may not see it', async () => {
    const t = await withChildren();
    expect(await refusal(t, [GOOD, GOOD])).toEqual([{ line: 3, column: 'case_no', message: 'JJB/1/2024 is also the case number on line 2' }]);
    expect(await refusal(t, [GOOD], false)).toEqual([{ line: 2, column: 'authority', message: 'your role may not register cases of children in conflict with law' }]);
  });
});
