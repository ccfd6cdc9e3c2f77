import type { RpcRequest } from '../../shared/api/transport';
import type { MethodName } from '../../shared/api/contract';
import type { SubscribePayload, UnsubscribePayload } from './ipc-channels';

// The renderer is untrusted: its payloads are checked for shape before anything is relayed.
// The backend's dispatch then validates the method name and the input strictly.

const MAX_ID_LENGTH = 100;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isShortString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;
}

export function parseRpcRequest(value: unknown): RpcRequest | null {
  if (!isRecord(value) || !isShortString(value.method)) return null;
  if (value.session !== undefined && typeof value.session !== 'string') return null;
  const request: RpcRequest = { method: value.method as MethodName, input: value.input };
  if (value.session !== undefined) request.session = value.session;
  return request;
}

export function parseSubscribePayload(value: unknown): SubscribePayload | null {
  if (!isRecord(value) || !isShortString(value.subscriptionId) || typeof value.session !== 'string') return null;
  return { subscriptionId: value.subscriptionId, session: value.session };
}

export function parseUnsubscribePayload(value: unknown): UnsubscribePayload | null {
  if (!isRecord(value) || !isShortString(value.subscriptionId)) return null;
  return { subscriptionId: value.subscriptionId };
}
