/**
 * Clusters from scored pairs, for the public dedupe benchmarks (the app matches each child
 * against reports one by one and never clusters). A dedupe's result is a set of clusters;
 * scored pairwise again, every pair inside a cluster counts as predicted.
 *
 * Transitive closure at a threshold (Splink's `cluster_pairwise_predictions_at_threshold`)
 * lets one wrong pair join two people, and a record whose every field but one is empty joins
 * nobody. Average linkage judges a merge by all the scored pairs between two clusters:
 * clusters start as the closure of the near-certain pairs and are merged while the mean
 * weight of the pairs between them favours a match.
 */

/** A weight beyond ±20 bits says no more: one near-certain pair does not outvote many that disagree. */
const CAP = 20;

export interface AverageLinkage {
  /** Pairs at or above this weight (bits) seed the clusters by transitive closure. */
  seedAt: number;
  /** Two clusters merge while the mean capped weight of the scored pairs between them is above this (bits). */
  mergeAbove: number;
}

/** Cluster number of each record, by transitive closure of the pairs `linked` accepts. */
export function closure(count: number, pairs: readonly (readonly [number, number])[], linked: (k: number) => boolean): Int32Array {
  const parent = Int32Array.from({ length: count }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  pairs.forEach(([a, b], k) => {
    if (linked(k)) parent[find(a)] = find(b);
  });
  return Int32Array.from({ length: count }, (_, i) => find(i));
}

/** The scored pairs between two clusters: one object, reached from both sides. */
interface Between {
  sum: number;
  n: number;
}

/** A max-heap of candidate merges; an entry whose score changed since it was pushed is skipped when popped. */
class MergeQueue {
  private readonly items: { score: number; a: number; b: number }[] = [];
  push(score: number, a: number, b: number): void {
    const h = this.items;
    h.push({ score, a, b });
    for (let i = h.length - 1; i > 0; ) {
      const up = (i - 1) >> 1;
      if (h[up]!.score >= h[i]!.score) break;
      [h[up], h[i]] = [h[i]!, h[up]!];
      i = up;
    }
  }
  pop(): { score: number; a: number; b: number } | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length && last) {
      h[0] = last;
      for (let i = 0; ; ) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let best = i;
        if (l < h.length && h[l]!.score > h[best]!.score) best = l;
        if (r < h.length && h[r]!.score > h[best]!.score) best = r;
        if (best === i) break;
        [h[best], h[i]] = [h[i]!, h[best]!];
        i = best;
      }
    }
    return top;
  }
}

/** Cluster number of each record by average linkage over the scored pairs (weights in bits). */
export function averageLinkage(count: number, pairs: readonly (readonly [number, number])[], weights: ArrayLike<number>, opts: AverageLinkage): Int32Array {
  const cluster = closure(count, pairs, (k) => weights[k]! >= opts.seedAt);
  const next = new Map<number, Map<number, Between>>();
  const neighbours = (c: number) => next.get(c) ?? next.set(c, new Map()).get(c)!;
  pairs.forEach(([a, b], k) => {
    const [x, y] = [cluster[a]!, cluster[b]!];
    if (x === y) return;
    let e = neighbours(x).get(y);
    if (!e) {
      e = { sum: 0, n: 0 };
      neighbours(x).set(y, e);
      neighbours(y).set(x, e);
    }
    e.sum += Math.max(-CAP, Math.min(CAP, weights[k]!));
    e.n++;
  });
  const mean = (e: Between) => e.sum / e.n;
  const queue = new MergeQueue();
  for (const [x, around] of next) for (const [y, e] of around) if (x < y && mean(e) > opts.mergeAbove) queue.push(mean(e), x, y);
  const mergedInto = new Map<number, number>();
  for (let top = queue.pop(); top; top = queue.pop()) {
    const e = next.get(top.a)?.get(top.b);
    if (!e || mean(e) !== top.score) continue;
    // The cluster with fewer neighbours is folded into the other.
    const [keep, fold] = next.get(top.a)!.size >= next.get(top.b)!.size ? [top.a, top.b] : [top.b, top.a];
    const kept = next.get(keep)!;
    kept.delete(fold);
    for (const [z, ez] of next.get(fold)!) {
      if (z === keep) continue;
      const around = next.get(z)!;
      around.delete(fold);
      const existing = kept.get(z);
      if (existing) {
        existing.sum += ez.sum;
        existing.n += ez.n;
      } else {
        kept.set(z, ez);
        around.set(keep, ez);
      }
    }
    next.delete(fold);
    mergedInto.set(fold, keep);
    for (const [z, ez] of kept) if (mean(ez) > opts.mergeAbove) queue.push(mean(ez), Math.min(keep, z), Math.max(keep, z));
  }
  const root = (c: number): number => {
    while (mergedInto.has(c)) c = mergedInto.get(c)!;
    return c;
  };
  return cluster.map(root);
}
