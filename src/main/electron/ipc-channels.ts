import type { EventMessage } from '../../shared/api/transport';

/** The only IPC channels between the preload and the main process. */
export const IPC_CHANNELS = {
  invoke: 'homeward:invoke',
  subscribe: 'homeward:subscribe',
  unsubscribe: 'homeward:unsubscribe',
  event: 'homeward:event',
} as const;

/** Subscription ids are chosen by the preload and only mean something within one page. */
export interface SubscribePayload {
  subscriptionId: string;
  session: string;
}
export interface UnsubscribePayload {
  subscriptionId: string;
}
export interface EventPayload {
  subscriptionId: string;
  message: EventMessage;
}
