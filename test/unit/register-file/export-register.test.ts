import { afterEach, describe, expect, it } from 'vitest';
import { exportRegister } from '../../../src/main/children/register-file/export-register';
import { ChildrenService } from '../../../src/main/children/service';
import { generateChildren } from '../../../src/main/demo/generate-children';
import { childInputSchema, type ChildInput } from '../../../src/shared/domain/child';
import { actor, geo, importFile, openTestDb, storedChildren, type TestDb } from './register-db';

const opened: TestDb[] = [];
afterEach(() => opened.splice(0).forEach((t) => t.close()));

function registerWith(children: ChildInput[]): TestDb {
  const t = openTestDb();
  opened.push(t);
  const service = new ChildrenService(t.db, t.ctx.now, t.ctx.geo);
  t.db.transaction(() => service.insertMany(children, actor))();
  return t;
}

const everything = { userId: 'u-admin', canSeeCcl: true, canSeePhotos: true };
const noCcl = { userId: 'u-clerk', canSeeCcl: false, canSeePhotos: false };

/** Text a clerk might type that CSV quoting and the formula guard must carry through unchanged. */
const awkward = childInputSchema.parse({
  admissionNo: '=A/1',
  name: 'Shanti "Munni", Udaharan',
  aliases: ['@munni', '+1'],
  sex: 'female',
  ageYears: 8,
  ageEstimated: true,
  identificationMarks: 'mole on left cheek\nscar on chin',
  category: 'CNCP',
  admittedAt: '2024-01-01T18:29:00.000Z',
  guardianName: '-',
});

describe('exportRegister', () => {
  it('round-trips every field through a fresh database', async () => {
    const children = [...generateChildren(geo, { count: 150, seed: 7, today: new Date('2025-01-15T06:00:00Z') }), awkward];
    const source = registerWith(children);
    const { csv, exported, withheldCcl } = exportRegister(source.db, everything, source.ctx.now);
    expect([exported, withheldCcl]).toEqual([children.length, 0]);

    const target = openTestDb();
    opened.push(target);
    await expect(importFile(target.ctx, 'register.csv', csv)).resolves.toEqual({ imported: children.length });
    expect(storedChildren(target.db)).toEqual(storedChildren(source.db));
  });

  it('writes the template header, dates as dd-mm-yyyy in India time, a BOM and guarded formulas', () => {
    const t = registerWith([awkward]);
    const lines = exportRegister(t.db, everything, t.ctx.now).csv.split('\r\n');
    expect(lines[0]).toMatch(/^\ufeffadmission_no,name,aliases,sex,dob,age_years,age_estimated,date_admitted,/);
    expect(lines[1]).toMatch(/^'=A\/1,"Shanti ""Munni"", Udaharan",'@munni; \+1,female,,8,yes,01-01-2024 23:59,/);
  });

  it('leaves out CCL children the viewer may not see and says how many', () => {
    const children = generateChildren(geo, { count: 60, seed: 3, today: new Date('2025-01-15T06:00:00Z') });
    const ccl = children.filter((c) => c.category === 'CCL');
    expect(ccl.length).toBeGreaterThan(0);
    const t = registerWith(children);
    const result = exportRegister(t.db, noCcl, t.ctx.now);
    expect([result.exported, result.withheldCcl]).toEqual([children.length - ccl.length, ccl.length]);
    for (const c of ccl) expect(result.csv).not.toContain(c.admissionNo);
  });

  it('logs each exported CCL record as an access by the viewer', () => {
    const children = generateChildren(geo, { count: 60, seed: 3, today: new Date('2025-01-15T06:00:00Z') });
    const t = registerWith(children);
    exportRegister(t.db, everything, t.ctx.now);
    const logged = t.db.prepare(`SELECT count(*) AS n FROM access_log WHERE user_id = 'u-admin' AND action = 'export'`).get() as { n: number };
    expect(logged.n).toBe(children.filter((c) => c.category === 'CCL').length);
  });
});
