import { describe, expect, it } from 'vitest';
import { averageLinkage, closure } from '../../../bench/matching/clustering';

const same = (cluster: Int32Array, ...records: number[]) => records.every((r) => cluster[r] === cluster[records[0]!]);

describe('clustering scored pairs (public dedupe benchmarks)', () => {
  // Records 0–2 are one person; 3 is another whose one pair with 2 scored high by chance.
  const pairs: [number, number][] = [
    [0, 1],
    [1, 2],
    [2, 3],
    [0, 3],
    [1, 3],
    [0, 2],
  ];
  const weights = [15, 12, 7, -18, -20, 10];
  const opts = { seedAt: Math.log2(99), mergeAbove: 0 };

  it('transitive closure lets one wrong pair join two people', () => {
    const c = closure(4, pairs, (k) => weights[k]! >= Math.log2(9));
    expect(same(c, 0, 1, 2, 3)).toBe(true);
  });

  it('average linkage weighs every scored pair between two clusters', () => {
    // Only 0–1 seeds; 2 joins them on a mean of 11 bits, and 3 stays out: its pairs with them average −10.
    const c = averageLinkage(4, pairs, weights, { ...opts, seedAt: 13 });
    expect(same(c, 0, 1, 2)).toBe(true);
    expect(c[3]).not.toBe(c[0]);
  });

  it('a record with weak evidence joins the cluster its pairs favour on average', () => {
    // Record 4 scores only 2 and 1 bits with two members: below any pairwise threshold, positive on average.
    const c = averageLinkage(5, [...pairs, [4, 0], [4, 1]], [...weights, 2, 1], { ...opts, seedAt: 13 });
    expect(same(c, 0, 1, 2, 4)).toBe(true);
    const apart = averageLinkage(5, [...pairs, [4, 0], [4, 1]], [...weights, 2, -4], { ...opts, seedAt: 13 });
    expect(apart[4]).not.toBe(apart[0]);
  });
});
