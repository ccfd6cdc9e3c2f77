/**
 * The deadlines engine: rules (data, rules.ts) applied to facts (facts.ts) on a day. It knows
 * no rule by name and reads no database: it is the same for every rule, and tested as such.
 *
 * For a child or a case, only the latest start counts (the current stay, the last restoration):
 * what was missed in an earlier stay is not this stay's deadline. The institution's own rules
 * (a report every quarter) produce one item per start. A case's clock can be extended (the
 * inquiry's 4 months by at most 2) by occurrences of the rule's `extendedBy` fact.
 */
import { isInCare, type ChildStatus } from '../../shared/domain/movement';
import type { Category } from '../../shared/domain/child';
import type { CaseTraits, Clock, DeadlineItem, DeadlineList, DeadlineRule, Duration, FactName, Occurrence } from '../../shared/domain/deadlines';
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

/** A case before the Board or the Committee, with its own facts: its clocks run per case, not per child. */
export interface CaseFacts {
  caseId: string;
  caseNo: string;
  childId: string;
  admissionNo: string;
  /** null when withheld from the viewer. */
  name: string | null;
  category: Category;
  pending: boolean;
  traits: CaseTraits;
  facts: Facts;
}

export interface DeadlineInput {
  rules: readonly DeadlineRule[];
  children: readonly ChildFacts[];
  cases?: readonly CaseFacts[];
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
  return [rule.start, ...(rule.done ? [rule.done.fact] : []), ...(rule.extendedBy ? [rule.extendedBy] : [])].filter((f) => !available.has(f));
}

function follows(rule: DeadlineRule, child: ChildFacts): boolean {
  if (rule.categories && !rule.categories.includes(child.category)) return false;
  return rule.while === 'restored' ? child.status === 'restored' : isInCare(child.status);
}

/** Whether a case rule applies to a case, whatever its state: every trait the rule names matches. */
function appliesTo(rule: DeadlineRule, c: CaseFacts): boolean {
  for (const [trait, allowed] of Object.entries(rule.when ?? {}) as [keyof CaseTraits, readonly string[]][]) {
    if (!allowed.includes(c.traits[trait])) return false;
  }
  return true;
}

/** Whether an occurrence falls in the span a start opens: the same period, or from the start to the next start. */
function within(d: Occurrence, start: Occurrence, next: Occurrence | undefined, cal: Calendar): boolean {
  if (start.period !== undefined) return d.period === start.period;
  return cal.time(d.at) >= cal.time(start.at) && (next === undefined || cal.time(d.at) < cal.time(next.at));
}

/** The latest occurrence of the done fact that meets a start, if any. */
function lastDone(rule: DeadlineRule, facts: Facts, start: Occurrence, next: Occurrence | undefined, cal: Calendar): Occurrence | null {
  if (!rule.done) return null;
  const { tag } = rule.done;
  let last: Occurrence | null = null;
  for (const d of facts[rule.done.fact] ?? []) {
    if (tag !== undefined && d.tag !== tag) continue;
    if (within(d, start, next, cal) && (last === null || cal.time(d.at) > cal.time(last.at))) last = d;
  }
  return last;
}

/** The extensions granted after a start, added up (null when none). */
function extensionOf(rule: DeadlineRule, facts: Facts, start: Occurrence, next: Occurrence | undefined, cal: Calendar): Required<Pick<Duration, 'months' | 'days'>> | null {
  if (!rule.extendedBy) return null;
  const granted = (facts[rule.extendedBy] ?? []).filter((e) => e.extend && within(e, start, next, cal));
  if (granted.length === 0) return null;
  return { months: granted.reduce((n, e) => n + (e.extend?.months ?? 0), 0), days: granted.reduce((n, e) => n + (e.extend?.days ?? 0), 0) };
}

interface Due {
  dueAt: string;
  hourly: boolean;
  state: 'open' | 'due' | 'overdue';
  daysLeft: number;
}

/** When a clock started at `from` falls due (plus any extension), and where it stands now. */
function dueFrom(rule: DeadlineRule, from: Occurrence, extension: Duration | null, cal: Calendar): Due {
  if (rule.due.hours !== undefined) {
    const due = cal.time(from.at) + rule.due.hours * HOUR_MS;
    const warnFrom = due - (rule.warn.hours ?? 0) * HOUR_MS;
    return { dueAt: new Date(due).toISOString(), hourly: true, state: cal.nowMs > due ? 'overdue' : cal.nowMs >= warnFrom ? 'due' : 'open', daysLeft: Math.floor((due - cal.nowMs) / (24 * HOUR_MS)) };
  }
  let dueAt = cal.shift(cal.day(from.at), rule.due, false);
  // Extensions differ case by case: not worth remembering.
  if (extension) dueAt = addToDay(dueAt, extension);
  const state = cal.today > dueAt ? 'overdue' : cal.today >= cal.shift(dueAt, rule.warn, true) ? 'due' : 'open';
  return { dueAt, hourly: false, state, daysLeft: cal.daysUntil(dueAt) };
}

