/**
 * Each case's clocks, met or not, from the same rules, facts and arithmetic as the deadlines
 * lists (src/main/deadlines/): for the case's page, its monitoring sheet, the list of cases and
 * the pendency report.
 */
import type { Clock } from '../../shared/domain/deadlines';
import type { Sqlite } from '../db/open';
import { caseClocks, type CaseFacts } from '../deadlines/engine';
import { FACT_PROVIDERS } from '../deadlines/facts';
import { DEADLINE_RULES } from '../deadlines/rules';
import { caseFacts } from './deadline-facts';

const AVAILABLE = new Set(FACT_PROVIDERS.flatMap((p) => p.provides));
const LIMIT_RULES = new Set(DEADLINE_RULES.filter((r) => r.inquiryLimit).map((r) => r.id));

/** The facts every case has from its start; a rule started by anything else (a medical age test, conditional bail) is shown only once it has started. */
const ALWAYS: ReadonlySet<string> = new Set(['apprehension', 'firstProduction']);
const STARTS = new Map(DEADLINE_RULES.map((r) => [r.id, r.start]));

export const clocksOf = (c: CaseFacts, now: Date): Clock[] => caseClocks(DEADLINE_RULES, c, AVAILABLE, now).filter((k) => k.state !== 'notStarted' || ALWAYS.has(STARTS.get(k.ruleId) ?? ''));

/** Every case's facts (or one case's), by case id: one read of the cases, their steps and hearings. */
export const factsByCase = (db: Sqlite, only: string | null = null): Map<string, CaseFacts> => new Map(caseFacts(db, only).map((c) => [c.caseId, c]));

export type InquiryLimit = { dueAt: string; state: Clock['state']; terminated: boolean } | null;

/** The inquiry's time limit among a case's clocks (4 months and any extension), or null before the first production. */
export function inquiryLimit(clocks: readonly Clock[]): InquiryLimit {
  const c = clocks.find((k) => LIMIT_RULES.has(k.ruleId));
  return c && c.dueAt !== null ? { dueAt: c.dueAt, state: c.state, terminated: c.terminated } : null;
}
