/**
 * How this copy of Homeward was installed, which decides the installer an update must be.
 * Only a packaged app has app.asar beside its resources; electron-builder writes
 * `package-type` there for deb, and an AppImage runs with $APPIMAGE set (electron-updater
 * reads the same two signs to choose its updater).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UpdateTarget } from './format/update-manifest';

export function detectInstallTarget(resourcesDir: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): UpdateTarget | null {
  if (!existsSync(join(resourcesDir, 'app.asar'))) return null;
  if (platform === 'win32') return 'nsis';
  if (platform === 'darwin') return 'zip';
  if (platform !== 'linux') return null;
  if (env['APPIMAGE']) return 'appimage';
  const typeFile = join(resourcesDir, 'package-type');
  return existsSync(typeFile) && readFileSync(typeFile, 'utf8').trim() === 'deb' ? 'deb' : null;
}
