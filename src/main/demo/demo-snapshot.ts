/**
 * The demo institution enrolled with a demo registry, which publishes a snapshot of synthetic
 * missing-child reports that the institution imports — the same steps, keys and signed files
 * as a real office and registry (README, "Sync by USB, snapshots and matching"), done in
 * process. Importing the snapshot runs matching, so the demo opens with possible matches.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildInput } from '../../shared/domain/child';
import { call, type Backend } from '../cli/backend-session';
import { awaitJob } from '../cli/run-job';
import { enrollOffice } from '../registry/enroll';
import { createRegistryDb, registryPaths } from '../registry/registry-db';
import { initRegistryKeys, registrySigningKey } from '../registry/registry-keys';
import { storeReports } from '../registry/reports/report-store';
import { publishSnapshot } from '../registry/snapshot-publish';
import { exportTrust } from '../registry/trust-export';
import type { SnapshotImported } from '../snapshots/office/import-snapshot';
import { fingerprintOf } from '../sync/format/minisign';
import { generateReports } from './generate-reports';

const REGISTRY_NAME = 'Demo State Child Tracking Registry (synthetic data)';

export interface DemoSnapshot {
  reports: number;
  newPairs: number;
}

/**
 * `workDir` holds the registry and stands in for the USB stick; `others` are fictional
 * children of nobody's institution, whose reports are the look-alikes.
 */
export async function importDemoSnapshot(backend: Backend, session: string, children: readonly ChildInput[], others: readonly ChildInput[], workDir: string): Promise<DemoSnapshot> {
  const now = new Date();
  const usb = join(workDir, 'usb');
  mkdirSync(usb, { recursive: true });
  const paths = registryPaths(join(workDir, 'registry'));
  const registry = await createRegistryDb(paths, REGISTRY_NAME, 'demo registry passphrase');
  let snapshotFile: string;
  try {
    await initRegistryKeys(registry, REGISTRY_NAME, now);
    await call(backend, 'keys.create', {}, session);
    const { file: request } = await call(backend, 'keys.enrollmentRequest', { outDir: usb }, session);
    await enrollOffice(registry, request, now);
    const trust = await exportTrust(registry, join(usb, 'trust.hwpkg'), now);
    const rootFingerprint = fingerprintOf(registrySigningKey(registry, 'root').publicKey);
    await call(backend, 'trust.import', { dataBase64: readFileSync(trust.file).toString('base64'), rootFingerprint }, session);
    const reports = generateReports(children, others, 8, 2026);
    storeReports(registry, reports.map((report) => ({ report, status: 'open' as const })), now.toISOString());
    snapshotFile = (await publishSnapshot(registry, paths, { outDir: usb, now })).file;
  } finally {
    registry.close();
  }
  const imported = (await awaitJob(backend, session, 'Importing the demo snapshot', () => call(backend, 'snapshots.import', { file: snapshotFile }, session))) as SnapshotImported;
  return { reports: imported.reports, newPairs: imported.matching.newPairs };
}
