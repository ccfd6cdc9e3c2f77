import type { WebPreferences } from 'electron';

/**
 * The renderer gets no Node, runs in Chromium's sandbox and sees the preload's bridge only
 * through an isolated world. Every flag is spelled out (even defaults) so a test pins them
 * and a future Electron default change cannot loosen them silently.
 */
export function webPreferences(options: { preload: string; devTools: boolean }): WebPreferences {
  return {
    preload: options.preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    enableWebSQL: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: options.devTools,
  };
}
