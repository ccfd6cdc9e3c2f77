/**
 * Children in conflict with law: nothing about them can enter a snapshot, and their matches
 * reach only people allowed to see CCL identities. Decisions survive new snapshots: a
 * rejected pair never comes back as new.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { canonicalJson } from '../../../src/shared/util/canonical-json';
import { decryptStream } from '../../../src/main/sync/format/age-stream';
import { withContainer } from '../../../src/main/sync/format/read-container';
import { allAgeIdentities } from '../../../src/main/sync/office/office-keys';
import { ingestPackage } from '../../../src/main/registry/ingest';
import { closeReports } from '../../../src/main/registry/reports/report-store';
import { childInput } from '../../helpers/backend';
import { exportPackage, runJob, type Office, type Registry } from '../sync/sync-fixture';
import { REPORTS_CSV, REPORTS_HEADER, enrolledPair, importReports, importSnapshot, publish } from './snapshot-fixture';

let registry: Registry;
let office: Office;
let cclId: string;
let cncpId: string;
const REPORT = 'MP/PAT/2025/0117';

async function plaintextOf(file: string): Promise<string> {
  const identities = allAgeIdentities(office.backend.core.vault.db());
  return withContainer(file, 'snapshot', async (c) => {
    const chunks: Buffer[] = [];
    for await (const chunk of decryptStream(identities, Readable.from(await c.read('payload.age')))) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks).toString('utf8');
  });
}

describe('children in conflict with law and decisions', { timeout: 400_000 }, () => {
  beforeAll(async () => {
    ({ registry, office } = await enrolledPair());
    // The same girl twice: once as a CNCP child, once (another admission) as a CCL child with a name nobody else has.
    cncpId = (await office.call('children.admit', childInput())).id;
    cclId = (await office.call('children.admit', childInput({ admissionNo: 'JJB-CCL-7', name: 'Sunita Gupt-Rahasya', category: 'CCL' }))).id;
    // The registry now holds the CCL child from the office's sync package.
    await ingestPackage(registry.db, registry.paths, (await exportPackage(office)).file, { now: () => new Date() });
    await importReports(registry, REPORTS_CSV);
  });

  it('never puts a child the registry received from an office into a snapshot', async () => {
    const { file } = await publish(registry);
    const text = await plaintextOf(file);
    expect(text.split('\n').filter((l) => l.includes('"type":"report"'))).toHaveLength(3);
    for (const secret of ['Gupt-Rahasya', 'JJB-CCL-7', cclId, cncpId, '"category"', 'admissionNo']) expect(text).not.toContain(secret);
    await importSnapshot(office, file);
  });

  it('refuses to publish when anything but a report is in the reports table', async () => {
    const before = registry.db.prepare('SELECT count(*) FROM snapshots').pluck().get();
    const child = { report_id: 'X-1', name: 'Sunita Gupt-Rahasya', sex: 'female', date_missing: '2025-01-01', age_years: 11, category: 'CCL', admissionNo: 'JJB-CCL-7' };
    registry.db.prepare(`INSERT INTO reports (report_id, data, status, changed_in, updated_at) VALUES ('X-1', ?, 'open', NULL, '2026-01-01T00:00:00.000Z')`).run(canonicalJson(child));
    await expect(publish(registry)).rejects.toThrow(/unrecognized key/i);
    expect(registry.db.prepare('SELECT count(*) FROM snapshots').pluck().get()).toBe(before);
    registry.db.prepare(`DELETE FROM reports WHERE report_id = 'X-1'`).run();
  });

  it('shows a CCL child’s matches only to those who may see CCL identities', async () => {
    const admin = await office.call('matches.list', {});
    expect(admin.new.some((m) => m.childId === cclId && m.reportId === REPORT)).toBe(true);
    expect(admin.withheldCcl).toBe(0);

    await office.call('users.create', { username: 'kavita', displayName: 'Kavita', role: 'case-worker', password: 'case worker pw 1' });
    const adminSession = office.session;
    await office.login('kavita', 'case worker pw 1');
    const worker = await office.call('matches.list', {});
    const all = [...worker.new, ...worker.possible, ...worker.decided];
    expect(all.some((m) => m.childId === cclId)).toBe(false);
    expect(JSON.stringify(worker)).not.toContain('Gupt-Rahasya');
    expect(worker.withheldCcl).toBeGreaterThan(0);
    expect(all.some((m) => m.childId === cncpId)).toBe(true);
    expect((await office.call('matches.newCount', {})).count).toBe(worker.new.length);
    const byChild = await office.call('matches.byChild', {});
    expect(byChild.map((c) => c.admission_no)).toEqual(['CH-2026-001']);
    expect((await office.fail('matches.byChild', { admissionNo: 'JJB-CCL-7' })).code).toBe('forbidden');
    expect((await office.fail('matches.pair', { childId: cclId, reportId: REPORT })).code).toBe('forbidden');
    expect((await office.fail('matches.decide', { childId: cclId, reportId: REPORT, decision: 'reject' })).code).toBe('forbidden');
    office.session = adminSession;
  });

  it('keeps a rejected pair out of "new" after a new snapshot and a rematch', async () => {
    await office.call('matches.decide', { childId: cncpId, reportId: REPORT, decision: 'reject', note: 'Different mother' });
    await office.call('matches.markSeen', {});
    await importReports(registry, [REPORTS_HEADER, 'MP/PAT/2026/0005,Sunita,,female,,11,02-02-2026,Rameshwar,,Rampur,Danapur,Patna,Bihar,,,,,Hindi'].join('\n'));
    const v = await publish(registry, { deltaFrom: 1 });
    // v2 failed to publish above (the strict schema), so this delta is v2.
    expect(v.version).toBe(2);
    await importSnapshot(office, v.file);
    await runJob(office, () => office.call('matches.rematch', {}));
    const listed = await office.call('matches.list', {});
    expect(listed.new.some((m) => m.childId === cncpId && m.reportId === REPORT)).toBe(false);
    expect(listed.possible.some((m) => m.childId === cncpId && m.reportId === REPORT)).toBe(false);
    expect(listed.decided.find((m) => m.childId === cncpId && m.reportId === REPORT)?.decision).toMatchObject({ decision: 'reject', note: 'Different mother' });
    // The new report is new for the reviewer.
    expect(listed.new.some((m) => m.reportId === 'MP/PAT/2026/0005')).toBe(true);
  });

  it('rebuilds an index made by an older version of the engine before matching', async () => {
    const db = office.backend.core.vault.db();
    const profile = () => db.prepare("SELECT value FROM match_meta WHERE key = 'profile'").pluck().get() as string;
    const current = profile();
    const before = (await office.call('matches.list', {})).possible.length + (await office.call('matches.list', {})).new.length;
    db.prepare("UPDATE match_meta SET value = 'child-v1' WHERE key = 'profile'").run();
    await runJob(office, () => office.call('matches.rematch', {}));
    expect(profile()).toBe(current);
    const listed = await office.call('matches.list', {});
    expect(listed.possible.length + listed.new.length).toBe(before);
  });

  it('a report closed as traced leaves the office with the next snapshot, and its decision stays', async () => {
    closeReports(registry.db, [REPORT], new Date().toISOString());
    const v = await publish(registry, { deltaFrom: 2 });
    expect(v).toMatchObject({ reports: 0, deletions: 1 });
    await importSnapshot(office, v.file);
    const db = office.backend.core.vault.db();
    expect(db.prepare('SELECT count(*) FROM snapshot_reports WHERE report_id = ?').pluck().get(REPORT)).toBe(0);
    const decided = (await office.call('matches.list', {})).decided.find((m) => m.reportId === REPORT);
    expect(decided).toMatchObject({ reportName: null, probability: null, decision: { decision: 'reject' } });
  });
});
