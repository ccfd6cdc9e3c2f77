import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths } from '../../src/main/electron/app-paths';

describe('appPaths', () => {
  it('in development takes resources from the repo root', () => {
    const paths = appPaths({ appRoot: '/src/homeward', isPackaged: false, resourcesPath: '/usr/lib/electron/resources', userData: '/home/u/.config/Homeward' });
    expect(paths).toStrictEqual({
      preload: path.join('/src/homeward', 'dist/preload/preload.cjs'),
      rendererRoot: path.join('/src/homeward', 'dist/renderer'),
      backendHost: path.join('/src/homeward', 'dist/main/electron/backend-host.js'),
      resourcesDir: '/src/homeward',
      dataDir: path.join('/home/u/.config/Homeward', 'data'),
    });
  });

  it('when packaged takes code from app.asar and resources from the resources folder', () => {
    const paths = appPaths({ appRoot: '/opt/Homeward/resources/app.asar', isPackaged: true, resourcesPath: '/opt/Homeward/resources', userData: '/home/u/.config/Homeward' });
    expect(paths.rendererRoot).toBe(path.join('/opt/Homeward/resources/app.asar', 'dist/renderer'));
    expect(paths.resourcesDir).toBe('/opt/Homeward/resources');
    expect(paths.dataDir).toBe(path.join('/home/u/.config/Homeward', 'data'));
  });
});
