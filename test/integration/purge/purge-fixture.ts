/**
 * An observation home with the people an s.24 purge involves (a JJB clerk who asks, two
 * administrators, a case worker who may not), and a child in conflict with law whose records
 * reach every table a child can have rows in — each mentioning the child's name, in Latin and
 * Devanagari, so that a leftover anywhere can be found by its bytes.
 */
import { ADMIN, childInput, INSTITUTION, makeBackend } from '../../helpers/backend';
import { tinyPng } from '../../helpers/images';
import { fakePng, runJob } from '../sync/sync-fixture';
import type { PurgeResult } from '../../../src/shared/domain/purge';
import { emptyCarePlan } from '../../../src/shared/domain/care-plan';

/** Names no other record holds: every byte of them found after the purge is a leftover. */
export const NAMES = {
  devanagari: 'ज़ोरावर क़ुर्बानलाल',
  latin: 'Zorawar Qurbanlal',
  father: 'Trilokinath Vazirpuri',
} as const;

export const PEOPLE = {
  clerk: { username: 'meena', displayName: 'Meena Clerk', role: 'jjb-clerk' as const, password: 'meena password 1' },
  admin2: { username: 'vikram', displayName: 'Vikram Admin', role: 'administrator' as const, password: 'vikram password 1' },
  worker: { username: 'ravi', displayName: 'Ravi Worker', role: 'case-worker' as const, password: 'ravi password 1' },
};

type Backend = Awaited<ReturnType<typeof makeBackend>>;
/** The office, and a signed-in session for each person. */
export type Office = Backend & { as: Record<'admin' | keyof typeof PEOPLE, string> };

export async function makeObservationHome(opts: { dataDir?: string } = {}): Promise<Office> {
  const t = await makeBackend(opts);
  await t.call('setup.create', { institution: { ...INSTITUTION, name: 'Observation Home for Boys, Test', type: 'observation-home' }, admin: { username: ADMIN.username, displayName: 'Asha Verma', password: ADMIN.password } });
  const admin = (await t.login()).sessionToken;
  for (const p of Object.values(PEOPLE)) await t.call('users.create', p);
  const as = { admin } as Record<'admin' | keyof typeof PEOPLE, string>;
  for (const [key, p] of Object.entries(PEOPLE)) as[key as keyof typeof PEOPLE] = (await t.call('auth.login', { username: p.username, password: p.password })).sessionToken;
  t.session = admin;
  return Object.assign(t, { as });
}

/** A PDF that names the child, as a scanned order would. */
export function pdfNaming(text: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`, 'utf8');
}

/** The Board's case number: the tombstone keeps it. */
export const CASE_NO = 'JJB/PAT/61/2026';

/** Photo bytes no other record has (a seeded filler), to look for after the purge. */
export const PHOTO = fakePng(4096, 424242);

/** The child and one or more rows in every table a child owns, written through the services. */
export async function admitCclChild(t: Backend, admissionNo = 'OH-2026-014') {
  const child = await t.call('children.admit', childInput({ admissionNo, name: NAMES.devanagari, aliases: [NAMES.latin], fatherName: NAMES.father, category: 'CCL', dob: '2010-05-04', ageYears: null }));
  await t.call('children.addPhoto', { childId: child.id, mime: 'image/png', dataBase64: PHOTO.toString('base64') });
  // A photo added and removed: its row is gone, but the journal still holds its entries.
  const removed = await t.call('children.addPhoto', { childId: child.id, mime: 'image/png', dataBase64: tinyPng().toString('base64') });
  await t.call('children.removePhoto', { photoId: removed.photos.find((p) => p.bytes === tinyPng().length)!.id });
  await t.call('movements.record', { childId: child.id, movement: { kind: 'leave', at: '2026-10-10T05:00:00.000Z', destination: `Home of ${NAMES.father}`, expectedReturnOn: '2026-10-12', note: `${NAMES.latin} went home` } });
  await t.call('movements.record', { childId: child.id, movement: { kind: 'leave_return', at: '2026-10-12T05:00:00.000Z' } });
  await t.call('casefile.saveSection', { childId: child.id, section: 'family', values: { familyType: 'joint', rooms: 2, reasonForLeaving: `${NAMES.devanagari} का झगड़ा` } });
  const { partA } = emptyCarePlan();
  partA.details.preparedOn = '2026-10-20';
  partA.areas.healthNutrition = [{ concern: `${NAMES.latin} is underweight`, intervention: 'Supplementary diet', responsible: 'Nurse Meena', targetDate: '2027-01-31' }];
  await t.call('carePlan.save', { childId: child.id, baseVersion: 0, part: 'A', data: partA });
  await t.call('casefile.addEntry', { childId: child.id, kind: 'checkup', values: { date: '2026-11-01', heightCm: 150, weightKg: 40 } });
  await t.call('attachments.add', { childId: child.id, kind: 'order', title: `Order for ${NAMES.latin}`, documentDate: '2026-10-01', fileName: 'order.pdf', dataBase64: pdfNaming(`${NAMES.latin} ${NAMES.devanagari}`).toString('base64') });
  // The Board's case, with a hearing adjourned and a step, each naming the child.
  const { id: caseId } = await t.call('cases.register', {
    childId: child.id,
    authority: 'jjb',
    particulars: { caseNo: CASE_NO, firNo: '61/2026', firDate: '2026-09-30', policeStation: 'Kotwali', sections: [{ statute: 'BNS', section: '303(2)' }], offenceClass: 'petty', offenceDate: '2026-09-29', apprehendedAt: '2026-09-30T17:00:00.000Z', firstProducedAt: '2026-10-01T08:00:00.000Z' },
    next: { date: '2026-10-05', bench: '1', purpose: 'sbrBail' },
  });
  const listed = (await t.call('cases.get', { id: caseId })).hearings.find((h) => h.status === 'scheduled')!;
  await t.call('hearings.record', { hearingId: listed.id, outcome: 'adjourned', reason: `${NAMES.father} absent`, proceedings: '', next: { date: '2026-10-12', bench: '1', purpose: 'sir' } });
  await t.call('cases.addEntry', { caseId, kind: 'sir', values: { date: '2026-10-10', preparedBy: 'Meena Devi', preparerRole: 'probationOfficer', recommendation: `${NAMES.latin} to return to school` } });
  // Matching: a report in the snapshot, a candidate (derived, with the child's name in its explanation) and a decision.
  const db = t.backend.core.vault.db();
  db.prepare(`INSERT OR IGNORE INTO snapshot_reports (report_id, data) VALUES ('MP/PAT/2026/0117', '{}')`).run();
  db.prepare(
    `INSERT INTO match_candidates (child_id, report_id, probability, weight, label, explanation, first_seen_at, last_run_at, snapshot_version) VALUES (?, 'MP/PAT/2026/0117', 0.9, 12, 'likely', ?, ?, ?, 1)`,
  ).run(child.id, JSON.stringify({ name: NAMES.latin }), '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z');
  await t.call('matches.decide', { childId: child.id, reportId: 'MP/PAT/2026/0117', decision: 'not_sure', note: `Mother of ${NAMES.latin} to be called` });
  // Views of the child's identity land in the access log.
  await t.call('children.get', { id: child.id });
  return child;
}

/** Confirms a request as `session` and waits for the purge job to finish. */
export async function confirm(t: Backend, session: string, requestId: string, admissionNo: string): Promise<PurgeResult> {
  t.session = session;
  return runJob<PurgeResult>(t, () => t.call('purge.confirm', { requestId, admissionNo }));
}
