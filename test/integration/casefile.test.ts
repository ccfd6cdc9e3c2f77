import { describe, expect, it } from 'vitest';
import { childInput, makeBackend } from '../helpers/backend';
import { tinyPng } from '../helpers/images';
import { carePlanAsOf } from '../../src/main/casefile/care-plan';
import { caseFileFacts } from '../../src/main/casefile/deadline-facts';
import { fillCaseFile } from '../../src/main/demo/generate-casefile';
import { Prng } from '../../src/main/demo/prng';
import { emptyCarePlan, NEED_AREAS } from '../../src/shared/domain/care-plan';

/** The clock the tests run at: 15-11-2026 11:00 IST. The child was admitted on 01-10-2026. */
let clock = new Date('2026-11-15T05:30:00.000Z');

/** Moves the clock (and signs in again: a jump of days locks the session). */
async function at(t: Awaited<ReturnType<typeof makeBackend>>, iso: string) {
  clock = new Date(iso);
  await t.login();
}

async function withChild(overrides: Record<string, unknown> = {}) {
  clock = new Date('2026-11-15T05:30:00.000Z');
  const t = await makeBackend({ now: () => clock });
  await t.setup();
  await t.login();
  const child = await t.call('children.admit', childInput({ dob: '2015-03-02', ageYears: null, ...overrides }));
  return { t, child, db: t.backend.core.vault.db() };
}

