import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { RpcResponse } from '../../shared/api/transport';
import type { BackendConnection } from './backend-client';
import { IPC_CHANNELS, type EventPayload } from './ipc-channels';
import { parseRpcRequest, parseSubscribePayload, parseUnsubscribePayload } from './ipc-payloads';
import { SubscriptionRegistry } from './subscription-registry';
import { isTrustedSender } from './trusted-sender';

const UNTRUSTED_SENDER: RpcResponse = { ok: false, error: { code: 'forbidden', message: 'Request refused: it did not come from the Homeward window.' } };
const MALFORMED_REQUEST: RpcResponse = { ok: false, error: { code: 'invalid_input', message: 'Malformed request.' } };

function fromTrustedSender(event: IpcMainEvent | IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && isTrustedSender(frame.url, frame.parent === null);
}

/** Relays the preload's calls to the backend, and the backend's events to the page that subscribed. */
export function registerIpcBridge(backend: BackendConnection): void {
  const subscriptions = new SubscriptionRegistry();
  const watched = new WeakSet<WebContents>();

  // A page's subscriptions die with the document: on close, reload or cross-document navigation.
  const watch = (contents: WebContents): void => {
    if (watched.has(contents)) return;
    watched.add(contents);
    const id = contents.id;
    contents.once('destroyed', () => subscriptions.removeOwner(id));
    contents.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) subscriptions.removeOwner(id);
    });
  };

  ipcMain.handle(IPC_CHANNELS.invoke, async (event, payload: unknown) => {
    if (!fromTrustedSender(event)) return UNTRUSTED_SENDER;
    const request = parseRpcRequest(payload);
    return request ? backend.dispatch(request) : MALFORMED_REQUEST;
  });

  ipcMain.on(IPC_CHANNELS.subscribe, (event, payload: unknown) => {
    const subscription = parseSubscribePayload(payload);
    if (!fromTrustedSender(event) || !subscription) return;
    const contents = event.sender;
    watch(contents);
    const { subscriptionId, session } = subscription;
    const unsubscribe = backend.subscribe(session, (message) => {
      if (!contents.isDestroyed()) contents.send(IPC_CHANNELS.event, { subscriptionId, message } satisfies EventPayload);
    });
    subscriptions.add(contents.id, subscriptionId, unsubscribe);
  });

  ipcMain.on(IPC_CHANNELS.unsubscribe, (event, payload: unknown) => {
    const subscription = parseUnsubscribePayload(payload);
    if (fromTrustedSender(event) && subscription) subscriptions.remove(event.sender.id, subscription.subscriptionId);
  });
}
