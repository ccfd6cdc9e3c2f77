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
import type { DeadlineItem, DeadlineList, DeadlineRule, DeadlineState, Duration, FactName, Occurrence } from '../../shared/domain/deadlines';
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

/**
 * The calendar work of one evaluation. Thousands of children share a few hundred admission
 * days, so days, instants and due dates are worked out once each and remembered.
 */
class Calendar {
  readonly today: string;
  readonly nowMs: number;
  private readonly times = new Map<string, number>();
  private readonly days = new Map<string, string>();
  private readonly until = new Map<string, number>();
  /** Per duration (the rule's own object), day → shifted day. */
  private readonly shifted = new Map<Duration, Map<string, string>>();

  constructor(now: Date) {
    this.nowMs = now.getTime();
    this.today = todayIst(now);
  }

  /** An occurrence's instant; a calendar day counts from its start in India. */
  time(at: string): number {
    let t = this.times.get(at);
    if (t === undefined) this.times.set(at, (t = at.length === 10 ? Date.parse(`${at}T00:00:00+05:30`) : Date.parse(at)));
    return t;
  }

  day(at: string): string {
    let d = this.days.get(at);
    if (d === undefined) this.days.set(at, (d = dayOf(at)));
    return d;
  }

  /** Whole days from today to `day` (negative when past). */
  daysUntil(day: string): number {
    let n = this.until.get(day);
    if (n === undefined) this.until.set(day, (n = daysBetween(this.today, day)));
    return n;
  }

  /** `day` moved by a duration, forwards or (back) backwards. */
  shift(day: string, by: Duration, back: boolean): string {
    let byDay = this.shifted.get(by);
    if (!byDay) this.shifted.set(by, (byDay = new Map()));
    // A duration is used either forwards (due) or backwards (warn) by a rule, never both.
    let d = byDay.get(day);
    if (d === undefined) byDay.set(day, (d = back ? subtractFromDay(day, by) : addToDay(day, by)));
    return d;
  }
}

export function missingFacts(rule: DeadlineRule, available: ReadonlySet<FactName>): FactName[] {
  return [rule.start, ...(rule.done ? [rule.done.fact] : [])].filter((f) => !available.has(f));
}

function follows(rule: DeadlineRule, child: ChildFacts): boolean {
  if (rule.categories && !rule.categories.includes(child.category)) return false;
  return rule.while === 'restored' ? child.status === 'restored' : isInCare(child.status);
}

/** The latest occurrence of the done fact that meets a start (same period, or within [start, next start)), if any. */
function lastDone(rule: DeadlineRule, facts: Facts, start: Occurrence, next: Occurrence | undefined, cal: Calendar): Occurrence | null {
  if (!rule.done) return null;
  const { tag } = rule.done;
  let last: Occurrence | null = null;
  for (const d of facts[rule.done.fact] ?? []) {
    if (tag !== undefined && d.tag !== tag) continue;
    const meets = start.period !== undefined ? d.period === start.period : cal.time(d.at) >= cal.time(start.at) && (next === undefined || cal.time(d.at) < cal.time(next.at));
    if (meets && (last === null || cal.time(d.at) > cal.time(last.at))) last = d;
  }
  return last;
}

interface Open {
  startedAt: string;
  dueAt: string;
  hourly: boolean;
  period: string | null;
  state: DeadlineState;
  daysLeft: number;
}

/** Where a clock started at `from` (for the stay or period started at `startedAt`) stands now, or null while it is not yet worth showing. */
function standing(rule: DeadlineRule, from: Occurrence, startedAt: Occurrence, cal: Calendar): Open | null {
  const hourly = rule.due.hours !== undefined;
  let dueAt: string;
  let state: DeadlineState | null;
  let daysLeft: number;
  if (hourly) {
    const due = cal.time(from.at) + (rule.due.hours ?? 0) * HOUR_MS;
    const warnFrom = due - (rule.warn.hours ?? 0) * HOUR_MS;
    state = cal.nowMs > due ? 'overdue' : cal.nowMs >= warnFrom ? 'due' : null;
    if (!state) return null;
    dueAt = new Date(due).toISOString();
    daysLeft = Math.floor((due - cal.nowMs) / (24 * HOUR_MS));
  } else {
    dueAt = cal.shift(cal.day(from.at), rule.due, false);
    state = cal.today > dueAt ? 'overdue' : cal.today >= cal.shift(dueAt, rule.warn, true) ? 'due' : null;
    if (!state) return null;
    daysLeft = cal.daysUntil(dueAt);
  }
  return { startedAt: startedAt.at, dueAt, hourly, period: startedAt.period ?? null, state, daysLeft };
}

/** Open deadlines of one rule over one set of facts. */
function openItems(rule: DeadlineRule, facts: Facts, latestOnly: boolean, cal: Calendar): Open[] {
  const given = facts[rule.start];
  if (!given || given.length === 0) return [];
  const starts = given.length === 1 ? given : [...given].sort((a, b) => cal.time(a.at) - cal.time(b.at));
  const out: Open[] = [];
  for (let i = latestOnly ? starts.length - 1 : 0; i < starts.length; i++) {
    const start = starts[i]!;
    const done = lastDone(rule, facts, start, starts[i + 1], cal);
    // Once: met by anything done. Rolling: the clock runs again from the last time it was met.
    const open = rule.mode === 'once' ? (done ? null : standing(rule, start, start, cal)) : standing(rule, done ?? start, start, cal);
    if (open) out.push(open);
  }
  return out;
}

export function evaluateDeadlines(input: DeadlineInput): DeadlineList {
  const cal = new Calendar(input.now);
  const items: DeadlineItem[] = [];
  const inactive: DeadlineList['inactive'] = [];
  for (const rule of input.rules) {
    const missing = missingFacts(rule, input.available);
    if (missing.length > 0) {
      inactive.push({ ruleId: rule.id, title: rule.title, missing });
      continue;
    }
    const item = (open: Open, child: ChildFacts | null): DeadlineItem => ({
      ruleId: rule.id,
      title: rule.title,
      source: rule.source,
      childId: child?.childId ?? null,
      admissionNo: child?.admissionNo ?? null,
      name: child?.name ?? null,
      category: child?.category ?? null,
      startedAt: open.startedAt,
      dueAt: open.dueAt,
      hourly: open.hourly,
      period: open.period,
      state: open.state,
      daysLeft: open.daysLeft,
    });
    if (rule.scope === 'institution') {
      for (const open of openItems(rule, input.institution, false, cal)) items.push(item(open, null));
      continue;
    }
    for (const child of input.children) {
      if (!follows(rule, child)) continue;
      for (const open of openItems(rule, child.facts, true, cal)) items.push(item(open, child));
    }
  }
  // Most urgent first: overdue before due, then by how far past or how near.
  items.sort((a, b) => (a.state === b.state ? a.daysLeft - b.daysLeft || (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0) : a.state === 'overdue' ? -1 : 1));
  const overdue = items.filter((i) => i.state === 'overdue').length;
  return { items, counts: { overdue, due: items.length - overdue }, inactive };
}
