/** `homeward purge …`: s.24 destruction of records, the same two-person steps as the screens. */
import { AppError } from '../../../shared/api/errors';
import type { PurgeRequestView, PurgeResult } from '../../../shared/domain/purge';
import { formatDate, formatDateTimeIst, parseDate } from '../../../shared/util/dates';
import { call, withSession, type Backend } from '../backend-session';
import type { CommonOptions } from '../credentials';
import { awaitJob } from '../run-job';

const out = (line: string) => process.stdout.write(`${line}\n`);

/** The child with exactly this admission number (the register's search also matches parts of numbers). */
async function childByAdmissionNo(backend: Backend, session: string, admissionNo: string): Promise<string> {
  const { rows } = await call(backend, 'children.list', { query: admissionNo, category: null }, session);
  const child = rows.find((r) => r.admissionNo === admissionNo.trim());
  if (!child) throw new AppError('not_found', `No child with admission number ${admissionNo} is in the register.`);
  return child.id;
}

const describeRequest = (r: PurgeRequestView) =>
  `${r.id}\t${r.admissionNo}\torder ${r.orderReference} of ${formatDate(r.orderDate)}\t${r.status}\tasked by ${r.requestedBy.name} on ${formatDateTimeIst(r.requestedBy.at)}${r.rejectionReason ? `\trejected: ${r.rejectionReason}` : ''}`;

export async function purgeRequest(opts: CommonOptions & { child: string; orderRef: string; orderDate: string }): Promise<void> {
  const orderDate = parseDate(opts.orderDate);
  if (!orderDate) throw new AppError('invalid_input', `--order-date must be a date as dd-mm-yyyy (got "${opts.orderDate}").`);
  await withSession(opts, async (backend, session) => {
    const childId = await childByAdmissionNo(backend, session, opts.child);
    const request = await call(backend, 'purge.request', { childId, orderReference: opts.orderRef, orderDate }, session);
    out(describeRequest(request));
    process.stderr.write(`Waiting for another administrator: homeward purge confirm ${request.id} --admission-no ${request.admissionNo}\n`);
  });
}

export async function purgeList(opts: CommonOptions & { json?: boolean }): Promise<void> {
  await withSession(opts, async (backend, session) => {
    const pending = await call(backend, 'purge.requests', {}, session);
    const done = await call(backend, 'purge.tombstones', {}, session);
    if (opts.json) {
      out(JSON.stringify({ pending, destroyed: done }, null, 2));
      return;
    }
    for (const r of pending) out(describeRequest(r));
    for (const t of done) out(`destroyed\t${t.admissionNo}\torder ${t.order.reference} of ${formatDate(t.order.date)}\tasked by ${t.requestedBy.name}, confirmed by ${t.confirmedBy.name} on ${formatDateTimeIst(t.confirmedBy.at)}`);
    process.stderr.write(`${pending.length} waiting, ${done.length} destroyed\n`);
  });
}

export async function purgeConfirm(requestId: string, opts: CommonOptions & { admissionNo: string }): Promise<void> {
  await withSession(opts, async (backend, session) => {
    const result = (await awaitJob(backend, session, 'Destroying records', () => call(backend, 'purge.confirm', { requestId, admissionNo: opts.admissionNo }, session))) as PurgeResult;
    out(`The records of child ${result.admissionNo} were destroyed under order ${result.order.reference} of ${formatDate(result.order.date)}: ${result.rowsDeleted} records and the content of ${result.journalEntriesErased} journal entries.`);
    if (result.olderCopiesRemoved) out(`${result.olderCopiesRemoved} older copies of the database in the data folder were deleted.`);
    if (!result.compacted) out('The database file could not be compacted yet (it was in use); this finishes at the next sign-in.');
    out('Backups made before today still hold this child: destroy them. The next sync package tells the registry.');
  });
}

export async function purgeReject(requestId: string, opts: CommonOptions & { reason: string }): Promise<void> {
  await withSession(opts, async (backend, session) => out(describeRequest(await call(backend, 'purge.reject', { requestId, reason: opts.reason }, session))));
}
