/** Small, pure helpers for the Matches page and the review screen (tested without a browser). */
import type { OutputOf } from '../../shared/api/contract';

export type MatchList = OutputOf<'matches.list'>;
export type MatchItem = MatchList['new'][number];
export type Explanation = NonNullable<OutputOf<'matches.pair'>['candidate']>['explanation'];
export type Bar = Explanation['bars'][number];
export type MatchLabel = 'likely' | 'possible' | 'unlikely';

/**
 * A probability as people read it. Never "100%" or "0%": the engine is never certain, and a
 * reviewer must not read it as a fact.
 */
export function formatPercent(p: number): string {
  const pct = p * 100;
  if (pct >= 99.9) return '> 99.9%';
  if (pct < 0.1) return '< 0.1%';
  if (pct < 10 || pct > 99) return `${pct.toFixed(1)}%`;
  return `${Math.round(pct)}%`;
}

/** Bits with their sign, one decimal: +12.3, −4.0, 0.0 (a real minus sign, as it is read aloud). */
export function formatBits(w: number): string {
  const r = Math.round(w * 10) / 10;
  if (r === 0) return '0.0';
  return `${r > 0 ? '+' : '−'}${Math.abs(r).toFixed(1)}`;
}

/** The engine's concept names (child-comparisons.ts) → the i18n keys under `matchConcept`. */
const CONCEPT_KEYS: Record<string, string> = {
  name: 'name',
  "father's name": 'fatherName',
  "mother's name": 'motherName',
  sex: 'sex',
  'age in time': 'age',
  'time missing': 'timeMissing',
  place: 'place',
  languages: 'languages',
  height: 'height',
  'identification marks': 'marks',
  complexion: 'complexion',
};

/** The engine's level names → the i18n keys under `matchLevel`. */
const LEVEL_KEYS: Record<string, string> = {
  exact: 'exact',
  'same key': 'sameKey',
  'same consonants': 'sameConsonants',
  'token subset': 'tokenSubset',
  'similar spelling': 'similarSpelling',
  'token subset, respelt': 'tokenSubsetRespelt',
  'one token agrees': 'oneToken',
  'one token alike': 'oneTokenAlike',
  'same nickname': 'sameNickname',
  different: 'different',
  same: 'same',
  'same date of birth': 'sameDob',
  'within half a year': 'withinHalfYear',
  'within a year': 'withinYear',
  close: 'close',
  plausible: 'plausible',
  inconsistent: 'inconsistent',
  'within a month': 'withinMonth',
  'within six months': 'withinSixMonths',
  'within two years': 'withinTwoYears',
  longer: 'longer',
  'same village': 'sameVillage',
  'same police station': 'samePoliceStation',
  'same district': 'sameDistrict',
  'neighbouring district': 'neighbouringDistrict',
  'same state': 'sameState',
  'different place': 'differentPlace',
  'shared language': 'sharedLanguage',
  'no shared language': 'noSharedLanguage',
  'close after growth': 'closeAfterGrowth',
  'plausible after growth': 'plausibleAfterGrowth',
  far: 'far',
  'same mark and side': 'sameMarkSide',
  'same mark': 'sameMark',
  'no common mark': 'noCommonMark',
  'side conflict': 'sideConflict',
  missing: 'missing',
};

/** The i18n key of a concept or level, or null for one this version does not know (shown as it came). */
export const conceptKey = (concept: string): string | null => CONCEPT_KEYS[concept] ?? null;
export const levelKey = (level: string): string | null => LEVEL_KEYS[level] ?? null;

/** The comparisons that weighed most (by size, either way), for the list; "not recorded" ones never. */
export function topBars(explanation: Explanation, n = 3): Bar[] {
  return explanation.bars
    .filter((b) => b.level !== 'missing' && b.weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, n);
}

