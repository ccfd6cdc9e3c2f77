import { AppError } from '../../shared/api/errors';
import type { RpcResponse } from '../../shared/api/transport';
import type { Backend, BackendOptions } from '../backend-types';
import type { HostToMain, MainToHost } from './backend-host-protocol';
import type { InstallUpdate } from '../updates/handlers';
import { summariseError } from '../diagnostics/error-summary';
import { createPdfRelay } from './pdf-relay';

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
  const installs = new Map<number, { resolve: () => void; reject: (e: AppError) => void }>();
  let nextInstall = 0;
  // Failures go to the main process's log file, summarised here so no message text leaves the process.
  const log = (what: string, error: unknown) => deps.post({ type: 'log', what, error: error === undefined ? null : summariseError(error) });

  // The backend verifies and stages; the main process runs the installer and answers.
  const installUpdate: InstallUpdate = (staged) =>
    new Promise((resolve, reject) => {
      const id = ++nextInstall;
      installs.set(id, { resolve, reject });
      deps.post({ type: 'install-update', id, staged });
    });

  // Forms are printed by the main process's Chromium (printToPDF), not a second browser.
  const pdf = createPdfRelay(deps.post);

  return (message) => {
    switch (message.type) {
      case 'printed':
        pdf.settle(message);
        return;
      case 'update-installed': {
        const waiting = installs.get(message.id);
        installs.delete(message.id);
        if (message.error) waiting?.reject(new AppError(message.error.code, message.error.message, message.error.details));
        else waiting?.resolve();
        return;
      }
      case 'start':
        backend = deps.createBackend({ ...message.options, installUpdate, log, pdfEngine: pdf.engine });
        backend.catch((error: unknown) => log('backend failed to start', error));
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
              log('backend did not close cleanly', error);
              deps.exit(1);
            },
          );
        return;
    }
  };
}
