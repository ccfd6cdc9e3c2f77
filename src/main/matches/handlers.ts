/** Snapshots and matches through the contract: the Sync page's import and status, the Matches page, the home count. */
import { resolve } from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { Handlers } from '../rpc/handlers';
import { actorOf, requireSession, viewerOf, type Core } from '../core';
import { ChildrenService } from '../children/service';
import { snapshotStatus } from '../snapshots/office/snapshot-state';
import { decide, decisionFor, decisionView, reviewableChild } from './decisions';
import { candidatesByChild, listMatches, markMatchesSeen, newMatchCount, storedCandidate } from './match-views';
import { reportView } from './report-view';

type MatchMethods =
  | 'snapshots.status'
  | 'snapshots.import'
  | 'matches.rematch'
  | 'matches.list'
  | 'matches.pair'
  | 'matches.decide'
  | 'matches.newCount'
  | 'matches.markSeen'
  | 'matches.byChild';

export function matchesHandlers(core: Core): Handlers<MatchMethods> {
  const db = () => core.vault.db();
  const viewer = (ctx: Parameters<typeof requireSession>[0]) => viewerOf(requireSession(ctx));
  return {
    'snapshots.status': () => snapshotStatus(db(), core.now()),
    'snapshots.import': ({ file }, ctx) => ({ jobId: core.jobs.start(requireSession(ctx).token, 'snapshots.import', { file: resolve(file), resourcesDir: core.resourcesDir }) }),
    'matches.rematch': (_input, ctx) => ({ jobId: core.jobs.start(requireSession(ctx).token, 'matches.rematch', { resourcesDir: core.resourcesDir }) }),
    'matches.list': (_input, ctx) => listMatches(db(), viewer(ctx)),
    'matches.pair': ({ childId, reportId }, ctx) => {
      const v = viewer(ctx);
      reviewableChild(db(), childId, v);
      const report = db().prepare('SELECT data FROM snapshot_reports WHERE report_id = ?').pluck().get(reportId) as string | undefined;
      const candidate = storedCandidate(db(), childId, reportId);
      const decision = decisionFor(db(), childId, reportId);
      if (!report && !candidate && !decision) throw new AppError('not_found', `Report ${reportId} is not in the snapshot this office holds.`);
      // Through the register's own read: photos for those who may see them, and the access log for a CCL child.
      const child = new ChildrenService(db(), core.now, core.geo).get(childId, v);
      return { child, report: report ? reportView(report) : null, candidate, decision: decision ? decisionView(decision) : null };
    },
    'matches.decide': (input, ctx) => {
      const session = requireSession(ctx);
      return decisionView(decide(db(), input, { actor: actorOf(session), viewer: viewerOf(session) }, core.now()));
    },
    'matches.newCount': (_input, ctx) => ({ count: newMatchCount(db(), viewer(ctx)) }),
    'matches.markSeen': (_input, ctx) => {
      markMatchesSeen(db(), requireSession(ctx).userId, core.now());
      return { ok: true as const };
    },
    'matches.byChild': ({ admissionNo, top }, ctx) => candidatesByChild(db(), viewer(ctx), { admissionNo, top }),
  };
}
