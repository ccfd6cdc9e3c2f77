/**
 * A matching run: every child in care against the snapshot held, best reports first, stored
 * with their explanations. Runs after each snapshot import and as its own job (`matches.rematch`)
 * after children are admitted or edited. Decisions are never touched by a run.
 */
import { AppError } from '../../shared/api/errors';
import type { JobContext } from '../jobs/job-context';
import { CancelledError } from '../matching/index-build';
import { buildReportIndex, indexIsCurrent, matchChildren } from '../matching/report-matching';
import { reportsOf } from '../snapshots/office/staged-reports';
import { heldSnapshot, recordMatchRun } from '../snapshots/office/snapshot-state';
import { storeRun, type StoredRun } from './candidate-store';
import { childrenInCare } from './children-for-matching';

/** Reports kept per child: what `homeward match --top` and the review screen can show. */
export const CANDIDATES_PER_CHILD = 10;

export interface MatchRun extends StoredRun {
  children: number;
  snapshotVersion: number;
}

export async function runMatching(ctx: JobContext, resourcesDir: string): Promise<MatchRun> {
  const { db } = ctx;
  const held = heldSnapshot(db);
  if (!held) throw new AppError('not_found', 'There is no snapshot of missing-child reports yet. Import one from the registry first.');
  // Past its expiry a snapshot may have lost reports of children since found, or lack new ones: matching stops until a newer one comes.
  if (Date.parse(held.expiresAt) <= ctx.now().getTime()) {
    throw new AppError('invalid_input', `The snapshot (v${held.version}) expired on ${held.expiresAt.slice(0, 10)}. Import a newer one from the registry before matching.`, { refusal: 'expired_snapshot' });
  }
  const children = childrenInCare(db);
  let results;
  try {
    // An index from an older version of the engine is rebuilt from the reports held, once.
    if (!indexIsCurrent(db, resourcesDir)) await buildReportIndex(db, reportsOf(db, 'snapshot_reports'), { resourcesDir, cancelled: ctx.cancelled, onProgress: (done) => ctx.progress('indexing', done, held.reportCount) });
    results = matchChildren(db, children, { resourcesDir, limit: CANDIDATES_PER_CHILD, cancelled: ctx.cancelled, onProgress: (done, total) => ctx.progress('matching', done, total) });
  } catch (e) {
    if (e instanceof CancelledError) throw new AppError('cancelled', 'Matching was cancelled; the matches from the last run are unchanged.');
    throw e;
  }
  const runAt = ctx.now().toISOString();
  const stored = storeRun(db, results, held.version, runAt);
  db.transaction(() => recordMatchRun(db, runAt, held.version, children.length))();
  return { ...stored, children: children.length, snapshotVersion: held.version };
}

export async function rematchJob(ctx: JobContext, input: { resourcesDir: string }): Promise<MatchRun> {
  return await runMatching(ctx, input.resourcesDir);
}
