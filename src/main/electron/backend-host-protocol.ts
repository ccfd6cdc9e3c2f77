import type { BackendOptions } from '../backend-types';
import type { ApiErrorShape } from '../../shared/api/errors';
import type { EventMessage, RpcRequest, RpcResponse } from '../../shared/api/transport';
import type { StagedUpdate } from '../updates/stage-update';
import type { ErrorSummary } from '../diagnostics/error-summary';

/** Messages from the main process to the backend's utility process. */
export type MainToHost =
  | { type: 'start'; options: Pick<BackendOptions, 'dataDir' | 'resourcesDir'> }
  | { type: 'request'; id: number; request: RpcRequest }
  | { type: 'subscribe'; subscriptionId: number; session: string }
  | { type: 'unsubscribe'; subscriptionId: number }
  /** Close the database cleanly, then exit. */
  | { type: 'close' }
  /** The installer took the update (the app is about to quit), or why it did not. */
  | { type: 'update-installed'; id: number; error: ApiErrorShape | null }
  | PrintAnswer;

/** The main process's answer to a `print` (Electron's printToPDF runs only there): the PDF, or why not. */
export type PrintAnswer = { type: 'printed'; id: number; pdf: Uint8Array | null; error: ApiErrorShape | null };

/** Messages from the utility process back to the main process. */
export type HostToMain =
  | { type: 'response'; id: number; response: RpcResponse }
  | { type: 'event'; subscriptionId: number; message: EventMessage }
  /** For the log file: what failed, and the error summarised (never its message). */
  | { type: 'log'; what: string; error: ErrorSummary | null }
  /** Install this verified, staged update (only the main process can run the installer). */
  | { type: 'install-update'; id: number; staged: StagedUpdate }
  /** Render this print document to PDF (see pdf-relay.ts). */
  | { type: 'print'; id: number; html: string };
