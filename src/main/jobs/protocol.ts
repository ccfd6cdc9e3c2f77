import type { ApiErrorShape } from '../../shared/api/errors';

export interface WorkerStart {
  kind: string;
  dbFile: string;
  keyHex: string;
  resourcesDir: string;
  input: unknown;
  cancelFlag: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: 'progress'; phase: string; done: number; total: number }
  | { type: 'done'; result: unknown }
  | { type: 'failed'; error: ApiErrorShape };
