/**
 * Which installed Chromium-family browser prints outside Electron (web mode, CLI). Homeward
 * never downloads a browser: it takes HOMEWARD_CHROMIUM, else the first browser found where
 * the platform installs them — Debian's Chromium on Linux, Edge (part of every Windows 10
 * and 11) or Chrome on Windows, Chrome, Chromium or Edge on macOS.
 */
import { existsSync } from 'node:fs';
import { win32 } from 'node:path';
import { AppError } from '../../shared/api/errors';

export function chromiumCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const roots = [env['ProgramFiles(x86)'], env['ProgramFiles'], env['LOCALAPPDATA']].filter((r): r is string => !!r);
    return ['Microsoft\\Edge\\Application\\msedge.exe', 'Google\\Chrome\\Application\\chrome.exe'].flatMap((exe) => roots.map((root) => win32.join(root, exe)));
  }
  if (platform === 'darwin') {
    return ['Google Chrome', 'Chromium', 'Microsoft Edge'].map((app) => `/Applications/${app}.app/Contents/MacOS/${app}`);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge', '/snap/bin/chromium'];
}

export function findChromium(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, exists: (file: string) => boolean = existsSync): string {
  const chosen = env['HOMEWARD_CHROMIUM'];
  if (chosen) {
    if (!exists(chosen)) throw new AppError('not_found', `HOMEWARD_CHROMIUM names ${chosen}, which does not exist. Give the full path of a Chromium, Chrome or Edge program.`);
    return chosen;
  }
  const found = chromiumCandidates(platform, env).find(exists);
  if (!found) throw new AppError('not_found', 'Printing needs Chromium, Google Chrome or Microsoft Edge on this computer, and none was found. Install one, or set HOMEWARD_CHROMIUM to its program file.');
  return found;
}
