/**
 * A comparison profile: how records of one kind are prepared, indexed, filtered and compared.
 * The engine (index, candidates, scorer) knows nothing else about the records, so the same
 * engine runs missing-child reports against children in care and the public benchmarks.
 */
import type { Comparison } from './fellegi-sunter';

/** What the hard filters look at, kept in memory for every indexed record. NaN = unknown. */
export interface FilterKey {
  /** 0 unknown, 1 female, 2 male, 3 transgender. */
  sex: number;
  /** Days since 1970-01-01 of the date missing (record) or found (query). */
  refDay: number;
  /** Decimal year interval the birth can lie in. */
  birthLo: number;
  birthHi: number;
}

export interface QueryIndex {
  df(token: string): number;
  /** Indexed vocabulary words spelled like `word` (Jaro-Winkler), best first. */
  similarWords(word: string): string[];
}

export interface Profile<R, P> {
  name: string;
  prepare(raw: R): P;
  idOf(p: P): string;
  serialize(p: P): string;
  deserialize(text: string): P;
  /** 6–16 composite tokens that a record is found by. */
  indexTokens(p: P): string[];
  /** The tokens a query looks up; the index tells how many records carry a token and which indexed name keys are spelled like one (for fallbacks). */
  queryTokens(p: P, index: QueryIndex): string[];
  /** Name keys to keep in the index's vocabulary, for the spelling fallback. */
  vocabulary?(p: P): Iterable<string>;
  /** Token prefixes whose frequencies adjust agreement weights (rare names weigh more). */
  tfPrefixes: readonly string[];
  filterKey?(p: P): FilterKey;
  passes?(query: FilterKey, record: FilterKey): boolean;
  comparisons: readonly Comparison<P>[];
  /** Prior probability that a query and one random indexed record are the same person. */
  matchShare(indexed: number): number;
  /** Candidates kept per query after blocking. */
  candidates: number;
  /**
   * Random pairs for estimating u: how many records are sampled, how many pairs drawn from
   * them (default 2,000 and 40,000). A level that a stranger reaches once in a million pairs
   * needs millions of pairs to be measured at all; with fewer, its u is the default's guess.
   */
  uSample?: { records: number; pairs: number };
}
