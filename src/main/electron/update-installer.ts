/**
 * The one step of an update that needs Electron: electron-updater's generic provider reads the
 * staged, verified bundle from the loopback server, downloads the installer (checking its
 * SHA-512 again), and quitAndInstall runs it. electron-updater is loaded only here, on demand,
 * so nothing of it runs at start (no update check, no network).
 */
import { AppError } from '../../shared/api/errors';
import type { RotatingLog } from '../diagnostics/rotating-log';
import { serveFolder } from '../updates/loopback-server';
import type { StagedUpdate } from '../updates/stage-update';

type Updater = typeof import('electron-updater');

export async function installStagedUpdate(staged: StagedUpdate, log: RotatingLog): Promise<void> {
  // A CommonJS package: its exports are the default export of the dynamic import.
  const { autoUpdater } = ((await import('electron-updater')) as unknown as { default: Updater }).default;
  autoUpdater.autoDownload = false;
  autoUpdater.autoInstallOnAppQuit = false;
  autoUpdater.allowDowngrade = false;
  autoUpdater.allowPrerelease = false;
  // Block maps would be fetched from the old version's feed; the whole installer is right here.
  autoUpdater.disableDifferentialDownload = true;
  autoUpdater.logger = null;

  const server = await serveFolder(staged.dir, [staged.channelFile, staged.installer]);
  log.write({ event: 'update.serving', version: staged.version, target: staged.channelFile });
  try {
    autoUpdater.setFeedURL({ provider: 'generic', url: server.url });
    const check = await autoUpdater.checkForUpdates();
    if (!check?.isUpdateAvailable || check.updateInfo.version !== staged.version) {
      throw new AppError('invalid_input', `The installer did not accept version ${staged.version} as an update of this copy of Homeward. Nothing was installed.`);
    }
    await autoUpdater.downloadUpdate();
    log.write({ event: 'update.downloaded', version: staged.version, files: server.served.length });
  } finally {
    await server.close();
  }
  // After the answer reaches the page: the app quits, the installer runs without its wizard
  // (NSIS keeps the install mode and folder chosen the first time), and Homeward restarts.
  setTimeout(() => {
    log.write({ event: 'update.installing', version: staged.version });
    autoUpdater.quitAndInstall(true, true);
  }, 1500);
}
