import type { Handlers } from '../rpc/handlers';
import { requireSession, viewerOf, type Core } from '../core';
import { listDeadlines } from './service';

export function deadlinesHandlers(core: Core): Handlers<'deadlines.list'> {
  return {
    'deadlines.list': ({ scope }, ctx) => {
      const s = requireSession(ctx);
      return listDeadlines(core.vault.db(), viewerOf(s), scope === 'mine' ? s.role : null, core.now());
    },
  };
}
