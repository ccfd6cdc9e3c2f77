/**
 * The `cases.import` job: a Board's or Committee's register (CSV or .xlsx) in, every case with
 * its hearings, next date and final order written in one transaction out. Nothing is written
 * unless every row is good, and a cancel rolls back. Hearings brought in from a register are
 * not checked against today's sitting days: the Board fixed them, whatever Settings says now.
 */
import { AppError } from '../../../shared/api/errors';
import { todayIst } from '../../../shared/util/dates';
import type { JobContext } from '../../jobs/job-context';
import type { Actor } from '../../journal/journal';
import { decodeUpload, readTable } from '../../children/register-file/read-table';
import type { CaseCall } from '../case-access';
import { insertCase } from '../cases-service';
import { insertEntry } from '../case-entries';
import { insertHearing } from '../hearings';
import { checkCases, type CheckedCase } from './check-cases';

function insertChecked(call: CaseCall, k: CheckedCase): void {
  const c = insertCase(call, k.childId, k.authority, k.particulars);
  const produced = k.particulars.firstProducedAt ? todayIst(new Date(k.particulars.firstProducedAt)) : null;
  const disposedOn = (k.order?.values['date'] as string | undefined) ?? null;
  // The first production is the first hearing; a hearing on the day of the final order is closed by it.
  if (produced !== null && !k.hearings.includes(produced)) insertHearing(call, c, { date: produced, bench: k.bench, purpose: 'production', status: produced === disposedOn ? 'scheduled' : 'held' });
  for (const date of k.hearings) insertHearing(call, c, { date, bench: k.bench, purpose: date === produced ? 'production' : 'other', status: date === disposedOn ? 'scheduled' : 'held' });
  if (k.next) insertHearing(call, c, { ...k.next, status: 'scheduled' });
  if (k.order) insertEntry(call, c, k.order.kind, k.order.values as Record<string, unknown> & { date: string });
}

export async function importCases(ctx: JobContext, input: { fileName: string; dataBase64: string; actor: Actor; canSeeCcl: boolean }): Promise<{ imported: number }> {
  ctx.progress('reading', 0, 1);
  const table = await readTable(input.fileName, decodeUpload(input.dataBase64));
  const cases = checkCases(table, { ...ctx, canSeeCcl: input.canSeeCcl });
  if (cases.length === 0) throw new AppError('invalid_input', 'The file has a header row but no cases under it; nothing was imported.');
  const call: CaseCall = { db: ctx.db, now: ctx.now(), actor: input.actor, viewer: { userId: input.actor.id ?? '', canSeeCcl: input.canSeeCcl, canSeePhotos: false } };
  ctx.db.transaction(() => {
    cases.forEach((k, i) => {
      if (ctx.cancelled()) throw new AppError('cancelled', 'The import was cancelled; nothing was saved.');
      insertChecked(call, k);
      ctx.progress('importing', i + 1, cases.length);
    });
  })();
  return { imported: cases.length };
}
