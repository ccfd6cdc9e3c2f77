import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../src/shared/api/errors';
import type { EventMessage, RpcRequest, RpcResponse } from '../../src/shared/api/transport';
import type { Backend, BackendOptions } from '../../src/main/backend-types';
import { createBackendClient, type MainServices } from '../../src/main/electron/backend-client';
import type { StagedUpdate } from '../../src/main/updates/stage-update';
import { createBackendHostHandler } from '../../src/main/electron/backend-host-handler';
import type { HostToMain, MainToHost } from '../../src/main/electron/backend-host-protocol';

const OPTIONS = { dataDir: '/data', resourcesDir: '/res' };
const request = (method: string): RpcRequest => ({ method, input: {} }) as unknown as RpcRequest;

/** A fake backend: echoes the method, and lets the test emit events per session. */
function fakeBackend() {
  const listeners = new Map<string, Set<(m: EventMessage) => void>>();
  const backend: Backend = {
    dispatch: vi.fn(async (req: RpcRequest, transport) => ({ ok: true, result: { method: req.method, transport } }) as RpcResponse),
    subscribe: vi.fn((session: string, listener: (m: EventMessage) => void) => {
      const set = listeners.get(session) ?? new Set();
      set.add(listener);
      listeners.set(session, set);
      return () => set.delete(listener);
    }),
    close: vi.fn(async () => undefined),
  };
  const emit = (session: string, message: EventMessage) => listeners.get(session)?.forEach((l) => l(message));
  return { backend, emit, listenerCount: (session: string) => listeners.get(session)?.size ?? 0 };
}

/**
 * Wires client and host handler back to back, through structuredClone as a process boundary
 * would, asynchronously as IPC is.
 */
