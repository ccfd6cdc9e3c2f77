/**
 * Import: prepare every record, store it, and write the inverted index, streaming the input
 * (1M reports never sit in memory as objects). (token, record) pairs are packed into one
 * 64-bit word each — token hash high, record id low — so a native typed-array sort groups them.
 * u is estimated from random pairs of a reservoir sample of the same records.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import { estimateU, levelsOf, type ScoringContext } from './fellegi-sunter';
import { createMatchingTables, createNextTables, tokenHash, type Tables } from './index-schema';
import type { Profile } from './profile';
import { Prng } from '../demo/prng';

export interface BuildOptions {
  onProgress?: (done: number) => void;
  cancelled?: () => boolean;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

/** A growable typed array. */
class Grow<T extends Float64Array | BigUint64Array> {
  length = 0;
  constructor(public data: T) {}
  ensure(n: number) {
    if (n <= this.data.length) return;
    const bigger = new (this.data.constructor as new (n: number) => T)(Math.max(n, this.data.length * 2));
    bigger.set(this.data as never);
    this.data = bigger;
  }
}

const U_SAMPLE = { records: 2000, pairs: 40_000 };
const NO_CONTEXT: ScoringContext = { share: () => 0, tfRatio: () => 1 };
/** Records per batch: the unit of progress, cancelling and (in parallel builds) of work sent to a worker. */
export const BATCH = 1000;

/** What the index keeps of a batch of records, computed apart from the database so that worker threads can do it. */
export interface PreparedBatch {
  sourceIds: string[];
  payloads: string[];
  /** How many token hashes each record has, in order; the hashes follow one record after another. */
  tokenCounts: Uint16Array<ArrayBuffer>;
  tokenHashes: Uint32Array<ArrayBuffer>;
  /** The batch's tokens that carry term frequencies, with repeats. */
  tfTokens: string[];
  /** Four numbers per record (FilterKey), or none when the profile has no hard filters. */
  filters: Float64Array<ArrayBuffer>;
  vocabulary: string[];
}

export function prepareBatch<R, P>(profile: Profile<R, P>, raws: readonly R[]): PreparedBatch {
  const sourceIds: string[] = [];
  const payloads: string[] = [];
  const tokenCounts = new Uint16Array(raws.length);
  const hashes: number[] = [];
  const tfTokens: string[] = [];
  const filters = new Float64Array(profile.filterKey ? raws.length * 4 : 0);
  const vocabulary = new Set<string>();
  raws.forEach((raw, i) => {
    const p = profile.prepare(raw);
    sourceIds.push(profile.idOf(p));
    payloads.push(profile.serialize(p));
    const tokens = profile.indexTokens(p);
    tokenCounts[i] = tokens.length;
    for (const t of tokens) {
      hashes.push(tokenHash(t));
      if (profile.tfPrefixes.some((pre) => t.startsWith(pre))) tfTokens.push(t);
    }
    if (profile.filterKey) {
      const f = profile.filterKey(p);
      filters.set([f.sex, f.refDay, f.birthLo, f.birthHi], i * 4);
    }
    if (profile.vocabulary) for (const w of profile.vocabulary(p)) vocabulary.add(w);
  });
  return { sourceIds, payloads, tokenCounts, tokenHashes: Uint32Array.from(hashes), tfTokens, filters, vocabulary: [...vocabulary] };
}

/**
 * Writes prepared batches into the index tables, then the postings and statistics.
 * Live tables: the caller owns the transaction, and a cancel before finish() rolls back to
 * the old index. '_next' tables: each batch and each run of postings is its own short
 * transaction (other writers get in between), and swapInNextTables makes the result live.
 */
