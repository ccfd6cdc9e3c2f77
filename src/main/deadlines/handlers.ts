import type { Handlers } from '../rpc/handlers';
import { requireSession, viewerOf, type Core } from '../core';
import { listDeadlines } from './service';

export function deadlinesHandlers(core: Core): Handlers<'deadlines.list'> {
  return {
    'deadlines.list': ({ scope, limit }, ctx) => {
      const s = requireSession(ctx);
      const list = listDeadlines(core.vault.db(), viewerOf(s), scope === 'mine' ? s.role : null, core.now());
      return limit === null ? list : { ...list, items: list.items.slice(0, limit) };
    },
  };
}
