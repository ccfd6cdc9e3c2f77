import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The data folder the desktop app uses (Electron's userData/data for the product name
 * "Homeward"), so that the CLI and the app work on the same records by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const appData =
    platform === 'win32'
      ? (env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(homedir(), 'Library', 'Application Support')
        : (env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'));
  return join(appData, 'Homeward', 'data');
}
