import type { EventMessage, RpcRequest, RpcResponse } from '../shared/api/transport';

export interface BackendOptions {
  /** Folder holding the encrypted database, its key slots and backups. */
  dataDir: string;
  /** Folder with shipped reference data and migrations (the repo root in development). */
  resourcesDir?: string;
  /** Clock, replaceable in tests. */
  now?: () => Date;
}

/** Which transport carried a call; recorded in the audit trail, never used for permissions. */
export type TransportKind = 'ipc' | 'http' | 'direct' | 'cli';

export interface Backend {
  dispatch(request: RpcRequest, transport: TransportKind): Promise<RpcResponse>;
  /** Events for one session (job progress). Returns an unsubscribe function. */
  subscribe(session: string, listener: (message: EventMessage) => void): () => void;
  close(): Promise<void>;
}
