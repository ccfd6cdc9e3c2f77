/**
 * Snapshot figures at 100k and 1M missing-child reports: publishing at the registry, and
 * importing at an office — verify and stage, then the index build beside the live one (both
 * in short transactions: other writes go on), a swap by renaming tables, then matching 500
 * children in care. Reports come from the matching bench's generator; import runs the
 * job's function in this process (no worker), so the memory sampled is its own.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBackend } from '../src/main/backend';
import { ChildrenService } from '../src/main/children/service';
import { Geo } from '../src/main/reference/geo';
import { childInputSchema } from '../src/shared/domain/child';
import type { Sqlite } from '../src/main/db/open';
import { writeEnrollmentRequest } from '../src/main/sync/office/enrollment';
import { importTrust } from '../src/main/sync/office/trust-store';
import { createRegistryDb, registryPaths } from '../src/main/registry/registry-db';
import { initRegistryKeys } from '../src/main/registry/registry-keys';
import { enrollOffice } from '../src/main/registry/enroll';
import { exportTrust } from '../src/main/registry/trust-export';
import { storeReports } from '../src/main/registry/reports/report-store';
import { publishSnapshot } from '../src/main/registry/snapshot-publish';
import { missingReportSchema } from '../src/main/snapshots/format/report-schema';
import { importSnapshot } from '../src/main/snapshots/office/import-snapshot';
import { FieldGenerator, scenario } from './matching/generate';
import type { Row } from './table';

const root = process.cwd();
const MB = 1024 * 1024;
const CHILDREN = 500;

/** Peak resident size, sampled on a timer and from progress callbacks (the index build blocks timers). */
class PeakRss {
  peak = process.memoryUsage().rss;
  private readonly timer = setInterval(() => this.sample(), 100);
  sample() {
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
  }
  stop() {
    clearInterval(this.timer);
  }
}

async function enrolledOffice(dir: string) {
  const paths = registryPaths(join(dir, 'registry'));
  const registry = await createRegistryDb(paths, 'Bench Registry', 'bench registry passphrase');
  await initRegistryKeys(registry, 'Bench Registry', new Date());
  const backend = await createBackend({ dataDir: join(dir, 'office'), resourcesDir: root, log: () => undefined });
  const inst = { name: 'Bench Home', type: 'childrens-home' as const, registrationNo: '', state: 'Bihar', district: 'Patna', address: '' };
  await backend.dispatch({ method: 'setup.create', input: { institution: inst, admin: { username: 'bench', displayName: 'Bench', password: 'bench password 1' } } }, 'direct');
  await backend.dispatch({ method: 'auth.login', input: { username: 'bench', password: 'bench password 1' } }, 'direct');
  const db = backend.core.vault.db();
  await enrollOffice(registry, await writeEnrollmentRequest(db, dir, new Date()), new Date());
  const trust = join(dir, 'trust.hwpkg');
  await exportTrust(registry, trust, new Date());
  await importTrust(db, trust, { now: new Date() });
  return { registry, paths, backend, db };
}

/** The scenario's children in care, admitted as CNCP children. */
function admit(db: Sqlite, children: ReturnType<typeof scenario>['children']): void {
  const service = new ChildrenService(db, () => new Date(), Geo.load(root));
  const inputs = children.map(({ id, complexion: _complexion, ...c }) => childInputSchema.parse({ ...c, admissionNo: id, category: 'CNCP' }));
  db.transaction(() => service.insertMany(inputs, { id: null, name: 'bench' }))();
}

export async function snapshotBench(sizes = [100_000, 1_000_000]): Promise<Row[]> {
  const rows: Row[] = [];
  const rss = new PeakRss();
  for (const size of sizes) {
    const label = size >= 1e6 ? `${size / 1e6}M` : `${size / 1e3}k`;
    const dir = mkdtempSync(join(tmpdir(), 'homeward-snapshot-bench-'));
    try {
      const { registry, paths, backend, db } = await enrolledOffice(dir);
      const sc = scenario(new FieldGenerator(5, root), size, CHILDREN);
      admit(db, sc.children);
      registry.transaction(() => {
        function* reports() {
          for (const r of sc.reports()) yield { report: missingReportSchema.parse(r), status: 'open' as const };
        }
        storeReports(registry, reports(), new Date().toISOString());
      })();

      let t = performance.now();
      const published = await publishSnapshot(registry, paths, { outDir: join(dir, 'usb'), now: new Date() });
      rows.push({ what: `publish ${label} reports (full, ${(statSync(published.file).size / MB).toFixed(0)} MB)`, value: (performance.now() - t) / 1000, unit: 's', target: '' });

      const phaseStart = new Map<string, number>();
      t = performance.now();
      await importSnapshot(
        {
          db,
          geo: null as never,
          now: () => new Date(),
          progress: (phase) => {
            if (!phaseStart.has(phase)) phaseStart.set(phase, performance.now());
            rss.sample();
          },
          cancelled: () => false,
        },
        { file: published.file, resourcesDir: root },
      );
      const end = performance.now();
      const at = (phase: string) => phaseStart.get(phase) ?? end;
      rows.push({ what: `import ${label}: verify, decrypt, stage`, value: (at('indexing') - t) / 1000, unit: 's', target: '' });
      rows.push({ what: `import ${label}: index build + swap`, value: (at('matching') - at('indexing')) / 1000, unit: 's', target: '' });
      rows.push({ what: `import ${label}: match ${CHILDREN} children`, value: (end - at('matching')) / 1000, unit: 's', target: '≤ 30 s' });
      rows.push({ what: `import ${label}: total`, value: (end - t) / 1000, unit: 's', target: '' });
      rows.push({ what: `import ${label}: rate (to the swap)`, value: size / ((at('matching') - t) / 1000), unit: '/s', target: '' });
      await backend.close();
      registry.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  rss.stop();
  rows.push({ what: 'peak memory (RSS)', value: rss.peak / MB, unit: 'MB', target: '≤ 1024 MB' });
  return rows;
}

