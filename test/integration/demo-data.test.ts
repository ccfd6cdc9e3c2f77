/**
 * `npm run demo`'s data, seeded in process as the demo does it: the institution enrolls with a
 * demo registry, whose snapshot of synthetic reports is imported and matched, so the Matches
 * page opens with pairs to review — the children's own reports among them, first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../src/main/backend';
import { call } from '../../src/main/cli/backend-session';
import { seedDemoData } from '../../src/main/demo/demo-data';
import { DEMO_USERS } from '../../src/main/demo/seed-demo';

const root = mkdtempSync(join(tmpdir(), 'homeward-demo-data-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the demo data', { timeout: 300_000 }, () => {
  it('imports a signed snapshot of synthetic reports and opens with possible matches, the children’s own reports first', async () => {
    const backend = await createBackend({ dataDir: join(root, 'data'), resourcesDir: process.cwd() });
    try {
      const snapshot = await seedDemoData(backend, { children: 120, registryDir: join(root, 'registry') });
      expect(snapshot!.reports).toBeGreaterThan(300);
      expect(snapshot!.newPairs).toBeGreaterThan(0);

      const admin = DEMO_USERS[0]!;
      const session = (await call(backend, 'auth.login', { username: admin.username, password: admin.password })).sessionToken;
      const status = await call(backend, 'snapshots.status', {}, session);
      expect(status.held).toMatchObject({ version: 1, reportCount: snapshot!.reports, expired: false });
      const listed = await call(backend, 'matches.list', {}, session);
      expect(listed.new.length).toBe(snapshot!.newPairs);
      // Reports made from demo children are MP/DEMO/…; the look-alikes are MP/DEMO-X/….
      const own = listed.new.filter((m) => m.reportId.startsWith('MP/DEMO/'));
      expect(own.length).toBeGreaterThan(3);
      expect(own.filter((m) => m.label === 'likely').length / own.length).toBeGreaterThan(0.5);
      // A child's own report outranks every look-alike listed for that child.
      const best = (childId: string) => Math.max(...listed.new.filter((m) => m.childId === childId).map((m) => m.probability ?? 0));
      for (const m of own) expect(m.probability).toBe(best(m.childId));
      // No child in conflict with law is ever the subject of a report.
      expect(own.every((m) => m.category === 'CNCP')).toBe(true);
    } finally {
      await backend.close();
    }
  });
});