const count = (db: ReturnType<Awaited<ReturnType<typeof makeBackend>>['backend']['core']['vault']['db']>, table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

function emptyPartA() {
  const { partA } = emptyCarePlan();
  return partA;
}

/** A small but real PDF: header, one empty page, trailer. */
function tinyPdf(): Buffer {
  return Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1');
}

describe('the case history (Form 43)', () => {
  it('saves sections independently and counts how much of each, and of the whole, is filled', async () => {
    const { t, child } = await withChild();
    const empty = await t.call('casefile.get', { childId: child.id });
    expect(empty.history.sections.map((s) => s.section)).toEqual(['profile', 'family', 'abuse', 'healthBefore', 'education', 'vocational', 'habits', 'social', 'medical', 'summary', 'review']);
    expect(empty.history.completeness.filled).toBe(0);
    expect(empty.history.sections.every((s) => s.values === null)).toBe(true);

    const saved = await t.call('casefile.saveSection', { childId: child.id, section: 'family', values: { familyType: 'joint', rooms: 2, reasonForLeaving: ' सौतेली माँ ने घर से निकाला ' } });
    expect(saved.values).toMatchObject({ familyType: 'joint', rooms: 2, reasonForLeaving: 'सौतेली माँ ने घर से निकाला', broughtBy: null });
    expect(saved.completeness).toEqual({ filled: 3, total: 16 });
    await t.call('casefile.saveSection', { childId: child.id, section: 'abuse', values: { abuseTypes: ['physical', 'verbal'] } });

    const after = await t.call('casefile.get', { childId: child.id });
    const family = after.history.sections.find((s) => s.section === 'family')!;
    expect(family.updatedBy).toBe('asha');
    // The multi-select keeps the form's order, whatever order the boxes were ticked in.
    expect(after.history.sections.find((s) => s.section === 'abuse')!.values).toMatchObject({ abuseTypes: ['verbal', 'physical'] });
    expect(after.history.completeness.filled).toBe(4);
    expect(after.history.sections.find((s) => s.section === 'profile')!.values).toBeNull();
  });

  it('counts the check-ups, school years and quarterly reviews in their sections', async () => {
    const { t, child } = await withChild();
    await t.call('casefile.addEntry', { childId: child.id, kind: 'review', values: { date: '2026-11-01', reviewedBy: 'Management Committee' } });
    const review = (await t.call('casefile.get', { childId: child.id })).history.sections.find((s) => s.section === 'review')!;
    expect(review.completeness).toEqual({ filled: 1, total: 1 });
  });

  it('refuses impossible dates and bad values, saving nothing', async () => {
    const { t, child, db } = await withChild();
    const journal = count(db, 'journal');
    const before = await t.fail('casefile.saveSection', { childId: child.id, section: 'summary', values: { summary: 'x', preparedOn: '2026-09-30' } });
    expect(before.details?.['fields']).toEqual({ 'values.preparedOn': 'before the date of admission' });
    const future = await t.fail('casefile.saveSection', { childId: child.id, section: 'summary', values: { preparedOn: '2026-11-16' } });
    expect(future.details?.['fields']).toEqual({ 'values.preparedOn': 'in the future' });
    const nonsense = await t.fail('casefile.saveSection', { childId: child.id, section: 'summary', values: { preparedOn: '2026-02-30' } });
    expect(nonsense.code).toBe('invalid_input');
    const unknown = await t.fail('casefile.saveSection', { childId: child.id, section: 'family', values: { rooms: 2, salary: 5 } });
    expect(unknown.code).toBe('invalid_input');
    const negative = await t.fail('casefile.saveSection', { childId: child.id, section: 'family', values: { rooms: -1 } });
    expect(negative.details?.['fields']).toEqual({ 'values.rooms': 'at least 0' });
    expect(count(db, 'case_history_sections')).toBe(0);
    expect(count(db, 'journal')).toBe(journal);
  });

  it('validates the Aadhaar number by its check digit and masks it for roles without the right', async () => {
    const { t, child } = await withChild();
    const wrongDigit = await t.fail('casefile.saveSection', { childId: child.id, section: 'profile', values: { aadhaar: '2341 2341 2347' } });
    expect(wrongDigit.details?.['fields']).toEqual({ 'values.aadhaar': 'Aadhaar check digit does not match' });
    const short = await t.fail('casefile.saveSection', { childId: child.id, section: 'profile', values: { aadhaar: '2341 2341' } });
    expect(short.details?.['fields']).toEqual({ 'values.aadhaar': 'not a valid Aadhaar number' });

    const saved = await t.call('casefile.saveSection', { childId: child.id, section: 'profile', values: { aadhaar: '2341 2341 2346', religion: 'Hindu' } });
    expect(saved.values?.['aadhaar']).toBe('234123412346');

    await t.call('users.create', { username: 'ravi', displayName: 'Ravi', role: 'case-worker', password: 'ravi password 1' });
    await t.login('ravi', 'ravi password 1');
    const seen = await t.call('casefile.get', { childId: child.id });
    const profile = seen.history.sections.find((s) => s.section === 'profile')!;
    expect(profile.values?.['aadhaar']).toBe('XXXX XXXX 2346');
    expect(JSON.stringify(seen)).not.toContain('234123412346');

    // Saving the form back with the masked number keeps the stored one.
    await t.call('casefile.saveSection', { childId: child.id, section: 'profile', values: { ...profile.values, religion: 'Hindu (Kabirpanthi)' } });
    const other = await t.fail('casefile.saveSection', { childId: child.id, section: 'profile', values: { aadhaar: 'XXXX XXXX 9999' } });
    expect(other.details?.['fields']).toEqual({ 'values.aadhaar': 'enter the full Aadhaar number' });

    await t.login();
    const full = (await t.call('casefile.get', { childId: child.id })).history.sections.find((s) => s.section === 'profile')!;
    expect(full.values).toMatchObject({ aadhaar: '234123412346', religion: 'Hindu (Kabirpanthi)' });
  });
});

describe('the individual care plan (Form 7)', () => {
  it('keeps every saved version, and shows the plan as it stood on a date', async () => {
    const { t, child, db } = await withChild();
    const partA = emptyPartA();
    partA.details.preparedOn = '2026-10-20';
    partA.areas.healthNutrition = [{ concern: 'Underweight (27 kg)', intervention: 'Supplementary diet, monthly weighing', responsible: 'Nurse Meena', targetDate: '2027-01-31' }];
    await at(t, '2026-10-20T06:00:00.000Z');
    const v1 = await t.call('carePlan.save', { childId: child.id, baseVersion: 0, part: 'A', data: partA });
    expect(v1).toMatchObject({ version: 1, part: 'A', savedBy: 'asha' });

    await at(t, '2026-11-10T06:00:00.000Z');
    const report = { from: '2026-10-20', to: '2026-11-09', generalConduct: 'Settled, attends school', healthNutrition: 'Gained 1.5 kg' };
    const v2 = await t.call('carePlan.save', { childId: child.id, baseVersion: 1, part: 'B', data: { reports: [report] } });
    expect(v2.version).toBe(2);
    expect(v2.plan.partA.areas['healthNutrition']).toHaveLength(1);
    expect(v2.plan.partB[0]).toMatchObject({ from: '2026-10-20', healthNutrition: 'Gained 1.5 kg', expectations: null });

    // 2026-11-10 06:00 UTC is 11:30 IST on the 10th: the plan of the 9th is version 1, of the 10th version 2.
    expect(carePlanAsOf(db, child.id, '2026-10-19')).toBeNull();
    expect(carePlanAsOf(db, child.id, '2026-11-09')?.version).toBe(1);
    expect(carePlanAsOf(db, child.id, '2026-11-10')?.version).toBe(2);
    expect((await t.call('carePlan.asOf', { childId: child.id, date: '2026-11-01' }))?.plan.partB).toEqual([]);
    expect((await t.call('carePlan.version', { childId: child.id, version: 1 }))?.plan.partB).toEqual([]);
    expect(await t.call('carePlan.version', { childId: child.id, version: 3 })).toBeNull();

    const file = await t.call('casefile.get', { childId: child.id });
    expect(file.plan?.version).toBe(2);
    expect(file.planVersions.map((v) => [v.version, v.part])).toEqual([
      [2, 'B'],
      [1, 'A'],
    ]);
  });

  it('refuses a save made from an older version instead of overwriting someone’s work', async () => {
    const { t, child, db } = await withChild();
    await t.call('carePlan.save', { childId: child.id, baseVersion: 0, part: 'A', data: emptyPartA() });
    const partA = emptyPartA();
    partA.details.preparedBy = 'Someone';
    const stale = await t.fail('carePlan.save', { childId: child.id, baseVersion: 0, part: 'A', data: partA });
    expect(stale.code).toBe('conflict');
    expect(count(db, 'care_plan_versions')).toBe(1);
  });

  it('checks dates across parts: no follow-up before the release, no release moved past a follow-up', async () => {
    const { t, child, db } = await withChild();
    await at(t, '2027-02-10T06:00:00.000Z');
    const pre = { releaseType: 'release', releaseDate: '2026-12-01', rehabilitation: 'restoration' };
    await t.call('carePlan.save', { childId: child.id, baseVersion: 0, part: 'C', data: { preRelease: pre } });
    const early = await t.fail('carePlan.save', { childId: child.id, baseVersion: 1, part: 'D', data: { followUps: [{ stage: 'first', date: '2026-11-20' }], documents: {} } });
    expect(early.details?.['fields']).toEqual({ 'data.followUps.0.date': 'before the date of release' });
    const good = await t.call('carePlan.save', { childId: child.id, baseVersion: 1, part: 'D', data: { followUps: [{ stage: 'twoMonths', date: '2027-02-01', childPresent: 'yes' }], documents: { aadhaar: 'obtained', rationCard: 'applied' } } });
    expect(good.plan.partD.documents).toMatchObject({ aadhaar: 'obtained', rationCard: 'applied', birthCertificate: null });
    const moved = await t.fail('carePlan.save', { childId: child.id, baseVersion: 2, part: 'C', data: { preRelease: { ...pre, releaseDate: '2027-02-05' } } });
    expect(moved.details?.['fields']).toEqual({ 'data.preRelease.releaseDate': 'after a follow-up already recorded' });
    const backwards = await t.fail('carePlan.save', { childId: child.id, baseVersion: 2, part: 'B', data: { reports: [{ from: '2026-12-01', to: '2026-11-01' }] } });
    expect(backwards.details?.['fields']).toEqual({ 'data.reports.0.to': 'before the earlier date' });
    expect(count(db, 'care_plan_versions')).toBe(2);
  });

  it('refuses a part with fields it does not have', async () => {
    const { t, child } = await withChild();
    const bad = await t.fail('carePlan.save', { childId: child.id, baseVersion: 0, part: 'A', data: { ...emptyPartA(), areas: { ...emptyPartA().areas, hobbies: [] } } });
    expect(bad.code).toBe('invalid_input');
    expect(NEED_AREAS).toHaveLength(10);
  });
});

describe('health, education and attachments', () => {
  it('records check-ups, immunisations and illnesses, oldest first, and corrects and removes them', async () => {
    const { t, child } = await withChild();
    const c2 = await t.call('casefile.addEntry', { childId: child.id, kind: 'checkup', values: { date: '2026-11-01', heightCm: 133, weightKg: 28.4 } });
    await t.call('casefile.addEntry', { childId: child.id, kind: 'checkup', values: { date: '2026-10-02', heightCm: 132, weightKg: 27.5 } });
    await t.call('casefile.addEntry', { childId: child.id, kind: 'immunisation', values: { date: '2016-01-10', vaccine: 'mr', dose: '2' } });
    const fixed = await t.call('casefile.updateEntry', { id: c2.id, values: { date: '2026-11-01', heightCm: 133.5, weightKg: 28.4 } });
    expect(fixed.values).toMatchObject({ heightCm: 133.5 });
    const file = await t.call('casefile.get', { childId: child.id });
    expect(file.entries.filter((e) => e.kind === 'checkup').map((e) => e.date)).toEqual(['2026-10-02', '2026-11-01']);
    await t.call('casefile.removeEntry', { id: c2.id });
    expect((await t.call('casefile.get', { childId: child.id })).entries).toHaveLength(2);
  });

  it('refuses entries dated before birth, before admission or in the future', async () => {
    const { t, child } = await withChild();
    const beforeBirth = await t.fail('casefile.addEntry', { childId: child.id, kind: 'immunisation', values: { date: '2015-01-01', vaccine: 'bcg' } });
    expect(beforeBirth.details?.['fields']).toEqual({ 'values.date': 'before the date of birth' });
    const beforeAdmission = await t.fail('casefile.addEntry', { childId: child.id, kind: 'checkup', values: { date: '2026-09-01', weightKg: 27 } });
    expect(beforeAdmission.details?.['fields']).toEqual({ 'values.date': 'before the date of admission' });
    const future = await t.fail('casefile.addEntry', { childId: child.id, kind: 'illness', values: { date: '2026-12-01', illness: 'Fever' } });
    expect(future.details?.['fields']).toEqual({ 'values.date': 'in the future' });
    const missing = await t.fail('casefile.addEntry', { childId: child.id, kind: 'education', values: { date: '2026-10-05' } });
    expect(missing.details?.['fields']).toMatchObject({ 'values.school': 'required', 'values.className': 'required' });
  });

  it('keeps attachments in the database, checking size and the real type of the bytes', async () => {
    const { t, child, db } = await withChild();
    const pdf = await t.call('attachments.add', { childId: child.id, kind: 'order', title: 'CWC order 114/2026', documentDate: '2026-10-01', fileName: 'order.pdf', dataBase64: tinyPdf().toString('base64') });
    expect(pdf).toMatchObject({ mime: 'application/pdf', bytes: tinyPdf().length, createdBy: 'asha' });
    const png = await t.call('attachments.add', { childId: child.id, kind: 'photo', title: 'At admission', fileName: 'photo.png', dataBase64: tinyPng().toString('base64') });
    expect(png.mime).toBe('image/png');
    const back = await t.call('attachments.get', { id: pdf.id });
    expect(Buffer.from(back.dataBase64, 'base64').equals(tinyPdf())).toBe(true);

    const exe = await t.fail('attachments.add', { childId: child.id, kind: 'other', title: 'x', fileName: 'scan.pdf', dataBase64: Buffer.from('MZ\x90\x00 this is not a pdf').toString('base64') });
    expect(exe.details?.['fields']).toEqual({ dataBase64: 'not a PDF, JPEG or PNG file, or damaged' });
    const truncated = await t.fail('attachments.add', { childId: child.id, kind: 'order', title: 'x', fileName: 'order.pdf', dataBase64: tinyPdf().subarray(0, 40).toString('base64') });
    expect(truncated.code).toBe('invalid_input');
    const renamed = await t.fail('attachments.add', { childId: child.id, kind: 'order', title: 'x', fileName: 'order.pdf', dataBase64: tinyPng().toString('base64') });
    expect(renamed.details?.['fields']).toEqual({ dataBase64: 'named .pdf but is a PNG file' });
    const big = Buffer.concat([tinyPdf().subarray(0, 9), Buffer.alloc(5 * 1024 * 1024), Buffer.from('%%EOF')]);
    const tooBig = await t.fail('attachments.add', { childId: child.id, kind: 'order', title: 'x', fileName: 'big.pdf', dataBase64: big.toString('base64') });
    expect(tooBig.details?.['fields']).toMatchObject({ dataBase64: 'the file is larger than 5 MB' });
    const noTitle = await t.fail('attachments.add', { childId: child.id, kind: 'order', title: '  ', fileName: 'order.pdf', dataBase64: tinyPdf().toString('base64') });
    expect(noTitle.details?.['fields']).toEqual({ title: 'required' });
    expect(count(db, 'child_attachments')).toBe(2);

    await t.call('attachments.remove', { id: png.id });
    expect((await t.call('casefile.get', { childId: child.id })).attachments.map((a) => a.title)).toEqual(['CWC order 114/2026']);
  });
});

describe('confidentiality and the journal', () => {
  it('refuses the case file of a child in conflict with law to roles without the right, and logs views', async () => {
    const { t, db } = await withChild();
    const ccl = await t.call('children.admit', childInput({ admissionNo: 'OH-9', category: 'CCL', sex: 'male' }));
    await t.call('casefile.get', { childId: ccl.id });
    expect(db.prepare(`SELECT action FROM access_log WHERE entity_id = ?`).all(ccl.id)).toEqual([{ action: 'casefile' }]);
    await t.call('users.create', { username: 'ravi', displayName: 'Ravi', role: 'case-worker', password: 'ravi password 1' });
    await t.login('ravi', 'ravi password 1');
    expect((await t.fail('casefile.get', { childId: ccl.id })).code).toBe('forbidden');
    expect((await t.fail('casefile.saveSection', { childId: ccl.id, section: 'habits', values: {} })).code).toBe('forbidden');
    expect((await t.fail('carePlan.asOf', { childId: ccl.id, date: '2026-11-01' })).code).toBe('forbidden');
  });

  it('journals every change, and audit verify names a case-file record edited behind Homeward’s back', async () => {
    const { t, child, db } = await withChild();
    await t.call('casefile.saveSection', { childId: child.id, section: 'social', values: { friends: 'Ravi, Sonu' } });
    await t.call('carePlan.save', { childId: child.id, baseVersion: 0, part: 'A', data: emptyPartA() });
    await t.call('casefile.addEntry', { childId: child.id, kind: 'checkup', values: { date: '2026-11-01', weightKg: 28 } });
    const att = await t.call('attachments.add', { childId: child.id, kind: 'photo', title: 'Photo', fileName: 'p.png', dataBase64: tinyPng().toString('base64') });
    expect(await t.call('audit.verify', {})).toMatchObject({ ok: true, problems: [] });

    db.prepare(`UPDATE case_history_sections SET data = replace(data, 'Sonu', 'Monu')`).run();
    db.prepare(`UPDATE care_plan_versions SET saved_by_name = 'someone'`).run();
    db.prepare(`UPDATE casefile_entries SET data = replace(data, '28', '38')`).run();
    db.prepare(`UPDATE child_attachments SET data = ? WHERE id = ?`).run(Buffer.concat([tinyPng(), Buffer.from([0])]), att.id);
    const problems = (await t.call('audit.verify', {})).problems.join('\n');
    expect(problems).toContain(`Case history section social of child ${child.id} differs from its last journal entry`);
    expect(problems).toContain(`Care plan version 1 of child ${child.id} differs`);
    expect(problems).toMatch(/Case file entry .* \(checkup\) .* differs/);
    expect(problems).toContain(`Attachment ${att.id} of child ${child.id} differs`);
  });
});

describe('facts for the deadlines engine', () => {
  it('gives the first care plan, the last review and the follow-ups recorded, per child', async () => {
    const { t, child, db } = await withChild();
    expect(caseFileFacts(db).get(child.id)).toBeUndefined();
    await t.call('casefile.addEntry', { childId: child.id, kind: 'review', values: { date: '2026-10-30', reviewedBy: 'Committee' } });
    await t.call('casefile.addEntry', { childId: child.id, kind: 'review', values: { date: '2026-11-14', reviewedBy: 'Committee' } });
    await at(t, '2026-11-20T06:00:00.000Z');
    await t.call('carePlan.save', { childId: child.id, baseVersion: 0, part: 'C', data: { preRelease: { releaseType: 'release', releaseDate: '2026-11-18' } } });
    await t.call('carePlan.save', { childId: child.id, baseVersion: 1, part: 'D', data: { followUps: [{ stage: 'first', date: '2026-11-19' }], documents: {} } });
    expect(caseFileFacts(db).get(child.id)).toEqual({ carePlanSince: '2026-11-20T06:00:00.000Z', lastReview: '2026-11-14', followUps: { first: '2026-11-19', twoMonths: null, sixMonths: null } });
  });
});

describe('synthetic case files (demo and benchmarks)', () => {
  it('are valid for every rule, journaled, and pass audit verify', async () => {
    const { t, db } = await withChild();
    const old = await t.call('children.admit', childInput({ admissionNo: 'CH-2023-004', admittedAt: '2023-06-01T05:00:00.000Z', dob: '2012-01-01', ageYears: null }));
    const actor = { id: null, name: 'demo' };
    const call = { db, now: clock, actor, viewer: { userId: 'demo', canSeeCcl: true, canSeePhotos: true, canSeeAadhaar: true } };
    db.transaction(() => fillCaseFile(call, old.id, new Prng(1), { quarters: 12, allSections: true }))();
    const file = await t.call('casefile.get', { childId: old.id });
    expect(file.history.sections.filter((s) => s.values !== null)).toHaveLength(10);
    expect(file.entries.filter((e) => e.kind === 'checkup')).toHaveLength(12);
    expect(file.plan?.plan.partB).toHaveLength(11);
    expect(await t.call('audit.verify', {})).toMatchObject({ ok: true });
  });
});

describe('the care-plans overview', () => {
  it('lists children present, those without a plan first, with the same completeness as their case file', async () => {
    const { t, child } = await withChild();
    const other = await t.call('children.admit', childInput({ admissionNo: 'CH-2026-002', admittedAt: '2026-09-01T05:00:00.000Z' }));
    const ccl = await t.call('children.admit', childInput({ admissionNo: 'OH-3', category: 'CCL', sex: 'male', admittedAt: '2026-08-01T05:00:00.000Z' }));
    const left = await t.call('children.admit', childInput({ admissionNo: 'CH-2020-001', admittedAt: '2020-01-01T05:00:00.000Z' }));
    await t.call('movements.record', { childId: left.id, movement: { kind: 'release', at: '2021-01-01T05:00:00.000Z', reason: 'order', orderNo: 'CWC/2021/1' } });
    await t.call('casefile.saveSection', { childId: child.id, section: 'family', values: { rooms: 0, familyType: null, reasonForLeaving: '' } });
    await t.call('casefile.saveSection', { childId: child.id, section: 'abuse', values: { abuseTypes: [], illTreatment: ['none'], exploitation: 'Made to beg' } });
    await t.call('casefile.addEntry', { childId: child.id, kind: 'review', values: { date: '2026-11-01', reviewedBy: 'Committee' } });
    await t.call('casefile.addEntry', { childId: child.id, kind: 'review', values: { date: '2026-10-01', reviewedBy: 'Committee' } });
    await t.call('casefile.addEntry', { childId: child.id, kind: 'immunisation', values: { date: '2026-10-01', vaccine: 'bcg' } });
    await t.call('carePlan.save', { childId: child.id, baseVersion: 0, part: 'A', data: emptyPartA() });

    const rows = await t.call('casefile.overview', {});
    expect(rows.map((r) => r.admissionNo)).toEqual(['OH-3', 'CH-2026-002', 'CH-2026-001']);
    const file = await t.call('casefile.get', { childId: child.id });
    expect(rows[2]).toMatchObject({ plan: { version: 1 }, completeness: file.history.completeness, lastReview: '2026-11-01' });
    expect(file.history.completeness.filled).toBe(4);
    expect(rows[1]).toMatchObject({ childId: other.id, plan: null, completeness: { filled: 0 } });

    await t.call('users.create', { username: 'ravi', displayName: 'Ravi', role: 'case-worker', password: 'ravi password 1' });
    await t.login('ravi', 'ravi password 1');
    expect((await t.call('casefile.overview', {}))[0]).toMatchObject({ childId: ccl.id, name: null });
  });
});
