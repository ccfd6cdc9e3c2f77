/**
 * Deadlines as a person sees them: the rules applied to what the database records today,
 * names withheld where the viewer may not see them, and — in the "mine" view — only the rules
 * whose work is that person's role's.
 */
import type { Category } from '../../shared/domain/child';
import type { DeadlineItem, DeadlineList, DeadlineState, FactName } from '../../shared/domain/deadlines';
import type { ChildStatus } from '../../shared/domain/movement';
import type { Role } from '../../shared/domain/roles';
import type { Sqlite } from '../db/open';
import type { ChildViewer } from '../children/service';
import { evaluateDeadlines, type CaseFacts, type ChildFacts, type Facts } from './engine';
import { FACT_PROVIDERS, type PerChild } from './facts';
import { journalHead } from '../journal/journal';
import { DEADLINE_RULES } from './rules';

interface ChildRow {
  id: string;
  admission_no: string;
  name: string;
  category: Category;
  status: ChildStatus;
}

/** Reads every fact the rules need, for every child and for the institution. */
function gatherFacts(db: Sqlite, now: Date) {
  const needed = new Set(DEADLINE_RULES.flatMap((r) => [r.start, ...(r.done ? [r.done.fact] : [])]));
  const perChild: Partial<Record<FactName, PerChild>> = {};
  const institution: Facts = {};
  const cases: CaseFacts[] = [];
  for (const provider of FACT_PROVIDERS) {
    if (!provider.provides.some((f) => needed.has(f))) continue;
    for (const [fact, byChild] of Object.entries(provider.children?.(db) ?? {}) as [FactName, PerChild][]) mergeInto(perChild, fact, byChild);
    Object.assign(institution, provider.institution?.(db, now));
    if (provider.cases) cases.push(...provider.cases(db));
  }
  const byFact = Object.entries(perChild) as [FactName, PerChild][];
  const rows = db.prepare('SELECT id, admission_no, name, category, status FROM children').all() as ChildRow[];
  const children: ChildFacts[] = rows.map((r) => {
    // Only the facts a child has: most have no restoration, review or follow-up.
    const facts: Facts = {};
    for (const [fact, byChild] of byFact) {
      const list = byChild.get(r.id);
      if (list) facts[fact] = list;
    }
    return { childId: r.id, admissionNo: r.admission_no, name: r.name, category: r.category, status: r.status, facts };
  });
  return { children, cases, institution, available: new Set(FACT_PROVIDERS.flatMap((p) => p.provides)) };
}

/** Adds one provider's occurrences of a fact to what others gave (a production from the register and from a case). */
function mergeInto(perChild: Partial<Record<FactName, PerChild>>, fact: FactName, byChild: PerChild): void {
  const have = perChild[fact];
  if (!have) {
    perChild[fact] = byChild;
    return;
  }
  for (const [childId, list] of byChild) have.set(childId, [...(have.get(childId) ?? []), ...list]);
}

/**
 * Every rule over every child, names included, remembered until the next write (the journal
 * head moves with every change a deadline could depend on) or the next minute, whichever comes
 * first: the home screen, the deadlines page and the register's filter all start from it.
 */
const remembered = new WeakMap<Sqlite, { key: string; list: DeadlineList }>();

function everyone(db: Sqlite, now: Date): DeadlineList {
  const key = `${journalHead(db).seq}|${Math.floor(now.getTime() / 60_000)}`;
  const hit = remembered.get(db);
  if (hit?.key === key) return hit.list;
  const list = evaluateDeadlines({ rules: DEADLINE_RULES, ...gatherFacts(db, now), now });
  remembered.set(db, { key, list });
  return list;
}

/** Due and overdue items; `role` null for everyone's, otherwise the rules that role answers for. CCL names only for those who may see them. */
export function listDeadlines(db: Sqlite, viewer: ChildViewer, role: Role | null, now: Date): DeadlineList {
  const all = everyone(db, now);
  const mine = role === null ? null : new Set(DEADLINE_RULES.filter((r) => r.responsible.includes(role)).map((r) => r.id));
  const items = all.items.filter((i) => mine === null || mine.has(i.ruleId)).map((i) => (i.category === 'CCL' && !viewer.canSeeCcl ? withheld(i) : i));
  const overdue = items.filter((i) => i.state === 'overdue').length;
  return { items, counts: { overdue, due: items.length - overdue }, inactive: all.inactive.filter((r) => mine === null || mine.has(r.ruleId)) };
}

/** A CCL child's item for someone who may not see it: no name; a case's, by its case number only. */
const withheld = (i: DeadlineItem): DeadlineItem => (i.caseId === null ? { ...i, name: null } : { ...i, name: null, childId: null, admissionNo: null });

/** Each child's most pressing deadline state, for the register's filter. */
export function deadlineStates(db: Sqlite, now: Date): Map<string, DeadlineState> {
  const states = new Map<string, DeadlineState>();
  for (const item of everyone(db, now).items) {
    if (item.childId && states.get(item.childId) !== 'overdue') states.set(item.childId, item.state);
  }
  return states;
}
