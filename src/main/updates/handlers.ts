/**
 * Updates through the contract. `updates.check` only verifies; `updates.install` verifies
 * again (the folder may have changed since), stages the verified bytes in the data folder and
 * hands them to the desktop app, whose main process installs them with electron-updater.
 * Web mode and the command line have no installer to hand to: they say so and stage nothing.
 */
import { join } from 'node:path';
import type { Core } from '../core';
import type { Handlers } from '../rpc/handlers';
import { APP_VERSION } from '../sync/format/manifest';
import { refuse } from '../sync/format/refusal';
import { currentTrust } from '../sync/office/trust-store';
import { detectInstallTarget } from './install-target';
import { stageUpdate, type StagedUpdate } from './stage-update';
import { verifyUpdateFolder, type InstalledApp } from './verify-update';

/** Given by the Electron host: runs electron-updater on a staged bundle; resolves once it is handed to the installer. */
export type InstallUpdate = (staged: StagedUpdate) => Promise<void>;

export const installedApp = (resourcesDir: string): InstalledApp => ({ version: APP_VERSION, platform: process.platform, target: detectInstallTarget(resourcesDir) });

type UpdateMethods = 'updates.status' | 'updates.check' | 'updates.install';

export function updatesHandlers(core: Core, install: InstallUpdate | undefined): Handlers<UpdateMethods> {
  const app = installedApp(core.resourcesDir);
  const verify = (folder: string) => verifyUpdateFolder(folder, currentTrust(core.vault.db()), app);
  return {
    'updates.status': () => ({
      installedVersion: app.version,
      platform: app.platform,
      target: app.target,
      canInstall: install !== undefined,
      hasUpdateKey: (currentTrust(core.vault.db())?.registry.update?.length ?? 0) > 0,
    }),
    'updates.check': async ({ folder }) => {
      const { manifest: m } = await verify(folder);
      return { version: m.version, minimumVersion: m.minimumVersion, target: m.target, installer: m.installer.name, size: m.installer.size, createdAt: m.createdAt, releaseNotes: m.releaseNotes };
    },
    'updates.install': async ({ folder }) => {
      if (!install) refuse('desktop_only', 'Updates are installed from the Homeward desktop app. This copy runs in a browser or on the command line; check the update here, then install it from the desktop app.');
      const verified = await verify(folder);
      await install(await stageUpdate(verified, join(core.vault.dataDir, 'updates')));
      return { version: verified.manifest.version };
    },
  };
}
