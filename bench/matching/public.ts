/**
 * Public benchmarks through the generic person profile, by Splink's protocol: pairwise
 * precision/recall/F1 over all pairs, true pairs that blocking never produced counted as false
 * negatives. λ and m are fitted by alternating EM on the unlabelled candidate pairs (u from
 * random pairs at import, as for reports); a pair is predicted a match at probability ≥ 0.5.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import Database from 'better-sqlite3-multiple-ciphers';
import { estimateLambdaAndM, PackedPairs } from '../../src/main/matching/fellegi-sunter';
import { buildIndex } from '../../src/main/matching/index-build';
import { Matcher } from '../../src/main/matching/matcher';
import { personProfile, type FieldSpec, type GenericRecord } from '../../src/main/matching/person-profile';
import type { Row } from '../table';
import { SHARED_DATA } from './name-sources';

const THRESHOLD = 0.5;

interface Dataset {
  name: string;
  fields: FieldSpec[];
  /** Records indexed; queries are the same records (dedupe) or `queries` (link). */
  records: GenericRecord[];
  queries?: GenericRecord[];
  entity: (id: string) => string;
  target: string;
  fullName?: [string, string];
  /** Candidates kept per record after blocking (clusters of up to 21 need more than the default 50). */
  candidates?: number;
}

const csv = (file: string) => parse(readFileSync(join(SHARED_DATA, 'linkage', file), 'utf8'), { columns: true, trim: true, skip_empty_lines: true }) as Record<string, string>[];
const asRecords = (rows: Record<string, string>[], id: string, map: (r: Record<string, string>) => Record<string, string | null>) => rows.map((r) => ({ id: r[id]!, values: map(r) }));

const FEBRL_FIELDS: FieldSpec[] = [
  { field: 'given_name', kind: 'name', block: true },
  { field: 'surname', kind: 'name', block: true },
  { field: 'date_of_birth', kind: 'date', block: true },
  { field: 'postcode', kind: 'exact', block: true },
  { field: 'soc_sec_id', kind: 'id', block: true },
  { field: 'street', kind: 'text' },
  { field: 'address_2', kind: 'text' },
  { field: 'suburb', kind: 'text' },
  { field: 'state', kind: 'exact' },
];
const febrl = (r: Record<string, string>) => ({ ...r, street: [r['street_number'], r['address_1']].filter(Boolean).join(' ') });
const febrlEntity = (id: string) => id.split('-')[1]!;

function datasets(): Dataset[] {
  const splinkFields = (extra: FieldSpec[]): FieldSpec[] => [
    { field: 'first_name', kind: 'name', block: true },
    { field: 'surname', kind: 'name', block: true },
    { field: 'dob', kind: 'date', block: true },
    ...extra,
  ];
  const fake = csv('fake_1000.csv');
  const hist = csv('historical_figures_with_errors_50k.csv');
  const clusterOf = (rows: Record<string, string>[]) => new Map(rows.map((r) => [r['unique_id']!, r['cluster']!]));
  const fakeClusters = clusterOf(fake);
  const histClusters = clusterOf(hist);
  return [
    { name: 'FEBRL4 (link 4a–4b)', fields: FEBRL_FIELDS, records: asRecords(csv('febrl/dataset4a.csv'), 'rec_id', febrl), queries: asRecords(csv('febrl/dataset4b.csv'), 'rec_id', febrl), entity: febrlEntity, target: '≥ 0.995 (Splink 0.9998)' },
    { name: 'FEBRL3 (dedupe)', fields: FEBRL_FIELDS, records: asRecords(csv('febrl/dataset3.csv'), 'rec_id', febrl), entity: febrlEntity, target: '≥ 0.99 (Splink 0.9954)' },
    {
      name: 'fake_1000 (dedupe)',
      fields: splinkFields([{ field: 'city', kind: 'exact', block: true }, { field: 'email', kind: 'email', block: true }]),
      records: asRecords(fake, 'unique_id', (r) => r),
      entity: (id) => fakeClusters.get(id)!,
      target: '≥ 0.86 (Splink 0.862)',
      fullName: ['first_name', 'surname'],
    },
    {
      name: 'historical_50k (dedupe)',
      fields: splinkFields([{ field: 'birth_place', kind: 'text', block: true }, { field: 'postcode_fake', kind: 'exact', block: true }, { field: 'gender', kind: 'exact' }, { field: 'occupation', kind: 'exact' }]),
      records: asRecords(hist, 'unique_id', (r) => r),
      entity: (id) => histClusters.get(id)!,
      target: '≥ 0.93 (Splink 0.931)',
      fullName: ['first_name', 'surname'],
      candidates: 200,
    },
  ];
}

