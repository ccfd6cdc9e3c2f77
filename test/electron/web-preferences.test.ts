import { describe, expect, it } from 'vitest';
import { webPreferences } from '../../src/main/electron/web-preferences';

describe('webPreferences', () => {
  it('isolates, sandboxes and denies Node to the renderer, with every flag spelled out', () => {
    expect(webPreferences({ preload: '/app/dist/preload/preload.cjs', devTools: false })).toStrictEqual({
      preload: '/app/dist/preload/preload.cjs',
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
      devTools: false,
    });
  });

  it('only lets devTools vary', () => {
    const dev = webPreferences({ preload: 'p', devTools: true });
    const packaged = webPreferences({ preload: 'p', devTools: false });
    expect({ ...dev, devTools: false }).toStrictEqual(packaged);
  });
});
