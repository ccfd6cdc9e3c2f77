import type { Handler, Handlers } from '../rpc/handlers';
import { actorOf, requireSession, viewerOf, type Core } from '../core';
import { MovementsService } from './service';
import { admissionRegister } from './admission-register';
import { convertLegacyDischarges } from './legacy-discharges';

type MovementMethods = 'movements.timeline' | 'movements.record' | 'movements.update' | 'movements.remove' | 'movements.register';

export function movementsHandlers(core: Core): Handlers<MovementMethods> {
  const service = () => new MovementsService(core.vault.db(), core.now);
  return {
    'movements.timeline': ({ childId }, ctx) => service().timeline(childId, viewerOf(requireSession(ctx))),
    'movements.record': ({ childId, movement }, ctx) => {
      const s = requireSession(ctx);
      return service().record(childId, movement, actorOf(s), viewerOf(s));
    },
    'movements.update': ({ id, movement }, ctx) => {
      const s = requireSession(ctx);
      return service().update(id, movement, actorOf(s), viewerOf(s));
    },
    'movements.remove': ({ id }, ctx) => {
      const s = requireSession(ctx);
      return service().remove(id, actorOf(s), viewerOf(s));
    },
    'movements.register': (range, ctx) => ({ rows: admissionRegister(core.vault.db(), viewerOf(requireSession(ctx)), range, core.now) }),
  };
}

/**
 * The first sign-in after the upgrade to movements finishes it in the journal
 * (legacy-discharges.ts), as the person signing in; later sign-ins find nothing to do.
 */
export function withLegacyDischargesAtSignIn(core: Core, login: Handler<'auth.login'>): Handler<'auth.login'> {
  return async (input, ctx) => {
    const session = await login(input, ctx);
    convertLegacyDischarges(core.vault.db(), { id: session.user.id, name: session.user.username }, core.now);
    return session;
  };
}
