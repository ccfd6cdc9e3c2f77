// Entry point of the backend's utility process (forked by backend-process.ts).
import type { ParentPort } from 'electron';
import { createBackend } from '../backend';
import { createBackendHostHandler } from './backend-host-handler';
import type { MainToHost } from './backend-host-protocol';

const parentPort: ParentPort = process.parentPort;
const handle = createBackendHostHandler({
  createBackend,
  post: (message) => parentPort.postMessage(message),
  exit: (code) => process.exit(code),
});
parentPort.on('message', (event) => handle(event.data as MainToHost));