export class IndexWriter<R, P> {
  private readonly pairs = new Grow(new BigUint64Array(1 << 20));
  private readonly filters = new Grow(new Float64Array(1 << 16));
  private readonly tfCounts = new Map<string, number>();
  private readonly vocabulary = new Set<string>();
  /** Payloads of a uniform sample of the records, for estimating u. */
  private readonly reservoir: string[] = [];
  private readonly rnd = new Prng(20240601);
  private readonly uSample: { records: number; pairs: number };
  private readonly insert: Database.Statement;
  private readonly unit: (write: () => void) => void;
  count = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly profile: Profile<R, P>,
    private readonly tables: Tables = '',
  ) {
    if (tables === '') {
      createMatchingTables(db);
      db.exec('DELETE FROM match_record; DELETE FROM match_posting; DELETE FROM match_meta;');
      this.unit = (write) => write();
    } else {
      createNextTables(db);
      this.unit = (write) => db.transaction(write)();
    }
    this.uSample = profile.uSample ?? U_SAMPLE;
    this.insert = db.prepare(`INSERT INTO match_record${tables} (id, source_id, payload) VALUES (?, ?, ?)`);
  }

  add(batch: PreparedBatch): void {
    this.unit(() => this.addRecords(batch));
  }

  private addRecords(batch: PreparedBatch): void {
    const { pairs, filters } = this;
    pairs.ensure(pairs.length + batch.tokenHashes.length);
    const words = new Uint32Array(pairs.data.buffer);
    let h = 0;
    batch.sourceIds.forEach((sourceId, i) => {
      const id = ++this.count;
      this.insert.run(id, sourceId, batch.payloads[i]!);
      for (let k = batch.tokenCounts[i]!; k > 0; k--) {
        // Little-endian: the low word is the record id, the high word the token.
        words[pairs.length * 2] = id;
        words[pairs.length * 2 + 1] = batch.tokenHashes[h++]!;
        pairs.length++;
      }
      if (batch.filters.length) {
        filters.ensure(id * 4 + 4);
        filters.data.set(batch.filters.subarray(i * 4, i * 4 + 4), id * 4);
      }
      const size = this.uSample.records;
      if (this.reservoir.length < size) this.reservoir.push(batch.payloads[i]!);
      else if (this.rnd.next() < size / id) this.reservoir[this.rnd.int(0, size - 1)] = batch.payloads[i]!;
    });
    for (const t of batch.tfTokens) this.tfCounts.set(t, (this.tfCounts.get(t) ?? 0) + 1);
    for (const w of batch.vocabulary) this.vocabulary.add(w);
  }

  finish(): void {
    const { db, profile, count: n, tables } = this;
    writePostings(db, this.pairs.data.subarray(0, this.pairs.length), tables, this.unit);
    const sample = this.reservoir.map((t) => profile.deserialize(t));
    const u = JSON.stringify(estimateSnapshotU(profile, sample, this.uSample.pairs, this.rnd));
    this.unit(() => {
      const meta = db.prepare(`INSERT INTO match_meta${tables} (key, value) VALUES (?, ?)`);
      meta.run('profile', profile.name);
      meta.run('count', String(n));
      meta.run('meanShare', JSON.stringify(meanShares(this.tfCounts, profile.tfPrefixes, n)));
      meta.run('u', u);
      meta.run('vocabulary', [...this.vocabulary].join('\n'));
      if (profile.filterKey) meta.run('filters', Buffer.from(this.filters.data.buffer, 0, (n + 1) * 4 * 8));
    });
  }
}

/** The input in batches of BATCH records. */
export function* batchesOf<T>(items: Iterable<T>): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** Replaces the index with these records, on this thread, in one transaction (rolled back on cancel). */
export function buildIndex<R, P>(db: Database.Database, profile: Profile<R, P>, records: Iterable<R>, opts: BuildOptions = {}): { count: number } {
  const run = db.transaction(() => {
    const writer = new IndexWriter(db, profile);
    for (const raws of batchesOf(records)) {
      if (opts.cancelled?.()) throw new CancelledError();
      writer.add(prepareBatch(profile, raws));
      opts.onProgress?.(writer.count);
    }
    writer.finish();
    return writer.count;
  });
  const count = run();
  opts.onProgress?.(count);
  return { count };
}

/** Tokens whose postings are written per transaction when the writer commits as it goes. */
const POSTINGS_PER_UNIT = 50_000;

function writePostings(db: Database.Database, packed: BigUint64Array, tables: Tables, unit: (write: () => void) => void): void {
  packed.sort();
  const words = new Uint32Array(packed.buffer, packed.byteOffset, packed.length * 2);
  const insert = db.prepare(`INSERT INTO match_posting${tables} (token, df, ids) VALUES (?, ?, ?)`);
  let start = 0;
  const writeRun = () => {
    for (let written = 0; start < packed.length && written < POSTINGS_PER_UNIT; written++) {
      const token = words[start * 2 + 1]!;
      let end = start + 1;
      while (end < packed.length && words[end * 2 + 1] === token) end++;
      const ids = new Uint32Array(end - start);
      // A record may carry the same hashed token twice (a collision): keep each id once.
      let k = 0;
      for (let i = start; i < end; i++) {
        const id = words[i * 2]!;
        if (k === 0 || ids[k - 1] !== id) ids[k++] = id;
      }
      insert.run(token, k, Buffer.from(ids.buffer, 0, k * 4));
      start = end;
    }
  };
  while (start < packed.length) unit(writeRun);
}

/** The average share of a record's token among agreeing pairs, per prefix: Σc² / (N·Σc). */
function meanShares(counts: Map<string, number>, prefixes: readonly string[], n: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const pre of prefixes) {
    let sum = 0;
    let sumSq = 0;
    for (const [t, c] of counts) {
      if (!t.startsWith(pre)) continue;
      sum += c;
      sumSq += c * c;
    }
    out[pre] = sum > 0 ? sumSq / (sum * n) : 0;
  }
  return out;
}

function estimateSnapshotU<R, P>(profile: Profile<R, P>, sample: P[], pairs: number, rnd: Prng): number[][] | null {
  if (sample.length < 50) return null;
  const levels: Int8Array[] = [];
  for (let i = 0; i < pairs; i++) {
    const a = rnd.int(0, sample.length - 1);
    const b = rnd.int(0, sample.length - 1);
    if (a !== b) levels.push(levelsOf(sample[a]!, sample[b]!, profile.comparisons, NO_CONTEXT));
  }
  return estimateU(levels, profile.comparisons);
}
