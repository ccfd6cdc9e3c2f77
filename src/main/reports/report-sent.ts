/**
 * Marking the quarterly report as sent, which meets its deadline. Journaled (entity
 * `report_submission`) for the audit trail; it does not travel to the registry.
 */
import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../shared/api/errors';
import type { z } from 'zod';
import type { reportSentSchema } from '../../shared/domain/reports';
import { todayIst } from '../../shared/util/dates';
import type { Sqlite } from '../db/open';
import { appendJournal, type Actor } from '../journal/journal';
import { quarterOf } from '../deadlines/calendar';
import { quarterStart } from './quarterly-report';

export interface SubmissionDbRow {
  id: string;
  kind: string;
  period: string;
  submitted_on: string;
  submitted_to: string;
  recorded_by: string;
  created_at: string;
}

export const submissionImage = (r: SubmissionDbRow) => ({ id: r.id, kind: r.kind, period: r.period, submittedOn: r.submitted_on, submittedTo: r.submitted_to, recordedBy: r.recorded_by, createdAt: r.created_at });

export function markQuarterlySent(db: Sqlite, input: z.output<typeof reportSentSchema>, actor: Actor, now: Date): void {
  const { last } = quarterOf(quarterStart(input.period));
  if (input.submittedOn > todayIst(now)) throw new AppError('invalid_input', 'The report cannot have been sent on a day still to come.', { fields: { submittedOn: 'in the future' } });
  if (input.submittedOn < last) throw new AppError('invalid_input', `The report for ${input.period} cannot be sent before the quarter ends.`, { fields: { submittedOn: 'before the quarter ends' } });
  db.transaction(() => {
    const before = db.prepare(`SELECT * FROM report_submissions WHERE kind = 'quarterly' AND period = ?`).get(input.period) as SubmissionDbRow | undefined;
    const at = now.toISOString();
    const id = before?.id ?? uuidv7();
    db.prepare(
      `INSERT INTO report_submissions (id, kind, period, submitted_on, submitted_to, recorded_by, created_at) VALUES (?, 'quarterly', ?, ?, ?, ?, ?)
       ON CONFLICT (kind, period) DO UPDATE SET submitted_on = excluded.submitted_on, submitted_to = excluded.submitted_to, recorded_by = excluded.recorded_by`,
    ).run(id, input.period, input.submittedOn, input.submittedTo, actor.name, at);
    const after = db.prepare('SELECT * FROM report_submissions WHERE id = ?').get(id) as SubmissionDbRow;
    appendJournal(db, { actor, at, entity: 'report_submission', entityId: id, op: before ? 'update' : 'create', before: before ? submissionImage(before) : null, after: submissionImage(after) });
  })();
}
