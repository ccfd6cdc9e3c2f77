/**
 * Deadlines as a person sees them: the rules applied to what the database records today,
 * names withheld where the viewer may not see them, and — in the "mine" view — only the rules
 * whose work is that person's role's.
 */
import type { Category } from '../../shared/domain/child';
import type { DeadlineList, DeadlineRule, DeadlineState, FactName } from '../../shared/domain/deadlines';
import type { ChildStatus } from '../../shared/domain/movement';
import type { Role } from '../../shared/domain/roles';
import type { Sqlite } from '../db/open';
import type { ChildViewer } from '../children/service';
import { evaluateDeadlines, type ChildFacts, type Facts } from './engine';
import { FACT_PROVIDERS, type FactProvider, type PerChild } from './facts';
import { DEADLINE_RULES } from './rules';

export interface DeadlineSetup {
  rules: readonly DeadlineRule[];
  providers: readonly FactProvider[];
}

export const DEFAULT_SETUP: DeadlineSetup = { rules: DEADLINE_RULES, providers: FACT_PROVIDERS };

interface ChildRow {
  id: string;
  admission_no: string;
  name: string;
  category: Category;
  status: ChildStatus;
}

/** Reads every fact a set of rules needs, for every child and for the institution. */
function gatherFacts(db: Sqlite, setup: DeadlineSetup, now: Date, canSeeCcl: boolean) {
  const needed = new Set(setup.rules.flatMap((r) => [r.start, ...(r.done ? [r.done.fact] : [])]));
  const perChild: Partial<Record<FactName, PerChild>> = {};
  const institution: Facts = {};
  for (const provider of setup.providers) {
    if (!provider.provides.some((f) => needed.has(f))) continue;
    Object.assign(perChild, provider.children?.(db));
    Object.assign(institution, provider.institution?.(db, now));
  }
  const rows = db.prepare('SELECT id, admission_no, name, category, status FROM children').all() as ChildRow[];
  const children: ChildFacts[] = rows.map((r) => ({
    childId: r.id,
    admissionNo: r.admission_no,
    name: r.category === 'CCL' && !canSeeCcl ? null : r.name,
    category: r.category,
    status: r.status,
    facts: Object.fromEntries(Object.entries(perChild).map(([fact, byChild]) => [fact, byChild.get(r.id) ?? []])),
  }));
  return { children, institution, available: new Set(setup.providers.flatMap((p) => p.provides)) };
}

/** Due and overdue items; `role` null for everyone's, otherwise the rules that role answers for. */
export function listDeadlines(db: Sqlite, viewer: ChildViewer, role: Role | null, now: Date, setup: DeadlineSetup = DEFAULT_SETUP): DeadlineList {
  const rules = role === null ? setup.rules : setup.rules.filter((r) => r.responsible.includes(role));
  return evaluateDeadlines({ rules, ...gatherFacts(db, { ...setup, rules }, now, viewer.canSeeCcl), now });
}

/** Each child's most pressing deadline state, for the register's filter. */
export function deadlineStates(db: Sqlite, now: Date, setup: DeadlineSetup = DEFAULT_SETUP): Map<string, DeadlineState> {
  const states = new Map<string, DeadlineState>();
  for (const item of evaluateDeadlines({ rules: setup.rules, ...gatherFacts(db, setup, now, false), now }).items) {
    if (item.childId && states.get(item.childId) !== 'overdue') states.set(item.childId, item.state);
  }
  return states;
}
