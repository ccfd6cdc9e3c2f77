/** Generated-data quality: ranking, blocking and the shipped threshold, against known truth. */
import Database from 'better-sqlite3-multiple-ciphers';
import { LIKELY_AT } from '../../src/main/matching/labels';
import { buildReportIndex, ReportMatcher } from '../../src/main/matching/report-matching';
import type { Row } from '../table';
import { FieldGenerator, scenario } from './generate';

export interface QualityFigures {
  recallAt1: number;
  recallAt10: number;
  mrr: number;
  pairCompleteness: number;
  unmatchedLikely: number;
  precision: number;
  recall: number;
  f1: number;
  /** Per corruption the generator applied: children with a report carrying it, and their recall. */
  byCorruption: { corruption: string; children: number; recallAt1: number; recallAt10: number }[];
}

export async function measureQuality(reportCount: number, childCount: number, seed: number, resourcesDir: string): Promise<QualityFigures> {
  const gen = new FieldGenerator(seed, resourcesDir);
  const sc = scenario(gen, reportCount, childCount);
  const db = new Database(':memory:');
  await buildReportIndex(db, [...sc.reports()].map((r) => JSON.stringify(r)), { resourcesDir });
  const matcher = new ReportMatcher(db, resourcesDir);
  let withReport = 0;
  let at1 = 0;
  let at10 = 0;
  let rr = 0;
  let blocked = 0;
  let without = 0;
  let withoutLikely = 0;
  let tp = 0;
  let fp = 0;
  const tags = new Map<string, { n: number; at1: number; at10: number }>();
  for (const child of sc.children) {
    const truth = sc.truth.get(child.id) ?? null;
    const ranked = matcher.matchChild(child, Infinity);
    const predicted = ranked.filter((c) => c.probability >= LIKELY_AT);
    for (const c of predicted) {
      if (c.reportId === truth) tp++;
      else fp++;
    }
    if (truth === null) {
      without++;
      if (predicted.length > 0) withoutLikely++;
      continue;
    }
    withReport++;
    const rank = ranked.findIndex((c) => c.reportId === truth);
    for (const tag of ['all', ...(sc.corruptions.get(child.id) ?? [])]) {
      let t = tags.get(tag);
      if (!t) tags.set(tag, (t = { n: 0, at1: 0, at10: 0 }));
      t.n++;
      if (rank === 0) t.at1++;
      if (rank >= 0 && rank < 10) t.at10++;
    }
    if (rank >= 0) {
      blocked++;
      rr += 1 / (rank + 1);
      if (rank === 0) at1++;
      if (rank < 10) at10++;
    }
  }
  db.close();
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, withReport);
  return {
    recallAt1: at1 / withReport,
    recallAt10: at10 / withReport,
    mrr: rr / withReport,
    pairCompleteness: blocked / withReport,
    unmatchedLikely: withoutLikely / Math.max(1, without),
    precision,
    recall,
    f1: (2 * precision * recall) / Math.max(1e-9, precision + recall),
    byCorruption: [...tags]
      .map(([corruption, t]) => ({ corruption, children: t.n, recallAt1: t.at1 / t.n, recallAt10: t.at10 / t.n }))
      .sort((a, b) => b.children * (1 - b.recallAt1) - a.children * (1 - a.recallAt1)),
  };
}

export function qualityRows(f: QualityFigures, label: string): Row[] {
  return [
    { what: `${label}: recall@1`, value: f.recallAt1, unit: '', target: '≥ 0.90' },
    { what: `${label}: recall@10`, value: f.recallAt10, unit: '', target: '≥ 0.97' },
    { what: `${label}: MRR`, value: f.mrr, unit: '', target: '' },
    { what: `${label}: blocking pair completeness`, value: f.pairCompleteness, unit: '', target: '' },
    { what: `${label}: no-report children given "likely"`, value: f.unmatchedLikely, unit: '', target: '< 0.02' },
    { what: `${label}: pairwise precision at "likely"`, value: f.precision, unit: '', target: '' },
    { what: `${label}: pairwise recall at "likely"`, value: f.recall, unit: '', target: '' },
    { what: `${label}: pairwise F1 at "likely"`, value: f.f1, unit: '', target: '' },
    // Sorted by misses at rank 1 (children × (1 − recall@1)): where the remaining misses come from.
    ...f.byCorruption.map((c) => ({ what: `  ${c.corruption} (${c.children} children): recall@1 / @10`, value: c.recallAt1, unit: `/ ${c.recallAt10.toFixed(3)}`, target: '' })),
  ];
}
