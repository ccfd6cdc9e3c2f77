/**
 * The wire shape shared by the three transports (Electron IPC, loopback HTTP, direct calls).
 *
 * Web mode: `POST /api/rpc` with body `RpcRequest`, header `Authorization: Bearer <run token>`;
 * events on `GET /api/events?token=<run token>&session=<session token>` (server-sent events,
 * each `data:` line one `EventMessage`).
 * Electron: the preload exposes `window.homeward: Bridge`.
 */
import type { ApiErrorShape } from './errors';
import type { MethodName } from './contract';

export interface RpcRequest {
  method: MethodName;
  input: unknown;
  /** Session token from auth.login; absent before login. */
  session?: string;
}

export type RpcResponse = { ok: true; result: unknown } | { ok: false; error: ApiErrorShape };

export type Topic = 'job';
export interface EventMessage {
  topic: Topic;
  payload: unknown;
}

/** What the Electron preload puts on `window.homeward`. */
export interface Bridge {
  invoke(request: RpcRequest): Promise<RpcResponse>;
  subscribe(session: string, listener: (message: EventMessage) => void): () => void;
}
