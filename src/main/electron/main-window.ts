import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-scheme';
import { webPreferences } from './web-preferences';

export function createMainWindow(options: { preload: string; devTools: boolean }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title: 'Homeward',
    // Shown once painted, so a clerk never sees a blank white frame.
    show: false,
    webPreferences: webPreferences(options),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
