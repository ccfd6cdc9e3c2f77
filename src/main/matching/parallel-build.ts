/**
 * The index build with the records prepared on worker threads. Preparing a report
 * (canonicalising its names in every script, tokens, serialising) is most of an import's CPU;
 * the SQLite writes must stay on the connection's thread. Measured at 100k reports: 43 µs of
 * CPU per report to prepare, 13 µs to write — so there is one worker per core (the writing
 * thread needs about a quarter of one), and the build takes about a third of the
 * single-threaded time on two idle cores (docs/matching-engine.md).
 * A small input (a few batches) is prepared on this thread: starting a worker costs more.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3-multiple-ciphers';
import { batchesOf, CancelledError, IndexWriter, prepareBatch, type BuildOptions, type PreparedBatch } from './index-build';
import { dropNextTables, swapInNextTables } from './index-schema';
import type { Profile } from './profile';

export interface ParallelBuildOptions<R> extends BuildOptions {
  /** Starts a worker that answers each posted array of inputs with its PreparedBatch, in order. */
  spawn: () => Worker;
  /** Turns one input into a record on this thread, for inputs too small to be worth a worker. */
  parse: (input: string) => R;
  workers?: number;
  /** Runs in the short transaction that makes the new index live: swap there what it was built from. */
  withSwap?: () => void;
}

/** Inputs up to this many batches are prepared on this thread. */
const INLINE_BATCHES = 4;
/** Batches queued per worker, so that a worker never waits for the writer. */
const IN_FLIGHT = 3;

/** A worker's answers come back in the order of its requests. */
class PrepareWorker {
  private readonly waiting: { resolve: (b: PreparedBatch) => void; reject: (e: unknown) => void }[] = [];
  constructor(readonly worker: Worker) {
    worker.on('message', (b: PreparedBatch) => this.waiting.shift()?.resolve(b));
    worker.on('error', (e) => this.waiting.splice(0).forEach((w) => w.reject(e)));
  }
  prepare(inputs: string[]): Promise<PreparedBatch> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.worker.postMessage(inputs);
    });
  }
}

/**
 * Replaces the index with one of these records (JSON texts, one per record). It is built
 * beside the live one in short transactions, so other writers are never kept waiting, then
 * made live in one short transaction (with opts.withSwap). A cancel or failure drops what
 * was built and leaves the live index as it was.
 */
export async function buildIndexInParallel<R, P>(db: Database.Database, profile: Profile<R, P>, inputs: Iterable<string>, opts: ParallelBuildOptions<R>): Promise<{ count: number }> {
  const batches = batchesOf(inputs)[Symbol.iterator]();
  const head: string[][] = [];
  for (let r = batches.next(); !r.done; r = head.length < INLINE_BATCHES ? batches.next() : { done: true, value: undefined }) head.push(r.value);
  const small = head.length < INLINE_BATCHES;
  const workers = small ? [] : Array.from({ length: opts.workers ?? availableParallelism() }, () => new PrepareWorker(opts.spawn()));
  const queue: Promise<PreparedBatch>[] = [];
  let sent = 0;
  const sendNext = () => {
    const r = head.length ? { done: false, value: head.shift()! } : batches.next();
    if (r.done) return false;
    const raws = r.value;
    queue.push(small ? Promise.resolve(prepareBatch(profile, raws.map(opts.parse))) : workers[sent++ % workers.length]!.prepare(raws));
    return true;
  };
  try {
    const writer = new IndexWriter(db, profile, '_next');
    for (let i = 0; i < Math.max(1, workers.length) * IN_FLIGHT && sendNext(); i++);
    while (queue.length) {
      const batch = await queue.shift()!;
      if (opts.cancelled?.()) throw new CancelledError();
      writer.add(batch);
      opts.onProgress?.(writer.count);
      sendNext();
    }
    writer.finish();
    db.transaction(() => {
      swapInNextTables(db);
      opts.withSwap?.();
    })();
    return { count: writer.count };
  } catch (e) {
    dropNextTables(db);
    throw e;
  } finally {
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
}
