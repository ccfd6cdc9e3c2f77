import type { Handlers } from '../rpc/handlers';
import { requireSession, type Core } from '../core';

export function backupHandlers(core: Core): Handlers<'backup.create'> {
  return {
    'backup.create': ({ outFile }, ctx) => ({ jobId: core.jobs.start(requireSession(ctx).token, 'backup', { outFile }) }),
  };
}
