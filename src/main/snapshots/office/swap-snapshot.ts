/**
 * Makes a staged snapshot the one held. The matching index is first built from the staged
 * reports beside the live one, in short transactions, so clerks keep saving while it runs;
 * then one short transaction swaps in the index and the reports (tables renamed, not
 * copied) and records the new version. A cancel or failure before that commit leaves the
 * office its old snapshot and index whole; a kill during the build leaves only unused
 * tables, dropped by the next build.
 */
import { AppError } from '../../../shared/api/errors';
import type { JobContext } from '../../jobs/job-context';
import { buildReportIndex } from '../../matching/report-matching';
import { CancelledError } from '../../matching/index-build';
import type { SnapshotManifest } from '../format/snapshot-manifest';
import { recordSnapshot } from './snapshot-state';
import { reportsOf } from './staged-reports';

export async function swapInSnapshot(ctx: JobContext, manifest: SnapshotManifest, resourcesDir: string): Promise<number> {
  const { db } = ctx;
  const staged = db.prepare('SELECT count(*) FROM snapshot_staging').pluck().get() as number;
  // The staging table's own definition, to leave an empty one behind after the rename.
  const stagingSql = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'snapshot_staging'").pluck().get() as string;
  const swapReports = () => {
    db.exec(`DROP TABLE snapshot_reports; ALTER TABLE snapshot_staging RENAME TO snapshot_reports; ${stagingSql}`);
    recordSnapshot(db, {
      registryId: manifest.origin.registryId,
      version: manifest.version,
      base: manifest.base,
      packageId: manifest.packageId,
      createdAt: manifest.createdAt,
      expiresAt: manifest.expiresAt,
      importedAt: ctx.now().toISOString(),
      reportCount: staged,
    });
  };
  try {
    await buildReportIndex(db, reportsOf(db, 'snapshot_staging'), { resourcesDir, cancelled: ctx.cancelled, onProgress: (done) => ctx.progress('indexing', done, staged), withSwap: swapReports });
  } catch (e) {
    if (e instanceof CancelledError) throw new AppError('cancelled', 'The snapshot import was cancelled; the snapshot you had is unchanged.');
    throw e;
  }
  return staged;
}
