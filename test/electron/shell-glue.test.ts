// The Electron-touching glue, run against a stand-in `electron` module (the real binary
// cannot be downloaded here): checks that the glue really applies the pure policies.
import { EventEmitter } from 'node:events';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { EventMessage, RpcResponse } from '../../src/shared/api/transport';
import type { BackendConnection } from '../../src/main/electron/backend-client';

const electron = vi.hoisted(() => {
  type Handler = (...args: never[]) => unknown;
  const ipcHandlers = new Map<string, Handler>();
  const ipcListeners = new Map<string, Handler>();
  const appListeners = new Map<string, Handler>();
  return {
    ipcHandlers,
    ipcListeners,
    appListeners,
    protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
    windows: [] as Array<{ options: unknown; loadURL: ReturnType<typeof vi.fn> }>,
  };
});

vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: vi.fn(),
    handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) => electron.protocolHandlers.set(scheme, handler),
  },
  ipcMain: {
    handle: (channel: string, handler: never) => electron.ipcHandlers.set(channel, handler),
    on: (channel: string, listener: never) => electron.ipcListeners.set(channel, listener),
  },
  app: { on: (event: string, listener: never) => electron.appListeners.set(event, listener) },
  BrowserWindow: class {
    loadURL = vi.fn(async () => undefined);
    once = vi.fn();
    constructor(readonly options: unknown) {
      electron.windows.push(this);
    }
  },
}));

const { protocol } = await import('electron');
const { registerAppScheme, serveRenderer } = await import('../../src/main/electron/app-protocol');
const { denyPermissions, lockDownWebContents } = await import('../../src/main/electron/harden');
const { registerIpcBridge } = await import('../../src/main/electron/ipc-bridge');
const { createMainWindow } = await import('../../src/main/electron/main-window');
const { APP_SCHEME_DEFINITION } = await import('../../src/main/electron/app-scheme');
const { contentSecurityPolicy } = await import('../../src/main/serving/content-security-policy');
const { webPreferences } = await import('../../src/main/electron/web-preferences');
const { IPC_CHANNELS } = await import('../../src/main/electron/ipc-channels');

