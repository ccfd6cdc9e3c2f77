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
import { estimateLambdaAndM, PackedPairs, probabilityOf } from '../../src/main/matching/fellegi-sunter';
import { buildIndex } from '../../src/main/matching/index-build';
import { Matcher } from '../../src/main/matching/matcher';
import { personProfile, type FieldSpec, type GenericRecord } from '../../src/main/matching/person-profile';
import type { Row } from '../table';
import { averageLinkage, closure, type AverageLinkage } from './clustering';
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
  place?: [string, string];
  /** Candidates kept per record after blocking (clusters of up to 21 need more than the default 50). */
  candidates?: number;
  /** The blocking rules Splink's own example uses on this dataset, to show the bound they put on its F1. */
  splinkBlocking?: BlockingRule[];
}

type Values = Record<string, string | null>;
/** One Splink `block_on(...)`: the pair is blocked when every part agrees; an empty part never agrees (SQL NULL). */
type BlockingRule = (r: Values) => string | null;
const blockOn =
  (...parts: (string | [string, number])[]): BlockingRule =>
  (r) => {
    const values = parts.map((p) => (typeof p === 'string' ? r[p] : r[p[0]]?.slice(0, p[1])) || null);
    return values.every((v) => v !== null) ? values.join('\u0001') : null;
  };
const blockedByAny = (rules: BlockingRule[], a: Values, b: Values) => rules.some((rule) => rule(a) !== null && rule(a) === rule(b));

const csv = (file: string) => parse(readFileSync(join(SHARED_DATA, 'linkage', file), 'utf8'), { columns: true, trim: true, skip_empty_lines: true }) as Record<string, string>[];
const asRecords = (rows: Record<string, string>[], id: string, map: (r: Record<string, string>) => Record<string, string | null>) => rows.map((r) => ({ id: r[id]!, values: map(r) }));

/** Words of a full name that are not names: titles, honours, peerage words, ordinals, bracketed notes. */
const NOT_A_NAME = /^(sir|lady|lord|dame|hon\.?|honourable|rev\.?|reverend|dr\.?|mr\.?|mrs\.?|miss|ms\.?|captain|colonel|general|admiral|major|prince|princess|count|countess|duke|earl|baron|baroness|viscount|marquess|baronet|bt\.?|of|the|and|\d+(st|nd|rd|th)|\(.*\))$/;

/**
 * Forename and surname taken again from the full name without its titles, the standardising
 * Splink asks for before linking: the given columns are the full name's first and last words,
 * so "sir edmund loder, 2nd baronet" has the forename "sir" and the surname "baronet".
 */
export function namesWithoutTitles(full: string): { first_name: string | null; surname: string | null } {
  const words = full.split(/[\s,]+/).filter((w) => w && !NOT_A_NAME.test(w));
  return { first_name: words.length > 1 ? words[0]! : null, surname: words.at(-1) ?? null };
}

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
      records: asRecords(hist, 'unique_id', (r) => ({ ...r, ...namesWithoutTitles(r['full_name'] ?? '') })),
      entity: (id) => histClusters.get(id)!,
      target: '≥ 0.93 (Splink 0.931)',
      fullName: ['first_name', 'surname'],
      place: ['birth_place', 'postcode_fake'],
      candidates: 200,
      // splink/docs/demos/examples/duckdb/deduplicate_50k_synthetic.ipynb (Splink 4).
      splinkBlocking: [
        blockOn('first_name', 'surname'),
        blockOn('surname', 'dob'),
        blockOn('first_name', 'dob'),
        blockOn('postcode_fake', 'first_name'),
        blockOn('postcode_fake', 'surname'),
        blockOn('dob', 'birth_place'),
        blockOn(['postcode_fake', 3], 'dob'),
        blockOn(['postcode_fake', 3], 'first_name'),
        blockOn(['postcode_fake', 3], 'surname'),
        blockOn(['first_name', 2], ['surname', 2], ['dob', 4]),
      ],
    },
  ];
}

/** Every true pair as [query index, record index] (dedupe: each unordered pair once, query < record). */
function truePairs(ds: Dataset): [number, number][] {
  const byEntity = new Map<string, number[]>();
  ds.records.forEach((r, i) => {
    const e = ds.entity(r.id);
    byEntity.set(e, [...(byEntity.get(e) ?? []), i]);
  });
  const out: [number, number][] = [];
  if (ds.queries) {
    ds.queries.forEach((q, qi) => byEntity.get(ds.entity(q.id))?.forEach((ri) => out.push([qi, ri])));
    return out;
  }
  for (const members of byEntity.values()) for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) out.push([members[i]!, members[j]!]);
  return out;
}

