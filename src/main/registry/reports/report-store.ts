/**
 * The registry's missing-child reports. Every change (a new or edited report, a report
 * closed as traced) clears `changed_in`, so the next snapshot carries it: a delta is every
 * report changed since its base, open ones as reports and traced ones as deletions.
 */
import { canonicalJson } from '../../../shared/util/canonical-json';
import { AppError } from '../../../shared/api/errors';
import type { Sqlite } from '../../db/open';
import type { Report } from '../../snapshots/format/report-schema';
import type { ReportStatus } from './report-columns';

/** Inserts or replaces reports; the caller owns the transaction. */
export function storeReports(db: Sqlite, reports: Iterable<{ report: Report; status: ReportStatus }>, at: string): number {
  const upsert = db.prepare(
    `INSERT INTO reports (report_id, data, status, changed_in, updated_at) VALUES (?, ?, ?, NULL, ?)
     ON CONFLICT (report_id) DO UPDATE SET data = excluded.data, status = excluded.status, changed_in = NULL, updated_at = excluded.updated_at
     WHERE data IS NOT excluded.data OR status IS NOT excluded.status`,
  );
  let n = 0;
  for (const { report, status } of reports) {
    upsert.run(report.report_id, canonicalJson(report), status, at);
    n += 1;
  }
  return n;
}

/** Closes reports as traced (the child was found); they leave the next snapshot. */
export function closeReports(db: Sqlite, reportIds: readonly string[], at: string): void {
  const close = db.prepare(`UPDATE reports SET status = 'traced', changed_in = NULL, updated_at = ? WHERE report_id = ? AND status = 'open'`);
  const exists = db.prepare('SELECT status FROM reports WHERE report_id = ?').pluck();
  db.transaction(() => {
    for (const id of reportIds) {
      const status = exists.get(id) as ReportStatus | undefined;
      if (!status) throw new AppError('not_found', `There is no report ${id} in this registry; nothing was closed.`);
      if (status === 'open') close.run(at, id);
    }
  })();
}

export function reportCounts(db: Sqlite): { open: number; traced: number } {
  return db.prepare(`SELECT coalesce(sum(status = 'open'), 0) AS open, coalesce(sum(status = 'traced'), 0) AS traced FROM reports`).get() as { open: number; traced: number };
}
