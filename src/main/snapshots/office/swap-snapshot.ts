/**
 * The one transaction (a savepoint) that makes a staged snapshot the one held: the matching index is
 * rebuilt from the staged reports, the reports replace the old ones and the state records
 * the new version. A cancel or failure anywhere in it rolls it all back, so the office
 * keeps its old snapshot and index whole. Other writes wait while it runs (see the bench).
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
  // A savepoint, not db.transaction(): the index build awaits its worker threads.
  db.exec('SAVEPOINT swap_snapshot');
  try {
    await buildReportIndex(db, reportsOf(db, 'snapshot_staging'), { resourcesDir, cancelled: ctx.cancelled, onProgress: (done) => ctx.progress('indexing', done, staged) });
    db.exec('DELETE FROM snapshot_reports; INSERT INTO snapshot_reports (report_id, data) SELECT report_id, data FROM snapshot_staging; DELETE FROM snapshot_staging;');
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
    db.exec('RELEASE swap_snapshot');
  } catch (e) {
    db.exec('ROLLBACK TO swap_snapshot; RELEASE swap_snapshot');
    if (e instanceof CancelledError) throw new AppError('cancelled', 'The snapshot import was cancelled; the snapshot you had is unchanged.');
    throw e;
  }
  return staged;
}
