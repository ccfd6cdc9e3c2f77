/**
 * s.24 on a child's record (children in conflict with law only): the request (a JJB clerk or
 * an administrator names the Board's order), and — while a request waits — its confirmation or
 * rejection by an administrator other than the one who asked. The warning says plainly what
 * is destroyed and that it cannot be undone; confirming means typing the admission number.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { purgeRequestInputSchema, type PurgeRequestView, type PurgeResult } from '../../shared/domain/purge';
import type { Child } from '../../shared/domain/child';
import { formatDate, formatDateTimeIst, parseDate } from '../../shared/util/dates';
import { api } from '../api';
import { useQuery } from '../api/use-query';
import { useSession } from '../auth/session';
import { JobProgress } from '../jobs/JobProgress';
import { useJob } from '../jobs/use-job';
import { setFlash } from '../matches/flash';
import { navigate } from '../shell/router';
import { TextAreaField, TextField } from '../ui/fields';
import { Form } from '../ui/Form';
import { ErrorMessage } from '../ui/messages';
import { useFormStatus } from '../ui/use-form-status';
import { describeError } from '../i18n/messages';
import { ApiError } from '../api/api-error';

export function PurgePanel({ child }: { child: Child }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const shown = child.category === 'CCL' && child.identified && can('records.purgeRequest');
  const requests = useQuery('purge.requests', { childId: child.id }, shown);
  if (!shown) return null;
  const pending = requests.data?.find((r) => r.status === 'pending') ?? null;
  const lastRejected = requests.data?.find((r) => r.status === 'rejected') ?? null;
  return (
    <section className="view-section purge" aria-labelledby="purge-title">
      <h2 id="purge-title">{t('purge.title')}</h2>
      {lastRejected && !pending && (
        <p className="hint">
          {t('purge.lastRejected', { order: lastRejected.orderReference, by: lastRejected.decidedBy?.name, at: formatDateTimeIst(lastRejected.decidedBy?.at), reason: lastRejected.rejectionReason })}
        </p>
      )}
      {pending ? <PendingRequest child={child} request={pending} onDecided={requests.reload} /> : requests.data && <RequestForm child={child} onSent={requests.reload} />}
    </section>
  );
}

function Warning() {
  const { t } = useTranslation();
  return (
    <div className="message message-error purge-warning">
      <p>
        <strong>{t('purge.warningTitle')}.</strong> {t('purge.warning')}
      </p>
      <p>{t('purge.backups')}</p>
    </div>
  );
}

function RequestForm({ child, onSent }: { child: Child; onSent: () => void }) {
  const { t } = useTranslation();
  const form = useFormStatus();
  const [open, setOpen] = useState(false);
  const [reference, setReference] = useState('');
  const [date, setDate] = useState('');
  if (!open) {
    return (
      <>
        <p>{t('purge.explain')}</p>
        <button type="button" onClick={() => setOpen(true)}>
          {t('purge.requestButton')}
        </button>
      </>
    );
  }
  async function send() {
    const input = form.check(purgeRequestInputSchema, { childId: child.id, orderReference: reference, orderDate: parseDate(date) ?? date });
    if (input && (await form.submit(() => api.call('purge.request', input).then(() => undefined)))) onSent();
  }
  return (
    <Form onSubmit={send} onCancel={() => setOpen(false)} aria-label={t('purge.requestButton')} className="purge-form">
      <p>{t('purge.explain')}</p>
      <Warning />
      <ErrorMessage>{form.banner}</ErrorMessage>
      <TextField label={t('purge.orderReference')} value={reference} onChange={setReference} error={form.fieldError('orderReference')} autoFocus />
      <TextField label={t('purge.orderDate')} hint={t('common.dateHint')} placeholder="dd-mm-yyyy" inputMode="numeric" value={date} onChange={setDate} error={form.fieldError('orderDate')} className="short" />
      <div className="actions">
        <button type="submit" className="primary" disabled={form.busy}>
          {t('purge.send')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('purge.cancel')}
        </button>
      </div>
    </Form>
  );
}

function PendingRequest({ child, request, onDecided }: { child: Child; request: PurgeRequestView; onDecided: () => void }) {
  const { t } = useTranslation();
  const { can, session } = useSession();
  const mine = request.requestedBy.id === session.user.id;
  return (
    <div className="purge-pending">
      <div className="message message-info" role="status">
        <p>
          <strong>{t('purge.pendingTitle')}.</strong> {t('purge.pending', { order: request.orderReference, date: formatDate(request.orderDate), by: request.requestedBy.name, at: formatDateTimeIst(request.requestedBy.at) })}
        </p>
        <p>{mine ? t('purge.ownRequest') : t('purge.waiting', { by: request.requestedBy.name })}</p>
      </div>
      {can('records.purgeConfirm') && !mine && (
        <>
          <ConfirmForm child={child} request={request} />
          <RejectForm request={request} onDone={onDecided} />
        </>
      )}
    </div>
  );
}

/** What the office sees after a purge: one paragraph, carried to the register of destroyed records. */
function doneMessage(t: TFunction, r: PurgeResult): string {
  const parts = [t('purge.done', { admissionNo: r.admissionNo, order: r.order.reference, date: formatDate(r.order.date), rows: r.rowsDeleted, entries: r.journalEntriesErased })];
  if (r.olderCopiesRemoved) parts.push(t('purge.olderCopies', { n: r.olderCopiesRemoved }));
  if (!r.compacted) parts.push(t('purge.notCompacted'));
  return parts.join(' ');
}

