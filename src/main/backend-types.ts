import type { EventMessage, RpcRequest, RpcResponse } from '../shared/api/transport';
import type { InstallUpdate } from './updates/handlers';
import type { PdfEngine } from './printing/pdf-engine';

export interface BackendOptions {
  /** Folder holding the encrypted database, its key slots and backups. */
  dataDir: string;
  /** Folder with shipped reference data and migrations (the repo root in development). */
  resourcesDir?: string;
  /** Clock, replaceable in tests. */
  now?: () => Date;
  /** Where unexpected failures are reported (default: stderr). Never given input data, only what failed and the error. */
  log?: (message: string, error: unknown) => void;
  /** Hands a verified, staged update to the installer: only the desktop app has one. */
  installUpdate?: InstallUpdate;
  /** What prints PDFs: Electron's printToPDF in the desktop app; by default an installed Chromium. */
  pdfEngine?: PdfEngine;
}

/** Which transport carried a call; recorded in the audit trail, never used for permissions. */
export type TransportKind = 'ipc' | 'http' | 'direct' | 'cli';

export interface Backend {
  dispatch(request: RpcRequest, transport: TransportKind): Promise<RpcResponse>;
  /** Events for one session (job progress). Returns an unsubscribe function. */
  subscribe(session: string, listener: (message: EventMessage) => void): () => void;
  close(): Promise<void>;
}
