/**
 * The `children.import` job: a register file (CSV or .xlsx) in, every child admitted in one
 * transaction out. Nothing is written unless every row is good, and a cancel rolls back.
 */
import { AppError } from '../../../shared/api/errors';
import type { JobContext } from '../../jobs/job-context';
import type { Actor } from '../../journal/journal';
import { ChildrenService } from '../service';
import { MovementsService } from '../../movements/service';
import { releaseOnDay } from '../../movements/legacy-discharges';
import { checkRegister } from './check-register';
import { decodeUpload, readTable } from './read-table';

export async function importRegister(ctx: JobContext, input: { fileName: string; dataBase64: string; actor: Actor }): Promise<{ imported: number }> {
  // Reading a large workbook takes seconds: show the clerk that something is happening.
  ctx.progress('reading', 0, 1);
  const table = await readTable(input.fileName, decodeUpload(input.dataBase64));
  const children = checkRegister(table, ctx);
  if (children.length === 0) throw new AppError('invalid_input', 'The file has a header row but no children under it; nothing was imported.');
  const service = new ChildrenService(ctx.db, ctx.now, ctx.geo);
  const movements = new MovementsService(ctx.db, ctx.now);
  ctx.db.transaction(() => {
    const ids = service.insertMany(children, input.actor, (done) => {
      ctx.progress('importing', done, children.length);
      return !ctx.cancelled();
    });
    children.forEach((c, i) => {
      if (c.dischargedOn) movements.insertAll(ids[i]!, [releaseOnDay(c.dischargedOn, c.admittedAt)], input.actor);
    });
  })();
  return { imported: children.length };
}