interface Scores {
  precision: number;
  recall: number;
  f1: number;
}
const scores = (tp: number, predicted: number, truth: number): Scores => {
  const precision = tp / Math.max(1, predicted);
  const recall = tp / truth;
  return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall) };
};

/** Transitive closure links pairs at or above this probability (the app's "likely"). */
const CLOSURE_AT = 0.9;
/** Average linkage: seeded by the near-certain pairs (p ≥ 0.99), merged while the mean pair between two clusters favours a match. */
const AVERAGE_LINKAGE: AverageLinkage = { seedAt: Math.log2(0.99 / 0.01), mergeAbove: 0 };

/** Pairwise scores of a clustering: every pair inside a cluster is predicted, pairs blocking never produced included. */
function clusteredScores(cluster: Int32Array, entityOf: (i: number) => string, truth: number): Scores {
  const members = new Map<number, Map<string, number>>();
  cluster.forEach((c, i) => {
    const byEntity = members.get(c) ?? new Map<string, number>();
    byEntity.set(entityOf(i), (byEntity.get(entityOf(i)) ?? 0) + 1);
    members.set(c, byEntity);
  });
  const pairsOf = (n: number) => (n * (n - 1)) / 2;
  let predicted = 0;
  let tp = 0;
  for (const byEntity of members.values()) {
    predicted += pairsOf([...byEntity.values()].reduce((a, b) => a + b, 0));
    for (const n of byEntity.values()) tp += pairsOf(n);
  }
  return scores(tp, predicted, truth);
}

interface Evaluation {
  /** Splink's default protocol: a true pair blocking never produced is a false negative. */
  blockingCounts: Scores;
  /** Splink's option positives_not_captured_by_blocking_rules_scored_as_zero=False: the model scores every true pair. */
  allTruePairsScored: Scores;
  seconds: number;
  lambda: number;
  trueLambda: number;
  blocked: number;
  /** Share of the true pairs Splink's own example blocking rules produce (undefined: none given). */
  splinkBlocked?: number;
  /** Dedupe only: after transitive closure at CLOSURE_AT, and after average linkage. */
  closure?: Scores;
  averageLinkage?: Scores;
}

export function evaluate(ds: Dataset): Evaluation {
  const t = performance.now();
  const link = ds.queries !== undefined;
  const queries = ds.queries ?? ds.records;
  const profile = personProfile(ds.name, ds.fields, { matchShare: (size) => 1 / size, fullName: ds.fullName, place: ds.place, candidates: ds.candidates });
  const db = new Database(':memory:');
  buildIndex(db, profile, ds.records);
  const matcher = new Matcher(db, profile);
  const prepared = queries.map((q) => profile.prepare(q));
  const preparedRecords = link ? ds.records.map((r) => profile.prepare(r)) : prepared;
  // Pairs as [query index, record index]; index ids are record index + 1.
  const pairs: [number, number][] = [];
  const outcomes = new PackedPairs(profile.comparisons.length);
  const key = (qi: number, ri: number) => (link || qi < ri ? qi * 1e6 + ri : ri * 1e6 + qi);
  // Dedupe: a pair is blocked when either record finds the other (the union of both sides'
  // candidates, as Splink's blocking rules are symmetric), and scored once.
  const seen = new Set<number>();
  prepared.forEach((q, qi) => {
    for (const c of matcher.candidates(q, link ? 0 : qi + 1)) {
      const ri = c.id - 1;
      if (seen.has(key(qi, ri))) continue;
      seen.add(key(qi, ri));
      pairs.push([qi, ri]);
      outcomes.push(profile.comparisons.map((cmp) => cmp.compare(q, preparedRecords[ri]!, matcher.index)));
    }
  });
  // λ and m by alternating EM on the unlabelled candidate pairs, u from random pairs at import,
  // λ over all n(n−1)/2 (or |A|·|B|) pairs, starting from one partner per record.
  const total = link ? ds.records.length * queries.length : (queries.length * (queries.length - 1)) / 2;
  const fitted = estimateLambdaAndM(outcomes, matcher.params, total, 1 / ds.records.length);
  const scorer = new Matcher(db, personProfile(ds.name, ds.fields, { matchShare: () => fitted.lambda, fullName: ds.fullName, place: ds.place, candidates: ds.candidates }), fitted.params);
  if (process.env['MATCH_DEBUG']) scorer.profile.comparisons.forEach((c, i) => console.log(c.concept, c.levels.map((l, j) => `${l.name} m ${fitted.params[i]!.m[j]!.toFixed(3)} u ${fitted.params[i]!.u[j]!.toExponential(1)}`).join(' | ')));
  const weight = (qi: number, ri: number) => scorer.explain(prepared[qi]!, preparedRecords[ri]!).total;
  const isMatch = (qi: number, ri: number) => probabilityOf(weight(qi, ri)) >= THRESHOLD;
  const sameEntity = (qi: number, ri: number) => ds.entity(queries[qi]!.id) === ds.entity(ds.records[ri]!.id);
  // Each blocked pair is scored once; the pairwise count and the clusters both read it.
  const weights = Float64Array.from(pairs, ([qi, ri]) => weight(qi, ri));
  const probabilities = weights.map(probabilityOf);
  let tp = 0;
  let blocked = 0;
  let predicted = 0;
  pairs.forEach(([qi, ri], k) => {
    if (sameEntity(qi, ri)) blocked++;
    if (probabilities[k]! < THRESHOLD) return;
    predicted++;
    if (sameEntity(qi, ri)) tp++;
  });
  const truth = truePairs(ds);
  const entityOf = (i: number) => ds.entity(queries[i]!.id);
  const clustered = link
    ? {}
    : {
        closure: clusteredScores(closure(queries.length, pairs, (k) => probabilities[k]! >= CLOSURE_AT), entityOf, truth.length),
        averageLinkage: clusteredScores(averageLinkage(queries.length, pairs, weights, AVERAGE_LINKAGE), entityOf, truth.length),
      };
  const unblockedFound = truth.filter(([qi, ri]) => !seen.has(key(qi, ri)) && isMatch(qi, ri)).length;
  const values = (i: number, side: GenericRecord[]) => side[i]!.values;
  const splinkBlocked = ds.splinkBlocking && truth.filter(([qi, ri]) => blockedByAny(ds.splinkBlocking!, values(qi, queries), values(ri, ds.records))).length / truth.length;
  db.close();
  return {
    blockingCounts: scores(tp, predicted, truth.length),
    allTruePairsScored: scores(tp + unblockedFound, predicted + unblockedFound, truth.length),
    seconds: (performance.now() - t) / 1000,
    lambda: fitted.lambda,
    trueLambda: truth.length / total,
    blocked: blocked / truth.length,
    splinkBlocked,
    ...clustered,
  };
}