/** Whether something done at `doneAt` was in time for `due`. */
function inTime(due: Due, doneAt: string, cal: Calendar): boolean {
  return due.hourly ? cal.time(doneAt) <= Date.parse(due.dueAt) : cal.day(doneAt) <= due.dueAt;
}

interface Open extends Due {
  startedAt: string;
  period: string | null;
  state: 'due' | 'overdue';
}

const sortedStarts = (given: readonly Occurrence[], cal: Calendar) => (given.length === 1 ? given : [...given].sort((a, b) => cal.time(a.at) - cal.time(b.at)));

/** Open deadlines of one rule over one set of facts. */
function openItems(rule: DeadlineRule, facts: Facts, latestOnly: boolean, cal: Calendar): Open[] {
  const given = facts[rule.start];
  if (!given || given.length === 0) return [];
  const starts = sortedStarts(given, cal);
  const out: Open[] = [];
  for (let i = latestOnly ? starts.length - 1 : 0; i < starts.length; i++) {
    const start = starts[i]!;
    const next = starts[i + 1];
    const done = lastDone(rule, facts, start, next, cal);
    // Once: met by anything done. Rolling: the clock runs again from the last time it was met.
    if (rule.mode === 'once' && done) continue;
    const due = dueFrom(rule, rule.mode === 'once' ? start : (done ?? start), extensionOf(rule, facts, start, next, cal), cal);
    if (due.state !== 'open') out.push({ ...due, state: due.state, startedAt: start.at, period: start.period ?? null });
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
    const item = (open: Open, who: ChildFacts | CaseFacts | null): DeadlineItem => ({
      ruleId: rule.id,
      title: rule.title,
      source: rule.source,
      childId: who?.childId ?? null,
      caseId: who && 'caseId' in who ? who.caseId : null,
      caseNo: who && 'caseNo' in who ? who.caseNo : null,
      admissionNo: who?.admissionNo ?? null,
      name: who?.name ?? null,
      category: who?.category ?? null,
      startedAt: open.startedAt,
      dueAt: open.dueAt,
      hourly: open.hourly,
      period: open.period,
      state: open.state,
      daysLeft: open.daysLeft,
      terminated: open.state === 'overdue' && rule.onExpiry === 'terminated',
    });
    if (rule.scope === 'institution') {
      for (const open of openItems(rule, input.institution, false, cal)) items.push(item(open, null));
    } else if (rule.scope === 'case') {
      for (const c of input.cases ?? []) {
        if (!c.pending || !appliesTo(rule, c)) continue;
        for (const open of openItems(rule, c.facts, true, cal)) items.push(item(open, c));
      }
    } else {
      for (const child of input.children) {
        if (!follows(rule, child)) continue;
        for (const open of openItems(rule, child.facts, true, cal)) items.push(item(open, child));
      }
    }
  }
  // Most urgent first: overdue before due, then by how far past or how near.
  items.sort((a, b) => (a.state === b.state ? a.daysLeft - b.daysLeft || (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0) : a.state === 'overdue' ? -1 : 1));
  const overdue = items.filter((i) => i.state === 'overdue').length;
  return { items, counts: { overdue, due: items.length - overdue }, inactive };
}

/**
 * Every clock of one case, met or not: for the case's page (the 24-hour check, the 4 + 2
 * months, the petty-offence termination) and its monitoring sheet (Form 11 / Form 26). The
 * same rules and arithmetic as the deadlines lists.
 */
export function caseClocks(rules: readonly DeadlineRule[], c: CaseFacts, available: ReadonlySet<FactName>, now: Date): Clock[] {
  const cal = new Calendar(now);
  const out: Clock[] = [];
  for (const rule of rules) {
    if (rule.scope !== 'case' || missingFacts(rule, available).length > 0 || !appliesTo(rule, c)) continue;
    const base = { ruleId: rule.id, title: rule.title, source: rule.source, hourly: rule.due.hours !== undefined };
    const given = c.facts[rule.start];
    if (!given || given.length === 0) {
      out.push({ ...base, startedAt: null, dueAt: null, doneAt: null, state: 'notStarted', extendedBy: null, terminated: false });
      continue;
    }
    const starts = sortedStarts(given, cal);
    const start = starts[starts.length - 1]!;
    const done = lastDone(rule, c.facts, start, undefined, cal);
    const extension = extensionOf(rule, c.facts, start, undefined, cal);
    const due = dueFrom(rule, start, extension, cal);
    const state = done ? (inTime(due, done.at, cal) ? 'met' : 'late') : !c.pending ? 'closed' : due.state;
    out.push({ ...base, startedAt: start.at, dueAt: due.dueAt, doneAt: done?.at ?? null, state, extendedBy: extension, terminated: state === 'overdue' && rule.onExpiry === 'terminated' });
  }
  return out;
}
