/**
 * Import: prepare every record, store it, and write the inverted index, streaming the input
 * (1M reports never sit in memory as objects). (token, record) pairs are packed into one
 * 64-bit word each — token hash high, record id low — so a native typed-array sort groups them.
 * u is estimated from random pairs of a reservoir sample of the same records.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import { estimateU, levelsOf, type ScoringContext } from './fellegi-sunter';
import { createMatchingTables, MATCHING_SOURCE_INDEX_SQL, tokenHash } from './index-schema';
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

const RESERVOIR = 2000;
const U_PAIRS = 40_000;
const NO_CONTEXT: ScoringContext = { share: () => 0, tfRatio: () => 1 };

export function buildIndex<R, P>(db: Database.Database, profile: Profile<R, P>, records: Iterable<R>, opts: BuildOptions = {}): { count: number } {
  createMatchingTables(db);
  const pairs = new Grow(new BigUint64Array(1 << 20));
  const filters = new Grow(new Float64Array(1 << 16));
  const tfCounts = new Map<string, number>();
  const vocabulary = new Set<string>();
  const reservoir: P[] = [];
  const rnd = new Prng(20240601);
  let n = 0;

  const insert = db.prepare('INSERT INTO match_record (id, source_id, payload) VALUES (?, ?, ?)');
  const run = db.transaction(() => {
    db.exec('DROP INDEX IF EXISTS match_record_source; DELETE FROM match_record; DELETE FROM match_posting; DELETE FROM match_meta;');
    for (const raw of records) {
      const p = profile.prepare(raw);
      const id = ++n;
      insert.run(id, profile.idOf(p), profile.serialize(p));
      const tokens = profile.indexTokens(p);
      pairs.ensure(pairs.length + tokens.length);
      const words = new Uint32Array(pairs.data.buffer);
      for (const t of tokens) {
        // Little-endian: the low word is the record id, the high word the token.
        words[pairs.length * 2] = id;
        words[pairs.length * 2 + 1] = tokenHash(t);
        pairs.length++;
        if (profile.tfPrefixes.some((pre) => t.startsWith(pre))) tfCounts.set(t, (tfCounts.get(t) ?? 0) + 1);
      }
      if (profile.filterKey) {
        const f = profile.filterKey(p);
        filters.ensure(id * 4 + 4);
        filters.data.set([f.sex, f.refDay, f.birthLo, f.birthHi], id * 4);
      }
      if (profile.vocabulary) for (const w of profile.vocabulary(p)) vocabulary.add(w);
      if (reservoir.length < RESERVOIR) reservoir.push(p);
      else if (rnd.next() < RESERVOIR / n) reservoir[rnd.int(0, RESERVOIR - 1)] = p;
      if (n % 1000 === 0) {
        if (opts.cancelled?.()) throw new CancelledError();
        opts.onProgress?.(n);
      }
    }
    writePostings(db, pairs.data.subarray(0, pairs.length));
    const meta = db.prepare('INSERT INTO match_meta (key, value) VALUES (?, ?)');
    meta.run('profile', profile.name);
    meta.run('count', String(n));
    meta.run('meanShare', JSON.stringify(meanShares(tfCounts, profile.tfPrefixes, n)));
    meta.run('u', JSON.stringify(estimateSnapshotU(profile, reservoir, rnd)));
    meta.run('vocabulary', [...vocabulary].join('\n'));
    if (profile.filterKey) meta.run('filters', Buffer.from(filters.data.buffer, 0, (n + 1) * 4 * 8));
    db.exec(MATCHING_SOURCE_INDEX_SQL);
  });
  run();
  opts.onProgress?.(n);
  return { count: n };
}

function writePostings(db: Database.Database, packed: BigUint64Array): void {
  packed.sort();
  const words = new Uint32Array(packed.buffer, packed.byteOffset, packed.length * 2);
  const insert = db.prepare('INSERT INTO match_posting (token, df, ids) VALUES (?, ?, ?)');
  let start = 0;
  while (start < packed.length) {
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

function estimateSnapshotU<R, P>(profile: Profile<R, P>, sample: P[], rnd: Prng): number[][] | null {
  if (sample.length < 50) return null;
  const levels: Int8Array[] = [];
  for (let i = 0; i < U_PAIRS; i++) {
    const a = rnd.int(0, sample.length - 1);
    const b = rnd.int(0, sample.length - 1);
    if (a !== b) levels.push(levelsOf(sample[a]!, sample[b]!, profile.comparisons, NO_CONTEXT));
  }
  return estimateU(levels, profile.comparisons);
}
