import type { BackendOptions } from '../backend-types';
import type { EventMessage, RpcRequest, RpcResponse } from '../../shared/api/transport';

/** Messages from the main process to the backend's utility process. */
export type MainToHost =
  | { type: 'start'; options: Pick<BackendOptions, 'dataDir' | 'resourcesDir'> }
  | { type: 'request'; id: number; request: RpcRequest }
  | { type: 'subscribe'; subscriptionId: number; session: string }
  | { type: 'unsubscribe'; subscriptionId: number }
  /** Close the database cleanly, then exit. */
  | { type: 'close' };

/** Messages from the utility process back to the main process. */
export type HostToMain =
  | { type: 'response'; id: number; response: RpcResponse }
  | { type: 'event'; subscriptionId: number; message: EventMessage };
