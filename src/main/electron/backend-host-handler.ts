import { AppError } from '../../shared/api/errors';
import type { RpcResponse } from '../../shared/api/transport';
import type { Backend, BackendOptions } from '../backend-types';
import type { HostToMain, MainToHost } from './backend-host-protocol';

interface HostDeps {
  createBackend(options: BackendOptions): Promise<Backend>;
  post(message: HostToMain): void;
  exit(code: number): void;
}

/** A failure outside dispatch (the database would not open, say) still answers the request. */
function failureResponse(error: unknown): RpcResponse {
  if (error instanceof AppError) return { ok: false, error: error.toJSON() };
  return { ok: false, error: { code: 'internal', message: 'The Homeward background service failed. Please restart Homeward.' } };
}

/**
 * The utility process's side of the relay, kept free of Electron so it can be tested in Node.
 * Every step waits on the same backend promise, so requests keep the order they arrived in.
 */
export function createBackendHostHandler(deps: HostDeps): (message: MainToHost) => void {
  let backend: Promise<Backend> = Promise.reject(new Error('backend not started'));
  backend.catch(() => undefined);
  const subscriptions = new Map<number, Promise<() => void>>();

  return (message) => {
    switch (message.type) {
      case 'start':
        backend = deps.createBackend(message.options);
        backend.catch((error: unknown) => console.error('Homeward backend failed to start:', error));
        return;
      case 'request':
        void backend
          .then((b) => b.dispatch(message.request, 'ipc'))
          .catch(failureResponse)
          .then((response) => deps.post({ type: 'response', id: message.id, response }));
        return;
      case 'subscribe': {
        const { subscriptionId, session } = message;
        const unsubscribe = backend.then((b) => b.subscribe(session, (event) => deps.post({ type: 'event', subscriptionId, message: event })));
        unsubscribe.catch(() => undefined);
        subscriptions.set(subscriptionId, unsubscribe);
        return;
      }
      case 'unsubscribe':
        void subscriptions.get(message.subscriptionId)?.then((unsubscribe) => unsubscribe(), () => undefined);
        subscriptions.delete(message.subscriptionId);
        return;
      case 'close':
        void backend
          .then((b) => b.close())
          .then(
            () => deps.exit(0),
            (error: unknown) => {
              console.error('Homeward backend did not close cleanly:', error);
              deps.exit(1);
            },
          );
        return;
    }
  };
}
