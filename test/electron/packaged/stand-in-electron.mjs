// A stand-in for the part of Electron the packaged main process uses, in plain Node. It starts
// the app as Electron would (ready at once), forks the backend as a utility process, "loads"
// the window by asking the app:// protocol handler for the page, sends one IPC call as the page
// would (setup.status), then quits the app and writes what it saw to $STANDIN_REPORT.
import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const env = process.env;
const report = { windows: [], protocols: [], permissionHandlers: 0, schemes: [], errors: [], page: null, ipc: null, sandboxEnabled: false, forked: [] };
const save = () => writeFileSync(env.STANDIN_REPORT, JSON.stringify(report, null, 2));
process.resourcesPath = env.STANDIN_RESOURCES;

const appEvents = new EventEmitter();
const protocolHandlers = new Map();
const ipcHandlers = new Map();
let quitting = false;

export const app = {
  isPackaged: true,
  getAppPath: () => env.STANDIN_APP_PATH,
  getPath: (name) => join(env.STANDIN_USER_DATA, name),
  getVersion: () => JSON.parse(readFileSync(join(env.STANDIN_APP_PATH, 'package.json'), 'utf8')).version,
  enableSandbox: () => void (report.sandboxEnabled = true),
  requestSingleInstanceLock: () => true,
  whenReady: () => new Promise((resolve) => setTimeout(resolve, 10)),
  on: (event, listener) => void appEvents.on(event, listener),
  once: (event, listener) => void appEvents.once(event, listener),
  quit() {
    let prevented = false;
    appEvents.emit('before-quit', { preventDefault: () => void (prevented = true) });
    if (prevented) return;
    save();
    process.exit(0);
  },
  exit(code) {
    save();
    process.exit(code);
  },
};

export const dialog = { showErrorBox: (title, message) => void report.errors.push(`${title}: ${message}`) };
export const session = {
  defaultSession: {
    setPermissionRequestHandler: () => void report.permissionHandlers++,
    setPermissionCheckHandler: () => void report.permissionHandlers++,
  },
};
export const protocol = {
  registerSchemesAsPrivileged: (schemes) => void report.schemes.push(...schemes.map((s) => s.scheme)),
  handle: (scheme, handler) => {
    report.protocols.push(scheme);
    protocolHandlers.set(scheme, handler);
  },
};
export const ipcMain = {
  handle: (channel, handler) => void ipcHandlers.set(channel, handler),
  on: () => undefined,
};

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    report.windows.push({ webPreferences: options.webPreferences, show: options.show });
  }
  async loadURL(url) {
    const response = await protocolHandlers.get(new URL(url).protocol.slice(0, -1))({ url });
    report.page = { url, status: response.status, csp: response.headers.get('content-security-policy'), bytes: (await response.arrayBuffer()).byteLength };
    // The page's first call, as the preload sends it, from the top frame of app://homeward.
    const event = { senderFrame: { url, parent: null }, sender: { id: 1 } };
    report.ipc = await ipcHandlers.get('homeward:invoke')(event, { method: 'setup.status', input: {} });
    // Stay up a moment, as an idle app would, then quit.
    setTimeout(() => {
      if (!quitting) {
        quitting = true;
        app.quit();
      }
    }, Number(env.STANDIN_IDLE_MS ?? 1500));
  }
  isMinimized = () => false;
  restore = () => undefined;
  focus = () => undefined;
  show = () => undefined;
}

export const utilityProcess = {
  fork(modulePath, args, options) {
    report.forked.push({ modulePath, serviceName: options.serviceName });
    const child = fork(modulePath, args, {
      execArgv: ['--import', env.NETWORK_GUARD, '--import', new URL('./parent-port.mjs', import.meta.url).pathname],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return {
      postMessage: (message) => child.connected && child.send(message),
      on: (event, listener) => void child.on(event, listener),
      once: (event, listener) => void child.once(event, (code) => listener(code ?? 1)),
      kill: () => child.kill(),
    };
  },
};
