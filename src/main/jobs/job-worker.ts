/**
 * Entry of a job worker thread. Opens its own connection to the encrypted database, runs
 * one job, and reports progress, the result or the failure to the parent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/api/errors';
import { openEncrypted } from '../db/open';
import { Geo } from '../reference/geo';
import { JOB_KINDS, type JobKind } from './kinds';
import type { WorkerMessage, WorkerStart } from './protocol';

const start = workerData as WorkerStart;
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
const cancelFlag = new Int32Array(start.cancelFlag);

async function main(): Promise<void> {
  const db = openEncrypted(start.dbFile, Buffer.from(start.keyHex, 'hex'));
  let lastPost = 0;
  try {
    const run = JOB_KINDS[start.kind as JobKind] as (ctx: unknown, input: unknown) => Promise<unknown>;
    if (!run) throw new AppError('internal', `Unknown job kind ${start.kind}`);
    const result = await run(
      {
        db,
        geo: Geo.load(start.resourcesDir),
        now: () => new Date(),
        progress: (phase: string, done: number, total: number) => {
          // At most ~10 messages a second: progress must not slow the work it reports on.
          const t = Date.now();
          if (t - lastPost >= 100 || done === total) {
            lastPost = t;
            post({ type: 'progress', phase, done, total });
          }
        },
        cancelled: () => Atomics.load(cancelFlag, 0) === 1,
      },
      start.input,
    );
    post({ type: 'done', result });
  } catch (e) {
    const err = e instanceof AppError ? e.toJSON() : { code: 'internal' as const, message: `The job failed: ${(e as Error).message}` };
    post({ type: 'failed', error: err });
  } finally {
    db.close();
  }
}

void main();