function ConfirmForm({ child, request }: { child: Child; request: PurgeRequestView }) {
  const { t } = useTranslation();
  const form = useFormStatus();
  const job = useJob();
  const [typed, setTyped] = useState('');
  const event = job.event;
  // The child is gone: the register of destroyed records says what was done.
  useEffect(() => {
    if (event?.state !== 'done') return;
    setFlash(doneMessage(t, event.result as PurgeResult));
    navigate({ area: 'settings', tab: 'records' });
  }, [event, t]);
  const failure = (event?.state === 'failed' || event?.state === 'cancelled') && event.error ? describeError(t, ApiError.from(event.error)) : null;
  async function destroy() {
    await form.submit(() => job.start(() => api.call('purge.confirm', { requestId: request.id, admissionNo: typed })));
  }
  return (
    <Form onSubmit={destroy} aria-label={t('purge.confirmTitle')} className="purge-form">
      <h3>{t('purge.confirmTitle')}</h3>
      <Warning />
      <ErrorMessage>{failure ?? form.banner}</ErrorMessage>
      <TextField label={t('purge.typeAdmissionNo', { admissionNo: child.admissionNo })} value={typed} onChange={setTyped} error={form.fieldError('admissionNo')} autoComplete="off" />
      {job.running ? (
        <JobProgress event={event} label={t('purge.progressLabel')} startingText={t('purge.starting')} runningText={(done, total) => t('purge.running', { done, total })} cancelLabel={t('purge.cancelJob')} onCancel={job.cancel} />
      ) : (
        <button type="submit" className="danger" disabled={form.busy || typed.trim() !== child.admissionNo}>
          {t('purge.confirmButton')}
        </button>
      )}
    </Form>
  );
}

function RejectForm({ request, onDone }: { request: PurgeRequestView; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useFormStatus();
  const [reason, setReason] = useState('');
  async function reject() {
    if (await form.submit(() => api.call('purge.reject', { requestId: request.id, reason }).then(() => undefined))) onDone();
  }
  return (
    <Form onSubmit={reject} aria-label={t('purge.rejectTitle')} className="purge-form">
      <h3>{t('purge.rejectTitle')}</h3>
      <ErrorMessage>{form.banner}</ErrorMessage>
      <TextAreaField label={t('purge.reason')} value={reason} onChange={setReason} error={form.fieldError('reason')} rows={2} />
      <button type="submit" disabled={form.busy}>
        {t('purge.rejectButton')}
      </button>
    </Form>
  );
}
