/** A registry with reports and an enrolled office: publish snapshots there, import them here. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Geo } from '../../../src/main/reference/geo';
import { importReportsFile } from '../../../src/main/registry/reports/import-reports';
import { publishSnapshot, type Published } from '../../../src/main/registry/snapshot-publish';
import { createHash } from 'node:crypto';
import type { Sqlite } from '../../../src/main/db/open';
import { enroll, makeOffice, makeRegistry, runJob, type Office, type Registry } from '../sync/sync-fixture';

export const REPORTS_HEADER = 'report_id,name,aliases,sex,dob,age_years,date_missing,father_name,mother_name,village,police_station,district,state,fir_no,height_cm,complexion,identification_marks,languages';

/** The office fixture's child (childInput) as the police reported her a year earlier, and two other children. */
export const REPORTS_CSV = [
  REPORTS_HEADER,
  'MP/PAT/2025/0117,Sunita Kumari,Munni,female,,10,01-11-2025,Rameshwar Prasad,,Rampur,Danapur,Patna,Bihar,FIR 311/2025,128,wheatish,mole on left cheek,Hindi; Bhojpuri',
  'MP/GAY/2024/0042,Rahul Kumar,,male,12-03-2012,,15-06-2024,Suresh Yadav,Geeta Devi,Bodh Gaya,Bodh Gaya,Gaya,Bihar,,140,,scar on right knee,Hindi',
  'MP/LKO/2023/0901,Pooja,,female,,8,20-01-2023,,,Aliganj,Aliganj,Lucknow,Uttar Pradesh,,,,,Hindi',
].join('\n');

export const geo = Geo.load(process.cwd());

export function csvFile(dir: string, text: string, name = 'reports.csv'): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

export async function importReports(registry: Registry, text: string) {
  return importReportsFile(registry.db, csvFile(mkdtempSync(join(tmpdir(), 'homeward-reports-')), text), geo, new Date());
}

export const publish = (registry: Registry, opts: { deltaFrom?: number; now?: Date } = {}): Promise<Published> =>
  publishSnapshot(registry.db, registry.paths, { outDir: join(registry.paths.dir, 'out'), deltaFrom: opts.deltaFrom, now: opts.now ?? new Date() });

export interface SnapshotImported {
  version: number;
  reports: number;
  trustVersion: number | null;
  matching: { children: number; pairs: number; newPairs: number };
}

export const importSnapshot = (office: Office, file: string) => runJob<SnapshotImported>(office, () => office.call('snapshots.import', { file }));

export async function enrolledPair(): Promise<{ registry: Registry; office: Office }> {
  const registry = await makeRegistry();
  const office = await makeOffice();
  await enroll(office, registry);
  return { registry, office };
}

/** Every row of the snapshot, the matching index and the matches (not the trust list, which a snapshot may renew on its own). */
export function snapshotDigest(db: Sqlite): string {
  const h = createHash('sha256');
  for (const table of ['snapshot_reports', 'snapshot_staging', 'snapshot_state', 'match_record', 'match_posting', 'match_meta', 'match_candidates', 'match_decisions']) {
    h.update(table);
    for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY 1`).iterate()) h.update(JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? v.toString('base64') : v)));
  }
  return h.digest('hex');
}
