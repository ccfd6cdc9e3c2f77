import { AppError } from '../../shared/api/errors';
import type { EventMessage, RpcRequest, RpcResponse } from '../../shared/api/transport';
import type { InstallUpdate } from '../updates/handlers';
import type { ErrorSummary } from '../diagnostics/error-summary';
import type { HostToMain, MainToHost } from './backend-host-protocol';

/** The backend as the main process sees it: the same calls as `Backend`, carried to another process. */
export interface BackendConnection {
  dispatch(request: RpcRequest): Promise<RpcResponse>;
  subscribe(session: string, listener: (message: EventMessage) => void): () => void;
  /** Asks the backend to close its database and exit; resolves once the process has gone. */
  close(): Promise<void>;
}

export interface BackendClient {
  backend: BackendConnection;
  receive(message: HostToMain): void;
  /** Call when the process exits; returns whether the exit was asked for (by close). */
  hostExited(): boolean;
}

const SERVICE_STOPPED: RpcResponse = {
  ok: false,
  error: { code: 'internal', message: 'The Homeward background service has stopped. Please restart Homeward.' },
};

/**
 * The main process's side of the relay: numbers requests and subscriptions, matches the
 * answers, and once the process is gone answers everything with SERVICE_STOPPED instead of
 * leaving the UI waiting forever.
 */
/** What the main process does for the backend: run the installer, write the log, print to PDF. */
export interface MainServices {
  installUpdate?: InstallUpdate;
  log?: (what: string, error: ErrorSummary | null) => void;
  printToPdf?: (html: string) => Promise<Uint8Array>;
}

export function createBackendClient(post: (message: MainToHost) => void, options: { dataDir: string; resourcesDir: string }, services: MainServices = {}): BackendClient {
  const { installUpdate, printToPdf } = services;
  let nextId = 0;
  let exited = false;
  let closing = false;
  const pending = new Map<number, (response: RpcResponse) => void>();
  const listeners = new Map<number, (message: EventMessage) => void>();
  const closeWaiters: Array<() => void> = [];

  post({ type: 'start', options });

  const backend: BackendConnection = {
    dispatch(request) {
      if (exited) return Promise.resolve(SERVICE_STOPPED);
      const id = ++nextId;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        post({ type: 'request', id, request });
      });
    },
    subscribe(session, listener) {
      const subscriptionId = ++nextId;
      if (!exited) {
        listeners.set(subscriptionId, listener);
        post({ type: 'subscribe', subscriptionId, session });
      }
      return () => {
        if (listeners.delete(subscriptionId) && !exited) post({ type: 'unsubscribe', subscriptionId });
      };
    },
    close() {
      if (exited) return Promise.resolve();
      return new Promise((resolve) => {
        closeWaiters.push(resolve);
        if (!closing) post({ type: 'close' });
        closing = true;
      });
    },
  };

  return {
    backend,
    receive(message) {
      if (message.type === 'log') {
        services.log?.(message.what, message.error);
      } else if (message.type === 'install-update') {
        const { id, staged } = message;
        const failed = (e: unknown) =>
          e instanceof AppError ? e.toJSON() : { code: 'internal' as const, message: 'The update could not be handed to the installer. Nothing was installed.' };
        void (installUpdate ? installUpdate(staged) : Promise.reject(new AppError('invalid_input', 'This window cannot install updates.'))).then(
          () => post({ type: 'update-installed', id, error: null }),
          (e: unknown) => post({ type: 'update-installed', id, error: failed(e) }),
        );
      } else if (message.type === 'print') {
        const { id } = message;
        void (printToPdf ? printToPdf(message.html) : Promise.reject(new AppError('internal', 'This window cannot print.'))).then(
          (pdf) => !exited && post({ type: 'printed', id, pdf, error: null }),
          (e: unknown) =>
            !exited && post({ type: 'printed', id, pdf: null, error: e instanceof AppError ? e.toJSON() : { code: 'internal', message: `The PDF could not be made: ${e instanceof Error ? e.message : String(e)}` } }),
        );
      } else if (message.type === 'response') {
        pending.get(message.id)?.(message.response);
        pending.delete(message.id);
      } else {
        listeners.get(message.subscriptionId)?.(message.message);
      }
    },
    hostExited() {
      exited = true;
      for (const resolve of pending.values()) resolve(SERVICE_STOPPED);
      pending.clear();
      listeners.clear();
      for (const resolve of closeWaiters.splice(0)) resolve();
      return closing;
    },
  };
}