/** `only`: a substring of the dataset names to run (MATCH_PUBLIC=historical). */
export function publicRows(only?: string): Row[] {
  const rows: Row[] = [];
  for (const ds of datasets().filter((d) => !only || d.name.includes(only))) {
    const r = evaluate(ds);
    const { blockingCounts: b, allTruePairsScored: all } = r;
    rows.push({ what: `${ds.name}: pairwise F1`, value: b.f1, unit: '', target: ds.target });
    rows.push({ what: `${ds.name}: precision / recall`, value: b.precision, unit: `/ ${b.recall.toFixed(4)}`, target: '' });
    rows.push({ what: `${ds.name}: true pairs among blocked pairs`, value: r.blocked, unit: '', target: '' });
    if (r.splinkBlocked !== undefined) {
      // Recall can never exceed the blocked share, so 2b/(1+b) bounds F1 under the same protocol.
      rows.push({ what: `${ds.name}: true pairs Splink's example blocking keeps`, value: r.splinkBlocked, unit: `(F1 ≤ ${((2 * r.splinkBlocked) / (1 + r.splinkBlocked)).toFixed(3)})`, target: '' });
    }
    rows.push({ what: `${ds.name}: F1, every true pair scored (P / R)`, value: all.f1, unit: `(${all.precision.toFixed(4)} / ${all.recall.toFixed(4)})`, target: '' });
    const clusteredRow = (how: string, c: Scores) => rows.push({ what: `${ds.name}: F1 after ${how} (P / R)`, value: c.f1, unit: `(${c.precision.toFixed(4)} / ${c.recall.toFixed(4)})`, target: '' });
    if (r.closure) clusteredRow(`transitive closure at p ≥ ${CLOSURE_AT}`, r.closure);
    if (r.averageLinkage) clusteredRow('average linkage (seeds p ≥ 0.99, mean pair weight > 0)', r.averageLinkage);
    // λ is fitted without labels; the true share is shown only to judge the fit.
    rows.push({ what: `${ds.name}: fitted λ ×1000 (true share)`, value: r.lambda * 1000, unit: `(${(r.trueLambda * 1000).toFixed(3)})`, target: '' });
    rows.push({ what: `${ds.name}: time`, value: r.seconds, unit: 's', target: '' });
  }
  return rows;
}
