/**
 * One query against the index: blocking by IDF-weighted token overlap (hard filters applied
 * while summing), then Fellegi–Sunter scoring of the top candidates with explanations.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import { defaultParameters, explain, priorWeight, type Explanation, type Parameters } from './fellegi-sunter';
import { IndexReader } from './index-reader';
import type { Profile } from './profile';

export interface ScoredCandidate<P> {
  /** The record's id in its source (report_id). */
  id: string;
  record: P;
  /** Blocking score: summed IDF weights of shared tokens. */
  blocking: number;
  explanation: Explanation;
}

/** Tokens on more than this share of records are skipped: they would pull in everyone. */
const MAX_SHARE = 0.02;
const MIN_MAX_DF = 2000;

/**
 * The k-th largest blocking score among the touched records (quickselect on a copy): a common
 * name touches 100k records at 1M, and sorting them all to keep 200 was most of a query.
 */
function kthLargest(ids: number[], scores: Float32Array, k: number): number {
  const a = new Float32Array(ids.length);
  for (let i = 0; i < ids.length; i++) a[i] = scores[ids[i]!]!;
  let lo = 0;
  let hi = a.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! > pivot) i++;
      while (a[j]! < pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return a[target]!;
}

export class Matcher<R, P> {
  readonly index: IndexReader;
  readonly params: Parameters;
  readonly prior: number;
  private readonly scores: Float32Array;
  private readonly seen: Int32Array;
  private readonly pass: Uint8Array;
  private serial = 0;

  constructor(
    db: Database.Database,
    readonly profile: Profile<R, P>,
    params?: Parameters,
  ) {
    this.index = new IndexReader(db);
    if (this.index.profileName !== profile.name) throw new Error(`The index was built for ${this.index.profileName}, not ${profile.name}.`);
    const defaults = defaultParameters(profile.comparisons);
    const u = this.index.u;
    this.params = params ?? defaults.map((d, i) => ({ m: d.m, u: u?.[i] ?? d.u }));
    this.prior = priorWeight(profile.matchShare(this.index.count));
    this.scores = new Float32Array(this.index.count + 1);
    this.seen = new Int32Array(this.index.count + 1);
    this.pass = new Uint8Array(this.index.count + 1);
  }

  /** Record ids by blocking score, best first, at most profile.candidates; `exclude` drops one id (dedupe: the query itself). */
  candidates(query: P, exclude = 0): { id: number; blocking: number }[] {
    const serial = ++this.serial;
    const { index, profile, scores, seen, pass } = this;
    const n = index.count;
    const maxDf = Math.max(MIN_MAX_DF, MAX_SHARE * n);
    const qKey = profile.filterKey?.(query);
    const touched: number[] = [];
    for (const token of profile.queryTokens(query, index)) {
      const ids = index.postings(token);
      if (ids.length === 0 || ids.length > maxDf) continue;
      const w = Math.log2(n / ids.length);
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        if (seen[id] !== serial) {
          seen[id] = serial;
          const rKey = qKey && index.filterKey(id);
          pass[id] = id !== exclude && (!rKey || profile.passes!(qKey!, rKey)) ? 1 : 0;
          scores[id] = 0;
          if (pass[id]) touched.push(id);
        }
        if (pass[id]) scores[id] = scores[id]! + w;
      }
    }
    let keep = touched;
    if (touched.length > profile.candidates) {
      const kth = kthLargest(touched, scores, profile.candidates);
      keep = touched.filter((id) => scores[id]! >= kth);
    }
    keep.sort((a, b) => scores[b]! - scores[a]! || a - b);
    return keep.slice(0, profile.candidates).map((id) => ({ id, blocking: scores[id]! }));
  }

  /** Candidates scored and sorted by total weight, best first. */
  match(query: P, exclude = 0): ScoredCandidate<P>[] {
    const out = this.candidates(query, exclude).map(({ id, blocking }) => {
      const record = this.profile.deserialize(this.index.payload(id));
      return { id: this.profile.idOf(record), record, blocking, explanation: this.explain(query, record) };
    });
    return out.sort((a, b) => b.explanation.total - a.explanation.total);
  }

  explain(query: P, record: P): Explanation {
    return explain(query, record, this.profile.comparisons, this.params, this.prior, this.index);
  }
}