function relay(createBackend: (o: BackendOptions) => Promise<Backend>, services: MainServices = {}) {
  const exit = vi.fn();
  const sent: MainToHost[] = [];
  const host = createBackendHostHandler({
    createBackend,
    // Only ever called from a microtask, after `client` below exists.
    post: (m: HostToMain) => queueMicrotask(() => client.receive(structuredClone(m))),
    exit,
  });
  const client = createBackendClient((m) => {
    sent.push(m);
    queueMicrotask(() => host(structuredClone(m)));
  }, OPTIONS, services);
  return { client, exit, sent };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('backend relay (main ⇄ utility process)', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // the host logs start failures
  });

  it('starts the backend with the data and resources folders, then answers requests in order', async () => {
    const fake = fakeBackend();
    const createBackend = vi.fn(async () => fake.backend);
    const { client, sent } = relay(createBackend);
    const answers = await Promise.all([client.backend.dispatch(request('a.one')), client.backend.dispatch(request('b.two'))]);
    expect(sent[0]).toStrictEqual({ type: 'start', options: OPTIONS });
    expect(createBackend).toHaveBeenCalledWith(expect.objectContaining(OPTIONS));
    expect(answers).toStrictEqual([
      { ok: true, result: { method: 'a.one', transport: 'ipc' } },
      { ok: true, result: { method: 'b.two', transport: 'ipc' } },
    ]);
  });

  it('delivers events only to the subscription for that session, until unsubscribed', async () => {
    const fake = fakeBackend();
    const { client } = relay(async () => fake.backend);
    const mine = vi.fn();
    const theirs = vi.fn();
    const unsubscribe = client.backend.subscribe('session-a', mine);
    client.backend.subscribe('session-b', theirs);
    await tick();
    fake.emit('session-a', { topic: 'job', payload: { progress: 0.5 } });
    await tick();
    expect(mine).toHaveBeenCalledWith({ topic: 'job', payload: { progress: 0.5 } });
    expect(theirs).not.toHaveBeenCalled();

    unsubscribe();
    await tick();
    expect(fake.listenerCount('session-a')).toBe(0);
    fake.emit('session-a', { topic: 'job', payload: 'late' });
    await tick();
    expect(mine).toHaveBeenCalledOnce();
  });

  it('reports a backend that failed to start as an error response, keeping its typed code', async () => {
    const { client } = relay(async () => {
      throw new AppError('database_newer', 'This database was made by a newer Homeward.');
    });
    expect(await client.backend.dispatch(request('x.y'))).toStrictEqual({
      ok: false,
      error: { code: 'database_newer', message: 'This database was made by a newer Homeward.' },
    });
  });

  it('never passes an unexpected error’s text or stack to the UI', async () => {
    const { client } = relay(async () => {
      throw new Error('ENOENT /home/secret/path');
    });
    const response = await client.backend.dispatch(request('x.y'));
    expect(response.ok).toBe(false);
    expect(JSON.stringify(response)).not.toContain('secret');
  });

  it('closes the backend, then exits the process', async () => {
    const fake = fakeBackend();
    const { client, exit } = relay(async () => fake.backend);
    const closed = client.backend.close();
    await tick();
    expect(fake.backend.close).toHaveBeenCalledOnce();
    expect(exit).toHaveBeenCalledWith(0);
    expect(client.hostExited()).toBe(true); // the exit was asked for
    await closed;
  });

  it('answers pending and later calls with an error once the process is gone', async () => {
    const pendingForever: Backend = { dispatch: () => new Promise(() => undefined), subscribe: () => () => undefined, close: async () => undefined };
    const { client } = relay(async () => pendingForever);
    const pending = client.backend.dispatch(request('slow.job'));
    await tick();
    expect(client.hostExited()).toBe(false); // a crash, not a requested close
    expect((await pending).ok).toBe(false);
    expect(await client.backend.dispatch(request('after.crash'))).toMatchObject({ ok: false, error: { code: 'internal' } });
    await expect(client.backend.close()).resolves.toBeUndefined();
  });

  it('hands an update the backend staged to the main process’s installer, and carries back its refusal', async () => {
    const fake = fakeBackend();
    let options: BackendOptions | undefined;
    const staged: StagedUpdate = { dir: '/data/updates/0.2.0', version: '0.2.0', channelFile: 'latest-linux.yml', installer: 'Homeward-0.2.0.AppImage' };
    const installUpdate = vi.fn(async (s: StagedUpdate) => {
      if (s.version !== '0.2.0') throw new AppError('invalid_input', 'The installer did not accept it.');
    });
    const { client } = relay(async (o) => {
      options = o;
      return fake.backend;
    }, { installUpdate });
    await client.backend.dispatch(request('a.b'));
    await expect(options!.installUpdate!(staged)).resolves.toBeUndefined();
    expect(installUpdate).toHaveBeenCalledWith(staged);
    await expect(options!.installUpdate!({ ...staged, version: '0.3.0' })).rejects.toMatchObject({ code: 'invalid_input', message: 'The installer did not accept it.' });
  });

  it('without an installer (no desktop app), the hand-over is refused', async () => {
    let options: BackendOptions | undefined;
    const { client } = relay(async (o) => {
      options = o;
      return fakeBackend().backend;
    });
    await client.backend.dispatch(request('a.b'));
    await expect(options!.installUpdate!({ dir: '/x', version: '0.2.0', channelFile: 'latest.yml', installer: 'a.exe' })).rejects.toThrow(/cannot install updates/);
  });

  it('sends the backend’s failures to the main process’s log as summaries, without their message', async () => {
    const log = vi.fn();
    const { client } = relay(async () => {
      throw new Error('Cannot admit Sunita Kumari: constraint failed');
    }, { log });
    await client.backend.dispatch(request('x.y'));
    await tick();
    expect(log).toHaveBeenCalledWith('backend failed to start', expect.objectContaining({ name: 'Error' }));
    expect(JSON.stringify(log.mock.calls)).not.toContain('Sunita');
  });

  it('prints in the main process: the backend’s engine sends the document and gets the PDF back', async () => {
    const printToPdf = vi.fn(async (html: string) => new TextEncoder().encode(`%PDF of ${html}`));
    let options: BackendOptions | undefined;
    const { client } = relay(async (o) => {
      options = o;
      return fakeBackend().backend;
    }, { printToPdf });
    await client.backend.dispatch(request('a.b'));
    const [a, b] = await Promise.all([options!.pdfEngine!.toPdf('<p>one</p>'), options!.pdfEngine!.toPdf('<p>two</p>')]);
    expect(new TextDecoder().decode(a)).toBe('%PDF of <p>one</p>');
    expect(new TextDecoder().decode(b)).toBe('%PDF of <p>two</p>');
    expect(printToPdf).toHaveBeenCalledTimes(2);
  });

  it('turns a failed print into a plain error for the person printing', async () => {
    let options: BackendOptions | undefined;
    const { client } = relay(async (o) => {
      options = o;
      return fakeBackend().backend;
    }, { printToPdf: async () => { throw new Error('render process gone'); } });
    await client.backend.dispatch(request('a.b'));
    await expect(options!.pdfEngine!.toPdf('<p>x</p>')).rejects.toMatchObject({ code: 'internal', message: 'The PDF could not be made: render process gone' });
  });
});
