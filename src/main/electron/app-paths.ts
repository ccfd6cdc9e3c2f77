import path from 'node:path';

export interface AppPaths {
  preload: string;
  rendererRoot: string;
  backendHost: string;
  /** Holds migrations/ and resources/geo/: the packaged layout mirrors the repo (see electron-builder.yml). */
  resourcesDir: string;
  dataDir: string;
}

/**
 * Where everything is, from what Electron reports. appRoot is app.getAppPath(): the repo in
 * development, resources/app.asar when packaged.
 */
export function appPaths(env: { appRoot: string; isPackaged: boolean; resourcesPath: string; userData: string }): AppPaths {
  return {
    preload: path.join(env.appRoot, 'dist', 'preload', 'preload.cjs'),
    rendererRoot: path.join(env.appRoot, 'dist', 'renderer'),
    backendHost: path.join(env.appRoot, 'dist', 'main', 'electron', 'backend-host.js'),
    resourcesDir: env.isPackaged ? env.resourcesPath : env.appRoot,
    dataDir: path.join(env.userData, 'data'),
  };
}
