import type { Bridge, EventMessage, RpcResponse } from '../shared/api/transport';
import { IPC_CHANNELS, type EventPayload, type SubscribePayload, type UnsubscribePayload } from '../main/electron/ipc-channels';

/** The part of Electron's ipcRenderer the bridge uses; a fake stands in for it in tests. */
export interface IpcRendererLike {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  send(channel: string, payload: unknown): void;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

/**
 * The one narrow bridge the page gets. It never hands the page ipcRenderer itself or an IPC
 * event object, only plain data, so the page cannot reach other channels.
 */
export function createBridge(ipc: IpcRendererLike): Bridge {
  const listeners = new Map<string, (message: EventMessage) => void>();
  let nextId = 0;

  ipc.on(IPC_CHANNELS.event, (_event, payload) => {
    const { subscriptionId, message } = payload as EventPayload;
    listeners.get(subscriptionId)?.(message);
  });

  return {
    invoke: (request) => ipc.invoke(IPC_CHANNELS.invoke, request) as Promise<RpcResponse>,
    subscribe(session, listener) {
      const subscriptionId = String(++nextId);
      listeners.set(subscriptionId, listener);
      ipc.send(IPC_CHANNELS.subscribe, { subscriptionId, session } satisfies SubscribePayload);
      return () => {
        if (listeners.delete(subscriptionId)) ipc.send(IPC_CHANNELS.unsubscribe, { subscriptionId } satisfies UnsubscribePayload);
      };
    },
  };
}
