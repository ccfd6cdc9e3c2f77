/** `homeward deadlines`: due and overdue items, each with its legal source, for scripts and batch work. */
import type { DeadlineItem } from '../../../shared/domain/deadlines';
import { formatDate, formatDateTimeIst } from '../../../shared/util/dates';
import { call, withSession } from '../backend-session';
import type { CommonOptions } from '../credentials';

const out = (line: string) => process.stdout.write(`${line}\n`);

function when(item: DeadlineItem): string {
  const due = item.hourly ? formatDateTimeIst(item.dueAt) : formatDate(item.dueAt);
  if (item.state === 'due') return `due ${due}${item.daysLeft > 0 ? ` (in ${item.daysLeft} day${item.daysLeft === 1 ? '' : 's'})` : ''}`;
  return `OVERDUE since ${due}${item.daysLeft < 0 ? ` (${-item.daysLeft} day${item.daysLeft === -1 ? '' : 's'})` : ''}`;
}

function who(item: DeadlineItem): string {
  if (item.caseNo !== null) return `case ${item.caseNo}${item.admissionNo === null ? ' (case number only, s.74)' : ` (${item.admissionNo}${item.name === null ? '' : ` ${item.name}`})`}`;
  if (item.childId === null) return `institution${item.period ? ` (${item.period})` : ''}`;
  return item.name === null ? `${item.admissionNo} (name withheld, s.74)` : `${item.admissionNo} ${item.name}`;
}

export async function deadlines(opts: CommonOptions & { json?: boolean; mine?: boolean }): Promise<void> {
  await withSession(opts, async (backend, session) => {
    const list = await call(backend, 'deadlines.list', { scope: opts.mine ? 'mine' : 'all' }, session);
    if (opts.json) return out(JSON.stringify(list, null, 2));
    out(`${list.counts.overdue} overdue, ${list.counts.due} due soon.`);
    for (const item of list.items) {
      out(`${when(item)}  ${who(item)}: ${item.title}${item.terminated ? ' — PROCEEDINGS STAND TERMINATED (s.14(4))' : ''}`);
      out(`    ${item.source.text}${item.source.verified ? '' : ' [check against the Gazette]'}`);
    }
    for (const r of list.inactive) out(`Not followed yet (${r.missing.join(', ')} not recorded yet): ${r.title}`);
  });
}
