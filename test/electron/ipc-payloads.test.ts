import { describe, expect, it } from 'vitest';
import { parseRpcRequest, parseSubscribePayload, parseUnsubscribePayload } from '../../src/main/electron/ipc-payloads';

describe('parseRpcRequest', () => {
  it('passes a well-formed request through, keeping only the known fields', () => {
    expect(parseRpcRequest({ method: 'children.list', input: { q: 'a' }, session: 's1', extra: 'dropped' })).toStrictEqual({
      method: 'children.list',
      input: { q: 'a' },
      session: 's1',
    });
    expect(parseRpcRequest({ method: 'auth.status', input: {} })).toStrictEqual({ method: 'auth.status', input: {} });
  });

  it.each([null, undefined, 'children.list', 42, [], {}, { method: '' }, { method: 7 }, { method: 'x'.repeat(101) }, { method: 'a', session: 5 }])(
    'refuses %j',
    (payload) => {
      expect(parseRpcRequest(payload)).toBeNull();
    },
  );
});

describe('subscription payloads', () => {
  it('accept the preload shape', () => {
    expect(parseSubscribePayload({ subscriptionId: '1', session: 's' })).toStrictEqual({ subscriptionId: '1', session: 's' });
    expect(parseUnsubscribePayload({ subscriptionId: '1' })).toStrictEqual({ subscriptionId: '1' });
  });

  it.each([null, {}, { subscriptionId: 1, session: 's' }, { subscriptionId: '', session: 's' }, { subscriptionId: '1' }, { subscriptionId: '1', session: 2 }])(
    'refuse %j',
    (payload) => {
      expect(parseSubscribePayload(payload)).toBeNull();
    },
  );

  it.each([null, {}, { subscriptionId: 3 }, { subscriptionId: 'x'.repeat(101) }])('refuse unsubscribe %j', (payload) => {
    expect(parseUnsubscribePayload(payload)).toBeNull();
  });
});
