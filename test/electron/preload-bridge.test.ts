import { describe, expect, it, vi } from 'vitest';
import { createBridge, type IpcRendererLike } from '../../src/preload/create-bridge';
import { IPC_CHANNELS } from '../../src/main/electron/ipc-channels';
import type { RpcRequest } from '../../src/shared/api/transport';

function fakeIpc() {
  const handlers = new Map<string, (event: unknown, payload: unknown) => void>();
  const ipc = {
    invoke: vi.fn(async () => ({ ok: true, result: 1 })),
    send: vi.fn(),
    on: vi.fn((channel: string, listener: (event: unknown, payload: unknown) => void) => handlers.set(channel, listener)),
  } satisfies IpcRendererLike;
  const deliver = (payload: unknown) => handlers.get(IPC_CHANNELS.event)?.({ sender: 'ipc internals' }, payload);
  return { ipc, deliver };
}

describe('preload bridge', () => {
  it('exposes exactly invoke and subscribe', () => {
    expect(Object.keys(createBridge(fakeIpc().ipc)).sort()).toStrictEqual(['invoke', 'subscribe']);
  });

  it('sends requests over the invoke channel', async () => {
    const { ipc } = fakeIpc();
    const request = { method: 'auth.status', input: {} } as unknown as RpcRequest;
    await expect(createBridge(ipc).invoke(request)).resolves.toStrictEqual({ ok: true, result: 1 });
    expect(ipc.invoke).toHaveBeenCalledWith(IPC_CHANNELS.invoke, request);
  });

  it('routes each event to its own subscriber, with plain data only', () => {
    const { ipc, deliver } = fakeIpc();
    const bridge = createBridge(ipc);
    const first = vi.fn();
    const second = vi.fn();
    bridge.subscribe('s1', first);
    bridge.subscribe('s2', second);
    expect(ipc.send).toHaveBeenNthCalledWith(1, IPC_CHANNELS.subscribe, { subscriptionId: '1', session: 's1' });
    expect(ipc.send).toHaveBeenNthCalledWith(2, IPC_CHANNELS.subscribe, { subscriptionId: '2', session: 's2' });

    deliver({ subscriptionId: '2', message: { topic: 'job', payload: 7 } });
    expect(second).toHaveBeenCalledWith({ topic: 'job', payload: 7 });
    expect(second.mock.calls[0]).toHaveLength(1); // never the IPC event object
    expect(first).not.toHaveBeenCalled();
  });

  it('unsubscribes once, and drops events afterwards', () => {
    const { ipc, deliver } = fakeIpc();
    const listener = vi.fn();
    const unsubscribe = createBridge(ipc).subscribe('s1', listener);
    unsubscribe();
    unsubscribe();
    expect(ipc.send).toHaveBeenCalledWith(IPC_CHANNELS.unsubscribe, { subscriptionId: '1' });
    expect(ipc.send).toHaveBeenCalledTimes(2);
    deliver({ subscriptionId: '1', message: { topic: 'job', payload: 1 } });
    expect(listener).not.toHaveBeenCalled();
  });
});
