// Sandboxed preload: exposes exactly `window.homeward: Bridge` to the isolated page.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './create-bridge';

contextBridge.exposeInMainWorld('homeward', createBridge(ipcRenderer));
