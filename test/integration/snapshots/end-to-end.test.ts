/**
 * The whole loop: reports at the registry → snapshot → office import → matching → a
 * reviewer's decision → sync package → registry ingest → the confirmed match in status.
 */
import { describe, expect, it } from 'vitest';
import { ingestPackage } from '../../../src/main/registry/ingest';
import { registryStatus } from '../../../src/main/registry/status';
import { childInput } from '../../helpers/backend';
import { exportPackage, runJob } from '../sync/sync-fixture';
import { REPORTS_CSV, enrolledPair, importReports, importSnapshot, publish } from './snapshot-fixture';

describe('snapshots and matching, end to end', { timeout: 300_000 }, () => {
  it('matches a child in care to her report and carries the confirmed decision to the registry', async () => {
    const { registry, office } = await enrolledPair();
    const child = await office.call('children.admit', childInput());
    await office.call('children.admit', childInput({ admissionNo: 'CH-2026-002', name: 'Mohan Lal', aliases: [], sex: 'male', fatherName: 'Ram Lal', address: { village: 'Kota', policeStation: null, district: 'Kota', state: 'Rajasthan', pin: null } }));
    expect(await importReports(registry, REPORTS_CSV)).toEqual({ imported: 3, traced: 0 });
    const published = await publish(registry);
    expect(published).toMatchObject({ version: 1, base: null, reports: 3, deletions: 0, recipients: 1 });

    const imported = await importSnapshot(office, published.file);
    expect(imported).toMatchObject({ version: 1, reports: 3, matching: { children: 2 } });
    expect(imported.trustVersion).toBeGreaterThan(1);

    const status = await office.call('snapshots.status', {});
    expect(status.held).toMatchObject({ version: 1, kind: 'full', reportCount: 3, expired: false, lastMatchRun: { snapshotVersion: 1, children: 2 } });

    const listed = await office.call('matches.list', {});
    const pair = listed.new.find((m) => m.childId === child.id && m.reportId === 'MP/PAT/2025/0117');
    expect(pair, JSON.stringify(listed)).toBeDefined();
    expect(pair!.label).toMatch(/likely|possible/);
    expect((await office.call('matches.newCount', {})).count).toBe(listed.new.length);

    const side = await office.call('matches.pair', { childId: child.id, reportId: 'MP/PAT/2025/0117' });
    expect(side.child.admissionNo).toBe('CH-2026-001');
    expect(side.report).toMatchObject({ name: 'Sunita Kumari', fatherName: 'Rameshwar Prasad', district: 'Patna' });
    expect(side.candidate!.explanation.bars.length).toBeGreaterThan(3);

    await office.call('matches.markSeen', {});
    expect((await office.call('matches.newCount', {})).count).toBe(0);
    const decided = await office.call('matches.decide', { childId: child.id, reportId: 'MP/PAT/2025/0117', decision: 'confirm', note: 'Mother identified her by phone.' });
    expect(decided).toMatchObject({ decision: 'confirm', decidedBy: 'asha' });
    expect((await office.call('matches.list', {})).decided.map((m) => m.reportId)).toEqual(['MP/PAT/2025/0117']);
    expect((await office.call('audit.verify', {})).problems).toEqual([]);

    // The decision travels in the next sync package and is applied at the registry.
    const pkg = await exportPackage(office);
    const outcome = await ingestPackage(registry.db, registry.paths, pkg.file, { now: () => new Date() });
    expect(outcome.status).toBe('applied');
    const s = registryStatus(registry.db, registry.paths.quarantineDir);
    expect(s.confirmedMatches).toEqual([
      expect.objectContaining({ childId: child.id, admissionNo: 'CH-2026-001', reportId: 'MP/PAT/2025/0117', reportStatus: 'open', decidedBy: 'asha', note: 'Mother identified her by phone.' }),
    ]);

    // A rematch keeps the decision and does not bring the pair back as new.
    await runJob(office, () => office.call('matches.rematch', {}));
    const again = await office.call('matches.list', {});
    expect(again.new.some((m) => m.reportId === 'MP/PAT/2025/0117')).toBe(false);
    expect(again.decided[0]!.decision!.decision).toBe('confirm');
  });
});
