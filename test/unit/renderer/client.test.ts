import { describe, expect, it, vi } from 'vitest';
import { createClient } from '../../../src/renderer/api/client';
import { ApiError } from '../../../src/renderer/api/api-error';
import type { Bridge, EventMessage, RpcRequest, RpcResponse } from '../../../src/shared/api/transport';

function fakeBridge(answer: (r: RpcRequest) => RpcResponse) {
  const requests: RpcRequest[] = [];
  const listeners: ((m: EventMessage) => void)[] = [];
  const bridge: Bridge = {
    invoke: async (r) => {
      requests.push(r);
      return answer(r);
    },
    subscribe: (_session, l) => {
      listeners.push(l);
      return () => listeners.splice(listeners.indexOf(l), 1);
    },
  };
  return { bridge, requests, listeners };
}

describe('the renderer api client', () => {
  it('sends the session once logged in and returns the result', async () => {
    const f = fakeBridge(() => ({ ok: true, result: { setUp: true, institutionName: 'X' } }));
    const client = createClient(f.bridge);
    await client.call('setup.status', {});
    client.setSession('s1');
    expect(await client.call('setup.status', {})).toEqual({ setUp: true, institutionName: 'X' });
    expect(f.requests.map((r) => r.session)).toEqual([undefined, 's1']);
  });

  it('throws ApiError with details, and reports a lost session', async () => {
    const f = fakeBridge(() => ({ ok: false, error: { code: 'session_locked', message: 'locked', details: { a: 1 } } }));
    const client = createClient(f.bridge);
    const lost = vi.fn();
    client.setOnSessionLost(lost);
    client.setSession('s1');
    const err = await client.call('auth.me', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('session_locked');
    expect((err as ApiError).details).toEqual({ a: 1 });
    expect(lost).toHaveBeenCalledOnce();
    expect(client.hasSession()).toBe(false);
  });

  it('turns a transport failure into "unreachable"', async () => {
    const client = createClient({ invoke: () => Promise.reject(new Error('gone')), subscribe: () => () => {} });
    await expect(client.call('setup.status', {})).rejects.toMatchObject({ code: 'unreachable' });
  });

  it('passes only valid job events to listeners', () => {
    const f = fakeBridge(() => ({ ok: true, result: null }));
    const client = createClient(f.bridge);
    client.setSession('s1');
    const got = vi.fn();
    const stop = client.subscribeJobs(got);
    expect(f.listeners).toHaveLength(1);
    const event = { jobId: 'j', kind: 'children.import', state: 'running', phase: 'rows', done: 1, total: 2 };
    f.listeners[0]!({ topic: 'job', payload: event });
    f.listeners[0]!({ topic: 'job', payload: { nonsense: true } });
    expect(got).toHaveBeenCalledExactlyOnceWith(event);
    stop();
    expect(f.listeners).toHaveLength(0);
  });
});