describe('app:// protocol', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'homeward-shell-'));
  const root = path.join(dir, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Homeward</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer');

  registerAppScheme();
  serveRenderer(root);
  const serve = (url: string) => electron.protocolHandlers.get('app')!({ url });

  it('registers app:// with its privileges', () => {
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_DEFINITION]);
  });

  it('serves the renderer with the CSP and a declared type', async () => {
    const response = await serve('app://homeward/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Homeward</title>');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await serve('app://homeward/assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each(['app://homeward/..%2fsecret.txt', 'app://homeward/missing.js', 'app://homeward/assets', 'app://other/index.html'])(
    'answers %s with 404, still carrying the CSP',
    async (url) => {
      const response = await serve(url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('outside');
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    },
  );
});

describe('hardening', () => {
  it('refuses permission requests and checks', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    denyPermissions(session as never);
    const callback = vi.fn();
    session.setPermissionRequestHandler.mock.calls[0]![0]({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.setPermissionCheckHandler.mock.calls[0]![0]({}, 'geolocation')).toBe(false);
  });

  it('denies new windows, foreign navigation and webviews in every web contents', () => {
    lockDownWebContents();
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    electron.appListeners.get('web-contents-created')!({} as never, contents as never);

    expect(contents.setWindowOpenHandler.mock.calls[0]![0]({ url: 'https://example.org' })).toStrictEqual({ action: 'deny' });
    const away = { url: 'https://example.org/', preventDefault: vi.fn() };
    const within = { url: 'app://homeward/index.html', preventDefault: vi.fn() };
    contents.emit('will-navigate', away);
    contents.emit('will-navigate', within);
    expect(away.preventDefault).toHaveBeenCalled();
    expect(within.preventDefault).not.toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });
});

describe('IPC bridge', () => {
  const TOP = { url: 'app://homeward/index.html', parent: null };
  let backend: { [K in keyof BackendConnection]: Mock<BackendConnection[K]> };
  let emitToSubscriber: (message: EventMessage) => void;
  let unsubscribe: Mock<() => void>;

  beforeEach(() => {
    unsubscribe = vi.fn<() => void>();
    backend = {
      dispatch: vi.fn(async (): Promise<RpcResponse> => ({ ok: true, result: 'done' })),
      subscribe: vi.fn((_session: string, listener: (message: EventMessage) => void) => {
        emitToSubscriber = listener;
        return unsubscribe;
      }),
      close: vi.fn(async () => undefined),
    };
    registerIpcBridge(backend);
  });

  const invoke = (senderFrame: unknown, payload: unknown) => electron.ipcHandlers.get(IPC_CHANNELS.invoke)!({ senderFrame } as never, payload as never) as Promise<RpcResponse>;
  const page = (id: number) => Object.assign(new EventEmitter(), { id, send: vi.fn(), isDestroyed: () => false });

  it('relays a request from the app’s top frame', async () => {
    const request = { method: 'auth.status', input: {}, session: 's1' };
    expect(await invoke(TOP, request)).toStrictEqual({ ok: true, result: 'done' });
    expect(backend.dispatch).toHaveBeenCalledWith(request);
  });

  it.each([
    ['a foreign page', { url: 'https://example.org/', parent: null }],
    ['a subframe of the app', { url: 'app://homeward/index.html', parent: {} }],
    ['a destroyed frame', null],
  ])('refuses a request from %s', async (_name, frame) => {
    expect(await invoke(frame, { method: 'auth.status', input: {} })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(backend.dispatch).not.toHaveBeenCalled();
  });

  it('refuses a malformed request', async () => {
    expect(await invoke(TOP, { input: {} })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(backend.dispatch).not.toHaveBeenCalled();
  });

  it('sends events to the subscribing page only, and ends them when the page goes', () => {
    const contents = page(7);
    electron.ipcListeners.get(IPC_CHANNELS.subscribe)!({ senderFrame: TOP, sender: contents } as never, { subscriptionId: '1', session: 's1' } as never);
    expect(backend.subscribe).toHaveBeenCalledWith('s1', expect.any(Function));

    emitToSubscriber({ topic: 'job', payload: { done: 3 } });
    expect(contents.send).toHaveBeenCalledWith(IPC_CHANNELS.event, { subscriptionId: '1', message: { topic: 'job', payload: { done: 3 } } });

    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true });
    expect(unsubscribe).not.toHaveBeenCalled();
    contents.emit('destroyed');
    expect(unsubscribe).toHaveBeenCalledOnce();
  });

  it('ends a page’s subscriptions when it reloads', () => {
    const contents = page(8);
    electron.ipcListeners.get(IPC_CHANNELS.subscribe)!({ senderFrame: TOP, sender: contents } as never, { subscriptionId: '1', session: 's1' } as never);
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
    expect(unsubscribe).toHaveBeenCalledOnce();
  });

  it('unsubscribes on request, and ignores subscriptions from untrusted frames', () => {
    const contents = page(9);
    const subscribe = electron.ipcListeners.get(IPC_CHANNELS.subscribe)!;
    subscribe({ senderFrame: { url: 'https://example.org/', parent: null }, sender: contents } as never, { subscriptionId: '1', session: 's1' } as never);
    expect(backend.subscribe).not.toHaveBeenCalled();

    subscribe({ senderFrame: TOP, sender: contents } as never, { subscriptionId: '2', session: 's1' } as never);
    electron.ipcListeners.get(IPC_CHANNELS.unsubscribe)!({ senderFrame: TOP, sender: contents } as never, { subscriptionId: '2' } as never);
    expect(unsubscribe).toHaveBeenCalledOnce();
  });
});

describe('main window', () => {
  it('is created with the locked-down preferences and loads the app entry', () => {
    createMainWindow({ preload: '/app/dist/preload/preload.cjs', devTools: false });
    const window = electron.windows.at(-1)!;
    expect(window.options).toMatchObject({ show: false, webPreferences: webPreferences({ preload: '/app/dist/preload/preload.cjs', devTools: false }) });
    expect(window.loadURL).toHaveBeenCalledWith('app://homeward/index.html');
  });
});
