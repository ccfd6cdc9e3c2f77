import type { Handlers } from '../rpc/handlers';
import { actorOf, requireSession, viewerOf, type Core } from '../core';
import { ChildrenService } from './service';
import { listRegister } from './list-register';
import { exportRegister } from './register-file/export-register';

type ChildMethods = 'children.list' | 'children.counts' | 'children.get' | 'children.admit' | 'children.update' | 'children.addPhoto' | 'children.removePhoto' | 'children.photo' | 'children.import' | 'children.export';

export function childrenHandlers(core: Core): Handlers<ChildMethods> {
  const service = () => new ChildrenService(core.vault.db(), core.now, core.geo);
  return {
    'children.list': ({ offset, limit, ...filter }, ctx) => listRegister(core.vault.db(), filter, viewerOf(requireSession(ctx)), { offset, limit }, core.now()),
    'children.counts': () => service().counts(),
    'children.get': ({ id }, ctx) => service().get(id, viewerOf(requireSession(ctx))),
    'children.admit': (input, ctx) => {
      const s = requireSession(ctx);
      return service().admit(input, actorOf(s), viewerOf(s));
    },
    'children.update': ({ id, child }, ctx) => {
      const s = requireSession(ctx);
      return service().update(id, child, actorOf(s), viewerOf(s));
    },
    'children.addPhoto': ({ childId, mime, dataBase64 }, ctx) => {
      const s = requireSession(ctx);
      return service().addPhoto(childId, mime, dataBase64, actorOf(s), viewerOf(s));
    },
    'children.removePhoto': ({ photoId }, ctx) => {
      const s = requireSession(ctx);
      service().removePhoto(photoId, actorOf(s), viewerOf(s));
      return { ok: true as const };
    },
    'children.photo': ({ photoId }, ctx) => service().photo(photoId, viewerOf(requireSession(ctx))),
    'children.export': (_input, ctx) => exportRegister(core.vault.db(), viewerOf(requireSession(ctx)), core.now),
    'children.import': ({ fileName, dataBase64 }, ctx) => {
      const s = requireSession(ctx);
      return { jobId: core.jobs.start(s.token, 'children.import', { fileName, dataBase64, actor: actorOf(s) }) };
    },
  };
}