/** One step of the waterfall: where the running total stands before and after it. */
export interface Step {
  kind: 'prior' | 'bar' | 'total';
  bar: Bar | null;
  weight: number;
  from: number;
  to: number;
}

/** The prior from zero, then each comparison from where the last left off, then the total from zero. */
export function waterfall(e: Explanation): { steps: Step[]; min: number; max: number } {
  const steps: Step[] = [{ kind: 'prior', bar: null, weight: e.prior, from: 0, to: e.prior }];
  let at = e.prior;
  for (const bar of e.bars) {
    steps.push({ kind: 'bar', bar, weight: bar.weight, from: at, to: at + bar.weight });
    at += bar.weight;
  }
  steps.push({ kind: 'total', bar: null, weight: e.total, from: 0, to: e.total });
  const ends = steps.flatMap((s) => [s.from, s.to]);
  // At least ±1 bit around zero, so an explanation of zeros still draws.
  return { steps, min: Math.min(-1, ...ends), max: Math.max(1, ...ends) };
}

/** A value's place on the waterfall's scale, as a percentage from the left edge. */
export const scalePosition = (v: number, min: number, max: number) => ((v - min) / (max - min)) * 100;

/** The pairs still to be decided, in the order the Matches page lists them: new, then possible. */
export function openPairs(list: MatchList): MatchItem[] {
  return [...list.new, ...list.possible];
}

export const pairKey = (p: { childId: string; reportId: string }) => `${p.childId}\u0000${p.reportId}`;

/**
 * Where to go after deciding `current`: the pair that followed it in the list as it stood
 * before the decision, if still open; otherwise the first open pair; null when none is left.
 */
export function nextPair(before: readonly MatchItem[], after: readonly MatchItem[], current: { childId: string; reportId: string }): MatchItem | null {
  const stillOpen = new Set(after.map(pairKey));
  const here = before.findIndex((p) => pairKey(p) === pairKey(current));
  const following = here >= 0 ? before.slice(here + 1) : [];
  const next = following.find((p) => stillOpen.has(pairKey(p)) && pairKey(p) !== pairKey(current));
  return next ?? after.find((p) => pairKey(p) !== pairKey(current)) ?? null;
}

/** Decision shortcuts: Alt + a letter, by physical key so that a Hindi keyboard layout works too. */
export const DECISION_KEYS = { confirm: 'KeyC', reject: 'KeyR', not_sure: 'KeyN' } as const;
export const DECISION_LETTERS = { confirm: 'C', reject: 'R', not_sure: 'N' } as const;

export function decisionForKey(e: { altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; code: string }): keyof typeof DECISION_KEYS | null {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return null;
  const hit = (Object.keys(DECISION_KEYS) as (keyof typeof DECISION_KEYS)[]).find((d) => DECISION_KEYS[d] === e.code);
  return hit ?? null;
}

/** The snapshot import job's result, if it has the expected shape. */
export interface SnapshotImportSummary {
  version: number;
  reports: number;
  children: number;
  newPairs: number;
}

export function snapshotImportSummary(result: unknown): SnapshotImportSummary | null {
  if (typeof result !== 'object' || result === null) return null;
  const r = result as Record<string, unknown>;
  const m = r['matching'] as Record<string, unknown> | undefined;
  const nums = [r['version'], r['reports'], m?.['children'], m?.['newPairs']];
  if (!nums.every((n) => typeof n === 'number')) return null;
  const [version, reports, children, newPairs] = nums as number[];
  return { version: version!, reports: reports!, children: children!, newPairs: newPairs! };
}

/** The rematch job's result (a MatchRun), if it has the expected shape. */
export function matchRunSummary(result: unknown): { children: number; newPairs: number } | null {
  if (typeof result !== 'object' || result === null) return null;
  const r = result as Record<string, unknown>;
  return typeof r['children'] === 'number' && typeof r['newPairs'] === 'number' ? { children: r['children'], newPairs: r['newPairs'] } : null;
}
