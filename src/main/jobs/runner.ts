/**
 * Runs long jobs in worker threads so the process serving the UI never blocks, streams
 * their progress as `job` events to the session that started them, and cancels them.
 */
import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../shared/api/errors';
import type { JobEvent } from '../../shared/api/contract';
import type { WorkerMessage, WorkerStart } from './protocol';
import { spawnWorker } from './spawn-worker';
import type { JobKind } from './kinds';

export interface JobRunnerOptions {
  dbFile: string;
  databaseKey: () => Uint8Array;
  resourcesDir: string;
  emit: (session: string, event: JobEvent) => void;
}

interface Running {
  session: string;
  cancelFlag: Int32Array;
}

export class JobRunner {
  private readonly running = new Map<string, Running>();

  constructor(private readonly opts: JobRunnerOptions) {}

  /** Runs a job to the end, reporting progress through a callback (the CLI's way). */
  run(kind: JobKind, input: unknown, onProgress: (e: JobEvent) => void, jobId: string = uuidv7(), cancelFlag = new Int32Array(new SharedArrayBuffer(4))): Promise<unknown> {
    const start: WorkerStart = {
      kind,
      dbFile: this.opts.dbFile,
      keyHex: Buffer.from(this.opts.databaseKey()).toString('hex'),
      resourcesDir: this.opts.resourcesDir,
      input,
      cancelFlag: cancelFlag.buffer as SharedArrayBuffer,
    };
    return new Promise((resolve, reject) => {
      const worker = spawnWorker(import.meta.url, 'jobs', 'job-worker', start);
      let settled = false;
      const event = (e: Omit<JobEvent, 'jobId' | 'kind'>) => onProgress({ jobId, kind, ...e });
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'progress') event({ state: 'running', phase: m.phase, done: m.done, total: m.total });
        else if (m.type === 'done') {
          settled = true;
          event({ state: 'done', phase: 'done', done: 1, total: 1, result: m.result });
          resolve(m.result);
        } else {
          settled = true;
          event({ state: m.error.code === 'cancelled' ? 'cancelled' : 'failed', phase: 'failed', done: 0, total: 0, error: m.error });
          reject(new AppError(m.error.code, m.error.message, m.error.details));
        }
      });
      worker.on('error', (err) => {
        if (settled) return;
        settled = true;
        const error = { code: 'internal' as const, message: `The job stopped unexpectedly: ${err.message}` };
        event({ state: 'failed', phase: 'failed', done: 0, total: 0, error });
        reject(new AppError(error.code, error.message));
      });
      worker.on('exit', (code) => {
        if (settled) return;
        settled = true;
        reject(new AppError('internal', `The job stopped unexpectedly (exit ${code}).`));
      });
    });
  }

  /** Starts a job for a session and returns its id at once; the outcome arrives as events. */
  start(session: string, kind: JobKind, input: unknown): string {
    const jobId = uuidv7();
    const cancelFlag = new Int32Array(new SharedArrayBuffer(4));
    this.running.set(jobId, { session, cancelFlag });
    this.run(kind, input, (e) => this.opts.emit(session, e), jobId, cancelFlag)
      .catch(() => undefined) // the failure has already gone out as an event
      .finally(() => this.running.delete(jobId));
    return jobId;
  }

  cancel(jobId: string, session: string): void {
    const job = this.running.get(jobId);
    if (!job || job.session !== session) throw new AppError('not_found', 'This job has already finished.');
    Atomics.store(job.cancelFlag, 0, 1);
  }

  get active(): number {
    return this.running.size;
  }
}
