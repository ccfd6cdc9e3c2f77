/**
 * Fellegi–Sunter scoring: each comparison puts a pair at one of its levels; a level weighs
 * log2(m/u), m = P(level | same person), u = P(level | different people). The total is the
 * prior log-odds plus the level weights; missing values weigh 0. Every score comes with its
 * explanation, whose bar weights add up (to rounding) to the total.
 */
import type { ReasonPart } from '../../shared/domain/match-reasons';

export interface LevelSpec {
  name: string;
  m: number;
  /** The default before u is estimated from the snapshot. */
  u: number;
}

export interface Outcome {
  level: number;
  /** English, for the CLI's JSON and the public benchmarks' profiles. */
  reason: string;
  /** The same reason as keys, for the review screen's languages (the child profile gives them). */
  because?: ReasonPart[];
  /** Term frequency of the agreeing value relative to the average agreeing value: u is scaled by it, so rare names weigh more than common ones. */
  tfRatio?: number;
  /**
   * The least u can be: the share of records carrying the agreeing value. A random record
   * agrees on a name at least that often, so a rare name is worth at most what its rarity
   * says — not its level's u (already small for "same key") scaled down again by the ratio.
   */
  uFloor?: number;
}

export interface Comparison<P> {
  concept: string;
  levels: readonly LevelSpec[];
  /** null when either side lacks the value: neutral. */
  compare(a: P, b: P, ctx: ScoringContext): Outcome | null;
  display(p: P): string | null;
}

export interface ScoringContext {
  /** A token's share of records over the average share of its kind (1 when unknown). */
  tfRatio(token: string): number;
  /** Share of indexed records carrying the token. */
  share(token: string): number;
  /** Records indexed (absent: unknown). */
  readonly count?: number;
}

export interface Bar {
  concept: string;
  valueA: string | null;
  valueB: string | null;
  level: string;
  weight: number;
  reason: string;
  because?: ReasonPart[];
}

export interface Explanation {
  prior: number;
  bars: Bar[];
  total: number;
  probability: number;
}

/** Per comparison, per level: u (possibly estimated) and m. */
export type Parameters = { m: number[]; u: number[] }[];

export const defaultParameters = <P>(comparisons: readonly Comparison<P>[]): Parameters =>
  comparisons.map((c) => ({ m: c.levels.map((l) => l.m), u: c.levels.map((l) => l.u) }));

const round3 = (x: number) => Math.round(x * 1000) / 1000;
export const probabilityOf = (total: number) => 1 / (1 + 2 ** -total);
/** Prior log2-odds that a random pair is a match. */
export const priorWeight = (matchProbability: number) => Math.log2(matchProbability / (1 - matchProbability));

/** A rare value gains at most ~10 bits and a common one loses at most 3: one record in a small snapshot is not proof. */
const clampRatio = (r: number) => Math.min(8, Math.max(1e-3, r));

export function explain<P>(a: P, b: P, comparisons: readonly Comparison<P>[], params: Parameters, prior: number, ctx: ScoringContext): Explanation {
  const bars: Bar[] = [];
  let total = round3(prior);
  comparisons.forEach((c, i) => {
    const out = c.compare(a, b, ctx);
    const valueA = c.display(a);
    const valueB = c.display(b);
    if (!out) {
      bars.push({ concept: c.concept, valueA, valueB, level: 'missing', weight: 0, reason: 'not recorded on both sides' });
      return;
    }
    const { m, u } = params[i]!;
    // The floor never above the level's design u: a small snapshot's shares say little about how common a name is.
    const uFloor = Math.min(out.uFloor ?? 0, c.levels[out.level]!.u);
    const uUsed = Math.max(u[out.level]! * (out.tfRatio !== undefined ? clampRatio(out.tfRatio) : 1), uFloor);
    const weight = round3(Math.log2(m[out.level]! / uUsed));
    total = round3(total + weight);
    bars.push({ concept: c.concept, valueA, valueB, level: c.levels[out.level]!.name, weight, reason: out.reason, ...(out.because ? { because: out.because } : {}) });
  });
  return { prior: round3(prior), bars, total, probability: probabilityOf(total) };
}

/** Level indices of one pair (-1 = missing), for estimating parameters. */
export function levelsOf<P>(a: P, b: P, comparisons: readonly Comparison<P>[], ctx: ScoringContext): Int8Array {
  return Int8Array.from(comparisons, (c) => c.compare(a, b, ctx)?.level ?? -1);
}

/**
 * u from pairs of records that are (nearly all) different people: level frequencies,
 * smoothed toward the default with the weight of 50 pairs so an unseen level keeps a finite weight.
 */
export function estimateU<P>(pairs: Int8Array[], comparisons: readonly Comparison<P>[]): number[][] {
  return comparisons.map((c, i) => {
    const counts = c.levels.map(() => 0);
    let seen = 0;
    for (const p of pairs) {
      const l = p[i]!;
      if (l >= 0) {
        counts[l]!++;
        seen++;
      }
    }
    const PSEUDO = 50;
    return c.levels.map((lv, l) => (counts[l]! + PSEUDO * lv.u) / (seen + PSEUDO));
  });
}