function truePairCount(ids: string[], entity: (id: string) => string, linkIds?: string[]): number {
  const count = (xs: string[]) => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(entity(x), (m.get(entity(x)) ?? 0) + 1);
    return m;
  };
  const a = count(ids);
  if (!linkIds) return [...a.values()].reduce((s, c) => s + (c * (c - 1)) / 2, 0);
  const b = count(linkIds);
  return [...a].reduce((s, [e, c]) => s + c * (b.get(e) ?? 0), 0);
}

export function evaluate(ds: Dataset): { precision: number; recall: number; f1: number; seconds: number; lambda: number; trueLambda: number; blocked: number } {
  const t = performance.now();
  const link = ds.queries !== undefined;
  const queries = ds.queries ?? ds.records;
  const profile = personProfile(ds.name, ds.fields, { matchShare: (size) => 1 / size, fullName: ds.fullName, candidates: ds.candidates });
  const db = new Database(':memory:');
  buildIndex(db, profile, ds.records);
  const matcher = new Matcher(db, profile);
  const prepared = queries.map((q) => profile.prepare(q));
  const pairs: [number, number][] = [];
  const outcomes = new PackedPairs(profile.comparisons.length);
  const stored = new Map<number, GenericRecord>();
  // Dedupe: a pair is blocked when either record finds the other (the union of both sides'
  // candidates, as Splink's blocking rules are symmetric), and scored once.
  const seen = new Set<number>();
  prepared.forEach((q, qi) => {
    for (const c of matcher.candidates(q, link ? 0 : qi + 1)) {
      if (!link) {
        const [lo, hi] = qi + 1 < c.id ? [qi + 1, c.id] : [c.id, qi + 1];
        if (seen.has(lo * 1e6 + hi)) continue;
        seen.add(lo * 1e6 + hi);
      }
      let r = stored.get(c.id);
      if (!r) stored.set(c.id, (r = profile.deserialize(matcher.index.payload(c.id))));
      pairs.push([qi, c.id]);
      outcomes.push(profile.comparisons.map((cmp) => cmp.compare(q, r, matcher.index)));
    }
  });
  // λ and m by alternating EM on the unlabelled candidate pairs, u from random pairs at import,
  // λ over all n(n−1)/2 (or |A|·|B|) pairs, starting from one partner per record.
  const total = link ? ds.records.length * queries.length : (queries.length * (queries.length - 1)) / 2;
  const fitted = estimateLambdaAndM(outcomes, matcher.params, total, 1 / ds.records.length);
  const scorer = new Matcher(db, personProfile(ds.name, ds.fields, { matchShare: () => fitted.lambda, fullName: ds.fullName, candidates: ds.candidates }), fitted.params);
  if (process.env['MATCH_DEBUG']) scorer.profile.comparisons.forEach((c, i) => console.log(c.concept, c.levels.map((l, j) => `${l.name} m ${fitted.params[i]!.m[j]!.toFixed(3)} u ${fitted.params[i]!.u[j]!.toExponential(1)}`).join(' | ')));
  let tp = 0;
  let blocked = 0;
  let predicted = 0;
  for (const [qi, id] of pairs) {
    const q = prepared[qi]!;
    const r = stored.get(id)!;
    const e = scorer.explain(q, r);
    if (ds.entity(q.id) === ds.entity(r.id)) blocked++;
    if (e.probability < THRESHOLD) continue;
    predicted++;
    if (ds.entity(q.id) === ds.entity(r.id)) tp++;
  }
  db.close();
  const truth = truePairCount(ds.records.map((r) => r.id), ds.entity, ds.queries?.map((r) => r.id));
  const precision = tp / Math.max(1, predicted);
  const recall = tp / truth;
  return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall), seconds: (performance.now() - t) / 1000, lambda: fitted.lambda, trueLambda: truth / total, blocked: blocked / truth };
}

/** `only`: a substring of the dataset names to run (MATCH_PUBLIC=historical). */
export function publicRows(only?: string): Row[] {
  const rows: Row[] = [];
  for (const ds of datasets().filter((d) => !only || d.name.includes(only))) {
    const r = evaluate(ds);
    rows.push({ what: `${ds.name}: pairwise F1`, value: r.f1, unit: '', target: ds.target });
    rows.push({ what: `${ds.name}: precision / recall`, value: r.precision, unit: `/ ${r.recall.toFixed(4)}`, target: '' });
    rows.push({ what: `${ds.name}: true pairs among blocked pairs`, value: r.blocked, unit: '', target: '' });
    // λ is fitted without labels; the true share is shown only to judge the fit.
    rows.push({ what: `${ds.name}: fitted λ ×1000 (true share)`, value: r.lambda * 1000, unit: `(${(r.trueLambda * 1000).toFixed(3)})`, target: '' });
    rows.push({ what: `${ds.name}: time`, value: r.seconds, unit: 's', target: '' });
  }
  return rows;
}
