import { utilityProcess } from 'electron';
import { createBackendClient, type BackendConnection, type MainServices } from './backend-client';
import type { HostToMain } from './backend-host-protocol';

// Long enough for a WAL checkpoint on a large database; after that the process is killed.
const CLOSE_TIMEOUT_MS = 15_000;

/**
 * Starts the backend in a utility process, so SQLite work never blocks the main process
 * that keeps the window responsive. `onCrash` runs if it exits without being asked to.
 */
export function startBackendProcess(
  paths: { backendHost: string; dataDir: string; resourcesDir: string },
  onCrash: (exitCode: number) => void,
  services: MainServices,
): BackendConnection {
  const child = utilityProcess.fork(paths.backendHost, [], { serviceName: 'Homeward backend', stdio: 'inherit' });
  const client = createBackendClient((message) => child.postMessage(message), { dataDir: paths.dataDir, resourcesDir: paths.resourcesDir }, services);
  child.on('message', (message: HostToMain) => client.receive(message));
  child.once('exit', (code) => {
    if (!client.hostExited()) onCrash(code);
  });

  return {
    ...client.backend,
    async close() {
      const timer = setTimeout(() => child.kill(), CLOSE_TIMEOUT_MS);
      await client.backend.close();
      clearTimeout(timer);
    },
  };
}
