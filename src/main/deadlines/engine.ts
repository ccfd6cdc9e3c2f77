/**
 * The deadlines engine: rules (data, rules.ts) applied to facts (facts.ts) on a day. It knows
 * no rule by name and reads no database: it is the same for every rule, and tested as such.
 *
 * For a child, only the latest start counts (the current stay, the last restoration): what
 * was missed in an earlier stay is not this stay's deadline. The institution's own rules
 * (a report every quarter) produce one item per start.
 */
import { isInCare, type ChildStatus } from '../../shared/domain/movement';
import type { Category } from '../../shared/domain/child';
import type { DeadlineItem, DeadlineList, DeadlineRule, DeadlineState, FactName, Occurrence } from '../../shared/domain/deadlines';
import { addToDay, dayOf, daysBetween, subtractFromDay } from './calendar';
import { todayIst } from '../../shared/util/dates';

export type Facts = Partial<Record<FactName, readonly Occurrence[]>>;

export interface ChildFacts {
  childId: string;
  admissionNo: string;
  /** null when withheld from the viewer. */
  name: string | null;
  category: Category;
  status: ChildStatus;
  facts: Facts;
}

export interface DeadlineInput {
  rules: readonly DeadlineRule[];
  children: readonly ChildFacts[];
  institution: Facts;
  /** The facts something records; a rule reading any other is inactive, not overdue. */
  available: ReadonlySet<FactName>;
  now: Date;
}

const HOUR_MS = 3_600_000;
const time = (o: Occurrence) => (/^\d{4}-\d{2}-\d{2}$/.test(o.at) ? Date.parse(`${o.at}T00:00:00+05:30`) : Date.parse(o.at));
const byTime = (a: Occurrence, b: Occurrence) => time(a) - time(b);

export function missingFacts(rule: DeadlineRule, available: ReadonlySet<FactName>): FactName[] {
  return [rule.start, ...(rule.done ? [rule.done.fact] : [])].filter((f) => !available.has(f));
}

function follows(rule: DeadlineRule, child: ChildFacts): boolean {
  if (rule.categories && !rule.categories.includes(child.category)) return false;
  return rule.while === 'restored' ? child.status === 'restored' : isInCare(child.status);
}

/** The occurrences of the done fact that meet a start (same period, or within [start, next start)). */
function doneFor(rule: DeadlineRule, facts: Facts, start: Occurrence, next: Occurrence | undefined): Occurrence[] {
  if (!rule.done) return [];
  const { tag } = rule.done;
  return (facts[rule.done.fact] ?? []).filter((d) => {
    if (tag !== undefined && d.tag !== tag) return false;
    if (start.period !== undefined) return d.period === start.period;
    return time(d) >= time(start) && (next === undefined || time(d) < time(next));
  });
}

interface Open {
  startedAt: string;
  dueAt: string;
  hourly: boolean;
  period: string | null;
  state: DeadlineState;
  daysLeft: number;
}

/** Where a clock started at `from` stands now, or null while it is not yet worth showing. */
function standing(rule: DeadlineRule, from: Occurrence, now: Date): Open | null {
  const hourly = rule.due.hours !== undefined;
  let dueAt: string;
  let state: DeadlineState | null;
  let daysLeft: number;
  if (hourly) {
    const due = time(from) + (rule.due.hours ?? 0) * HOUR_MS;
    dueAt = new Date(due).toISOString();
    const warnFrom = due - (rule.warn.hours ?? 0) * HOUR_MS;
    state = now.getTime() > due ? 'overdue' : now.getTime() >= warnFrom ? 'due' : null;
    daysLeft = Math.floor((due - now.getTime()) / (24 * HOUR_MS));
  } else {
    dueAt = addToDay(dayOf(from.at), rule.due);
    const today = todayIst(now);
    state = today > dueAt ? 'overdue' : today >= subtractFromDay(dueAt, rule.warn) ? 'due' : null;
    daysLeft = daysBetween(today, dueAt);
  }
  return state && { startedAt: from.at, dueAt, hourly, period: from.period ?? null, state, daysLeft };
}

/** Open deadlines of one rule over one set of facts. */
function openItems(rule: DeadlineRule, facts: Facts, latestOnly: boolean, now: Date): Open[] {
  const starts = [...(facts[rule.start] ?? [])].sort(byTime);
  const considered = latestOnly ? starts.slice(-1) : starts;
  return considered.flatMap((start) => {
    const next = starts[starts.indexOf(start) + 1];
    const done = doneFor(rule, facts, start, next).sort(byTime);
    if (rule.mode === 'once') {
      if (done.length > 0) return [];
      const open = standing(rule, start, now);
      return open ? [open] : [];
    }
    // Rolling: the clock runs again from the last time it was met.
    const open = standing(rule, done.at(-1) ?? start, now);
    return open ? [{ ...open, startedAt: start.at }] : [];
  });
}

export function evaluateDeadlines(input: DeadlineInput): DeadlineList {
  const items: DeadlineItem[] = [];
  const inactive: DeadlineList['inactive'] = [];
  for (const rule of input.rules) {
    const missing = missingFacts(rule, input.available);
    if (missing.length > 0) {
      inactive.push({ ruleId: rule.id, title: rule.title, missing });
      continue;
    }
    const base = { ruleId: rule.id, title: rule.title, source: rule.source };
    if (rule.scope === 'institution') {
      for (const open of openItems(rule, input.institution, false, input.now)) items.push({ ...base, ...open, childId: null, admissionNo: null, name: null, category: null });
      continue;
    }
    for (const child of input.children) {
      if (!follows(rule, child)) continue;
      for (const open of openItems(rule, child.facts, true, input.now)) {
        items.push({ ...base, ...open, childId: child.childId, admissionNo: child.admissionNo, name: child.name, category: child.category });
      }
    }
  }
  // Most urgent first: overdue before due, then by how far past or how near.
  items.sort((a, b) => (a.state === b.state ? a.daysLeft - b.daysLeft || a.dueAt.localeCompare(b.dueAt) : a.state === 'overdue' ? -1 : 1));
  return { items, inactive };
}
