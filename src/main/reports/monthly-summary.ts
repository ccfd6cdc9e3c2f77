/**
 * The monthly summary for the district office: how many children were on the roll at the
 * start and end of a month and what moved in between, by category and by sex. Counts only:
 * no child is named, so nothing in it identifies anyone.
 */
import type { Category, Sex } from '../../shared/domain/child';
import { isInCare, TRANSITIONS, type ChildStatus, type MovementKind } from '../../shared/domain/movement';
import type { Counts, MonthlyLine, MonthlySummary } from '../../shared/domain/reports';
import { MONTHLY_LINES } from '../../shared/domain/reports';
import type { Sqlite } from '../db/open';
import { instantsOf } from '../movements/admission-register';
import { addToDay } from '../deadlines/calendar';

const EVENT_LINE: Record<MovementKind, MonthlyLine> = {
  readmission: 'readmitted',
  runaway_return: 'returnedFromRunaway',
  runaway: 'ranAway',
  leave: 'wentOnLeave',
  leave_return: 'returnedFromLeave',
  restoration: 'restored',
  transfer: 'transferred',
  release: 'released',
  death: 'died',
};

const END_LINE: Partial<Record<ChildStatus, MonthlyLine>> = { present: 'presentAtEnd', on_leave: 'onLeaveAtEnd', runaway: 'awayAtEnd' };

const zero = (): Counts => ({ total: 0, CNCP: 0, CCL: 0, female: 0, male: 0, transgender: 0, unknown: 0 });

export function monthlySummary(db: Sqlite, month: string): MonthlySummary {
  const first = `${month}-01`;
  const last = addToDay(addToDay(first, { months: 1 }), { days: -1 });
  const { from, until } = instantsOf({ from: first, to: last });
  const children = db.prepare('SELECT id, sex, category, admitted_at FROM children WHERE julianday(admitted_at) < julianday(?)').all(until) as { id: string; sex: Sex; category: Category; admitted_at: string }[];
  const movementsOf = new Map<string, { kind: MovementKind; at: string }[]>();
  for (const m of db.prepare('SELECT child_id, kind, at FROM movements WHERE at < ? ORDER BY at, id').iterate(until) as IterableIterator<{ child_id: string; kind: MovementKind; at: string }>) {
    const list = movementsOf.get(m.child_id) ?? [];
    list.push(m);
    movementsOf.set(m.child_id, list);
  }

  const lines = new Map<MonthlyLine, Counts>(MONTHLY_LINES.map((l) => [l, zero()]));
  const count = (line: MonthlyLine, c: { sex: Sex; category: Category }) => {
    const counts = lines.get(line)!;
    counts.total += 1;
    counts[c.category] += 1;
    counts[c.sex] += 1;
  };
  for (const c of children) {
    const admittedBefore = Date.parse(c.admitted_at) < Date.parse(from);
    if (!admittedBefore) count('admitted', c);
    let status: ChildStatus = 'present';
    let atStart: ChildStatus | null = admittedBefore ? status : null;
    for (const m of movementsOf.get(c.id) ?? []) {
      status = TRANSITIONS[m.kind].to;
      if (m.at < from) atStart = status;
      else count(EVENT_LINE[m.kind], c);
    }
    if (atStart !== null && isInCare(atStart)) count('onRollAtStart', c);
    if (isInCare(status)) count('onRollAtEnd', c);
    const end = END_LINE[status];
    if (end) count(end, c);
  }
  return { month, from: first, to: last, lines: MONTHLY_LINES.map((line) => ({ line, counts: lines.get(line)! })) };
}