/**
 * m by expectation–maximisation over candidate pairs, u held fixed (Splink's recipe): each
 * pair's posterior of being a match re-weights the level counts. Also returns the match share.
 */
export function estimateM(pairs: Int8Array[], params: Parameters, lambda: number, iterations = 10): { params: Parameters; lambda: number } {
  let cur = params.map((p) => ({ m: [...p.m], u: [...p.u] }));
  let lam = lambda;
  for (let it = 0; it < iterations; it++) {
    const sums = cur.map((p) => p.m.map(() => 0));
    const totals = cur.map(() => 0);
    let matchMass = 0;
    for (const pair of pairs) {
      let logOdds = Math.log2(lam / (1 - lam));
      pair.forEach((l, i) => {
        if (l >= 0) logOdds += Math.log2(cur[i]!.m[l]! / cur[i]!.u[l]!);
      });
      const post = probabilityOf(logOdds);
      matchMass += post;
      pair.forEach((l, i) => {
        if (l < 0) return;
        sums[i]![l]! += post;
        totals[i]! += post;
      });
    }
    cur = cur.map((p, i) => ({ u: p.u, m: p.m.map((_, l) => Math.max(1e-4, (sums[i]![l]! + 1e-3) / (totals[i]! + 1e-3 * p.m.length))) }));
    lam = Math.min(0.99, Math.max(1e-9, matchMass / pairs.length));
  }
  return { params: cur, lambda: lam };
}

/** Candidate pairs packed for fitting: per pair and comparison, the level (-1 missing) and the clamped term-frequency ratio. */
export class PackedPairs {
  levels: Int8Array;
  ratios: Float32Array;
  length = 0;
  constructor(readonly width: number) {
    this.levels = new Int8Array(width * 1024);
    this.ratios = new Float32Array(width * 1024);
  }
  push(outcomes: readonly (Outcome | null)[]): void {
    if ((this.length + 1) * this.width > this.levels.length) {
      const levels = new Int8Array(this.levels.length * 2);
      levels.set(this.levels);
      const ratios = new Float32Array(this.ratios.length * 2);
      ratios.set(this.ratios);
      [this.levels, this.ratios] = [levels, ratios];
    }
    const at = this.length++ * this.width;
    outcomes.forEach((o, i) => {
      this.levels[at + i] = o ? o.level : -1;
      this.ratios[at + i] = o?.tfRatio !== undefined ? clampRatio(o.tfRatio) : 1;
    });
  }
}

/**
 * λ (the share of all pairs that match) and m by alternating expectation–maximisation, u held
 * fixed, on unlabelled candidate pairs. λ is the posterior mass of the candidate pairs over
 * every possible pair (pairs blocking never produced are taken as non-matches), iterated to its
 * fixed point with m fixed; then one EM step of m with λ fixed; repeated. Fitting both in one
 * EM from a large starting λ runs away to "everything matches" on clustered data; this does
 * not, because λ starts at one partner per record and is always divided by all pairs.
 */
/** The least share of a measured u kept after removing the matches among the random pairs. */
const U_FLOOR = 0.05;

export function estimateLambdaAndM(pairs: PackedPairs, params: Parameters, totalPairs: number, startLambda: number, rounds = 5): { params: Parameters; lambda: number } {
  let cur = params.map((p) => ({ m: [...p.m], u: [...p.u] }));
  let lam = startLambda;
  const { width, levels, ratios } = pairs;
  const evidence = new Float64Array(pairs.length);
  const computeEvidence = () => {
    for (let k = 0; k < pairs.length; k++) {
      let e = 0;
      for (let i = 0; i < width; i++) {
        const l = levels[k * width + i]!;
        if (l >= 0) e += Math.log2(cur[i]!.m[l]! / (cur[i]!.u[l]! * ratios[k * width + i]!));
      }
      evidence[k] = e;
    }
  };
  for (let round = 0; round < rounds; round++) {
    computeEvidence();
    for (let it = 0; it < 10; it++) {
      const prior = priorWeight(lam);
      let mass = 0;
      for (const e of evidence) mass += probabilityOf(prior + e);
      lam = Math.min(0.5, Math.max(1 / totalPairs, mass / totalPairs));
    }
    const prior = priorWeight(lam);
    const sums = cur.map((p) => p.m.map(() => 0));
    const totals = cur.map(() => 0);
    for (let k = 0; k < pairs.length; k++) {
      const post = probabilityOf(prior + evidence[k]!);
      for (let i = 0; i < width; i++) {
        const l = levels[k * width + i]!;
        if (l < 0) continue;
        sums[i]![l]! += post;
        totals[i]! += post;
      }
    }
    const m = cur.map((p, i) => p.m.map((_, l) => Math.max(1e-4, (sums[i]![l]! + 1e-3) / (totals[i]! + 1e-3 * p.m.length))));
    // u was measured on random pairs, a λ share of which match: take their m-mass out, or a
    // level that matches nearly always ("both names exact" on clustered data) keeps a u
    // inflated by the very duplicates it should find.
    cur = m.map((mi, i) => ({ m: mi, u: params[i]!.u.map((f, l) => Math.max(f * U_FLOOR, (f - lam * mi[l]!) / (1 - lam))) }));
  }
  return { params: cur, lambda: lam };
}
