import { dirname } from 'node:path';
import type { Handlers } from '../rpc/handlers';
import { writableFolder } from '../fs/writable-folder';
import { requireSession, type Core } from '../core';

export function backupHandlers(core: Core): Handlers<'backup.create'> {
  return {
    'backup.create': ({ outFile }, ctx) => {
      writableFolder(dirname(outFile), 'outFile');
      return { jobId: core.jobs.start(requireSession(ctx).token, 'backup', { outFile }) };
    },
  };
}
