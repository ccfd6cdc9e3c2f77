/** The snapshot and match commands of both command lines, as separate processes. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN, childInput } from '../../helpers/backend';
import { REGISTRY_PASSPHRASE } from '../sync/sync-fixture';
import { REPORTS_CSV, REPORTS_HEADER, csvFile, enrolledPair } from './snapshot-fixture';

function run(cli: string, args: string[], env: Record<string, string> = {}) {
  const res = spawnSync(process.execPath, ['--import', 'tsx', join(process.cwd(), cli), ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 180_000 });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

describe('homeward match and homeward-registry snapshot on the command line', { timeout: 400_000 }, () => {
  it('imports reports (refusing bad rows by line), publishes, imports and prints matches as JSON', async () => {
    const { registry, office } = await enrolledPair();
    await office.call('children.admit', childInput());
    await office.call('children.admit', childInput({ admissionNo: 'CH-2026-002', name: 'Mohan', aliases: [], sex: 'male', fatherName: null }));
    registry.db.close();
    await office.backend.close();
    const dir = registry.paths.dir;
    const pw = join(dir, 'pw');
    writeFileSync(pw, `${REGISTRY_PASSPHRASE}\n`);
    const registryCli = (args: string[]) => run('src/main/registry/cli.ts', [...args, '--dir', dir, '--password-file', pw]);
    const homeward = (args: string[]) => run('src/main/cli/homeward.ts', [...args, '--data', office.dataDir], { HOMEWARD_USER: ADMIN.username, HOMEWARD_PASSWORD: ADMIN.password });

    const bad = csvFile(dir, [REPORTS_HEADER, 'R-1,Asha,,girl,,9,31-02-2025,,,,,Patna,Bihar,,,,,', 'R-1,Asha,,female,,,01-02-2025,,,,,Patna,Atlantis,,,,,'].join('\n'), 'bad.csv');
    const refused = registryCli(['reports', 'import', bad]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(`${bad}:2: date_missing: "31-02-2025" is not a real date`);
    expect(refused.err).toContain(`${bad}:3: dob: date of birth or age is required`);
    expect(refused.err).toContain(`${bad}:3: state: "Atlantis" is not an Indian state or union territory`);
    expect(refused.err).toContain(`${bad}:3: report_id: R-1 is also the report id on line 2`);
    expect(refused.err).toMatch(/homeward-registry: 2 rows have problems; nothing was imported\.\n$/);

    expect(registryCli(['reports', 'import', csvFile(dir, REPORTS_CSV)]).out).toMatch(/Imported 3 reports/);
    const published = registryCli(['snapshot', 'publish', '--out', join(dir, 'usb')]);
    expect(published.code, published.err).toBe(0);
    expect(published.out.trim()).toMatch(/HW-snapshot-.*-v1\.hwpkg$/);

    const imported = homeward(['snapshot', 'import', published.out.trim()]);
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out).toMatch(/Snapshot v1 imported: 3 reports\. Matched 2 children/);

    const matched = homeward(['match', '--json', '--top', '2']);
    expect(matched.code, matched.err).toBe(0);
    const items = JSON.parse(matched.out) as { admission_no: string; candidates: { report_id: string; probability: number; weight: number; label: string; explanation: { bars: unknown[] } }[] }[];
    expect(items.map((i) => i.admission_no)).toEqual(['CH-2026-001', 'CH-2026-002']);
    for (const item of items) {
      expect(item.candidates.length).toBeLessThanOrEqual(2);
      expect(item.candidates.map((c) => c.probability)).toEqual([...item.candidates.map((c) => c.probability)].sort((a, b) => b - a));
      for (const c of item.candidates) expect(Object.keys(c).sort()).toEqual(['explanation', 'label', 'probability', 'report_id', 'weight']);
    }
    expect(items[0]!.candidates[0]).toMatchObject({ report_id: 'MP/PAT/2025/0117', label: expect.stringMatching(/likely|possible/) });

    const one = JSON.parse(homeward(['match', '--json', '--no-rerun', '--child', 'CH-2026-001']).out) as unknown[];
    expect(one).toHaveLength(1);
    const older = homeward(['snapshot', 'import', published.out.trim()]);
    expect(older.code).toBe(2);
    expect(older.err).toMatch(/\nhomeward: This snapshot \(v1\) is the one you already have\.\n$/);
    expect(JSON.parse(registryCli(['status', '--json']).out)).toMatchObject({ reports: { open: 3, traced: 0 }, latestSnapshot: { version: 1 }, confirmedMatches: [] });
  });
});
