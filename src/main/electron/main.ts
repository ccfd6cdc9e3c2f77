// Electron main process: a thin shell. The backend runs in a utility process; everything
// security-relevant is decided by the small pure functions imported here.
import { app, dialog, session, type BrowserWindow } from 'electron';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { appPaths } from './app-paths';
import { startBackendProcess } from './backend-process';
import { printToPdf } from './print-window';
import { denyPermissions, lockDownWebContents } from './harden';
import { registerIpcBridge } from './ipc-bridge';
import { createMainWindow } from './main-window';
import { startDiagnostics } from './diagnostics';
import { installStagedUpdate } from './update-installer';

function fail(message: string): void {
  dialog.showErrorBox('Homeward', message);
  app.exit(1);
}

async function start(): Promise<void> {
  const diagnostics = startDiagnostics(() => fail('Homeward stopped because of an internal error. Please restart Homeward.'));
  app.enableSandbox();
  registerAppScheme();
  lockDownWebContents();

  const paths = appPaths({
    appRoot: app.getAppPath(),
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    userData: app.getPath('userData'),
  });

  await app.whenReady();
  denyPermissions(session.defaultSession);
  serveRenderer(paths.rendererRoot);

  const backend = startBackendProcess(
    paths,
    (code) => {
      diagnostics.crash({ process: 'backend', reason: 'exited', exitCode: code, error: null });
      fail(`The Homeward background service stopped unexpectedly (exit code ${code}). Please restart Homeward.`);
    },
    {
      installUpdate: (staged) => installStagedUpdate(staged, diagnostics.log),
      log: (what, error) => diagnostics.log.write({ event: 'backend.error', what, error }),
      printToPdf,
    },
  );
  registerIpcBridge(backend);
  let window: BrowserWindow | null = createMainWindow({ preload: paths.preload, devTools: !app.isPackaged });
  window.on('closed', () => {
    window = null;
  });

  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  // One window holds the whole app, so closing it quits on every platform, macOS included.
  app.on('window-all-closed', () => app.quit());

  let backendClosed = false;
  app.on('before-quit', (event) => {
    if (backendClosed) return;
    event.preventDefault();
    void backend.close().finally(() => {
      backendClosed = true;
      app.quit();
    });
  });
}

// Two instances would open the same database: the second one just focuses the first.
if (app.requestSingleInstanceLock()) {
  start().catch((error: unknown) => fail(`Homeward could not start: ${error instanceof Error ? error.message : String(error)}`));
} else {
  app.quit();
}
