import { AppError } from '../../shared/api/errors';
import type { Handlers } from '../rpc/handlers';
import { actorOf, requireSession, type CallContext, type Core } from '../core';
import type { purgeContract } from '../../shared/api/purge-contract';
import { listRequests, rejectPurge, requestPurge, type Person } from './requests';
import { checkConfirmation } from './purge-child';
import { listTombstones } from './tombstones';

type PurgeMethods = keyof typeof purgeContract;

export function purgeHandlers(core: Core): Handlers<PurgeMethods> {
  const db = () => core.vault.db();
  const person = (ctx: CallContext): Person => {
    const s = requireSession(ctx);
    return { actor: actorOf(s), displayName: s.displayName };
  };
  return {
    'purge.request': (input, ctx) => requestPurge(db(), input, person(ctx), core.now),
    'purge.requests': ({ childId }) => listRequests(db(), { childId }),
    'purge.reject': ({ requestId, reason }, ctx) => rejectPurge(db(), requestId, reason, person(ctx), core.now),
    'purge.confirm': ({ requestId, admissionNo }, ctx) => {
      const s = requireSession(ctx);
      const input = { requestId, admissionNo, confirmer: person(ctx) };
      // Refused here in plain words, before anything starts; the job checks again inside its transaction.
      checkConfirmation(db(), input, core.now);
      // VACUUM and the log checkpoint need every other connection idle: a running import or export would hold them.
      if (core.jobs.active > 0) throw new AppError('conflict', 'Another long task (an import, export, backup or matching run) is still running. Wait until it finishes, then confirm again. Nothing was destroyed.');
      return { jobId: core.jobs.start(s.token, 'purge.confirm', input) };
    },
    'purge.tombstones': () => listTombstones(db()),
  };
}
