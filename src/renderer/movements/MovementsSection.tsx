/**
 * A child's movements on the child's page: the admission, every movement since in time order
 * with the status it led to, and — for those who may write — recording a new one, correcting
 * one, or removing one recorded by mistake. The status shown is what the movements lead to.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Child } from '../../shared/domain/child';
import { type Movement, type Timeline } from '../../shared/domain/movement';
import { formatDate, formatDateTimeIst } from '../../shared/util/dates';
import { api, asApiError, type ApiError } from '../api';
import { useQuery } from '../api/use-query';
import { useSession } from '../auth/session';
import { describeError, translateFieldMessage } from '../i18n/messages';
import { ErrorMessage, Notice } from '../ui/messages';
import { PrintButton } from '../printing/PrintButton';
import { MovementForm } from './MovementForm';
import { fieldsOf } from './movement-draft';

interface Props {
  child: Child;
  /** The child record shows the status too: it reloads after a change here. */
  onChanged: () => void;
}

export function MovementsSection({ child, onChanged }: Props) {
  const { t } = useTranslation();
  const { can } = useSession();
  const query = useQuery('movements.timeline', { childId: child.id });
  const [fresh, setFresh] = useState<Timeline | null>(null);
  const [editing, setEditing] = useState<Movement | 'new' | null>(null);
  // The key, not the text: a notice still showing when the language changes follows it.
  const [notice, setNotice] = useState<'movements.saved' | 'movements.removed' | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const timeline = fresh ?? query.data;
  const mayWrite = can('children.write') && child.identified;

  function changed(next: Timeline, message: 'movements.saved' | 'movements.removed') {
    setFresh(next);
    setEditing(null);
    setNotice(message);
    onChanged();
  }

  function start(what: Movement | 'new') {
    setEditing(what);
    setNotice(null);
    setFailure(null);
  }

  async function remove(m: Movement) {
    if (!window.confirm(t('movements.confirmRemove'))) return;
    setFailure(null);
    try {
      changed(await api.call('movements.remove', { id: m.id }), 'movements.removed');
    } catch (e) {
      setFailure(asApiError(e));
    }
  }

  if (query.error) return <ErrorMessage>{describeError(t, query.error)}</ErrorMessage>;
  if (!timeline) return <p role="status">{t('child.loading')}</p>;
  const { admission } = timeline;
  // Forms 44 and 45 print the latest restoration: their buttons sit beside it (not for a CCL child the viewer may not identify).
  const printable = child.identified ? timeline.movements.filter((m) => m.kind === 'restoration').at(-1) : undefined;
  return (
    <section className="view-section movements" aria-labelledby="movements-title">
      <div className="section-title">
        <h2 id="movements-title">{t('movements.title')}</h2>
        <span className={`status-badge status-${timeline.status}`}>{t('movements.statusNow', { status: t(`status.${timeline.status}`) })}</span>
        {mayWrite && editing === null && timeline.next.length > 0 && (
          <button type="button" className="primary" onClick={() => start('new')}>
            {t('movements.record')}
          </button>
        )}
      </div>
      {notice && <Notice>{t(notice)}</Notice>}
      {failure && <ErrorMessage>{[describeError(t, failure), failure.fields['_'] && translateFieldMessage(t, failure.fields['_'])].filter(Boolean).join(' ')}</ErrorMessage>}
      {editing !== null && (
        <MovementForm key={editing === 'new' ? 'new' : editing.id} childId={child.id} next={timeline.next} editing={editing === 'new' ? null : editing} onSaved={(next) => changed(next, 'movements.saved')} onCancel={() => setEditing(null)} />
      )}
      <ol className="timeline">
        <li>
          <span className="when">{formatDateTimeIst(admission.at)}</span>
          <span className="what">{t('movements.admission')}</span>
          {admission.referredBy && (
            <span className="detail">{admission.orderNo ? t('movements.admissionDetail', { by: admission.referredBy, order: admission.orderNo }) : t('movements.admissionReferred', { by: admission.referredBy })}</span>
          )}
        </li>
        {timeline.movements.map((m) => (
          <li key={m.id} className={`kind-${m.kind}`}>
            <span className="when">{formatDateTimeIst(m.at)}</span>
            <span className="what">
              {t(`movements.kind.${m.kind}`)}
            </span>
            <Details movement={m} />
            <span className="by">{t('movements.by', { name: m.recordedBy })}</span>
            {m === printable && (
              <span className="print-actions">
                <PrintButton request={{ form: 'form44', child: { id: child.id } }} label={t('print.printForm44')} />
                <PrintButton request={{ form: 'form45', child: { id: child.id } }} label={t('print.printForm45')} />
              </span>
            )}
            {mayWrite && editing === null && (
              <span className="row-actions">
                <button type="button" onClick={() => start(m)}>
                  {t('movements.edit')}
                </button>
                <button type="button" onClick={() => void remove(m)}>
                  {t('movements.remove')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {timeline.movements.length === 0 && <p className="hint">{t('movements.none')}</p>}
    </section>
  );
}

/** The kind's fields that were filled in, with their labels; dates and yes/no in the user's words. */
function Details({ movement }: { movement: Movement }) {
  const { t } = useTranslation();
  const items: ReactNode[] = [];
  for (const { name, widget } of fieldsOf(movement.kind)) {
    const v = movement.details[name];
    if (v === null || v === undefined || v === '') continue;
    const shown = widget === 'yesNo' ? t(v ? 'movements.yes' : 'movements.no') : widget === 'date' ? formatDate(v as string) : widget === 'releaseReason' ? t(`movements.reason.${v as 'order'}`) : String(v as string);
    items.push(
      <div key={name} className="item">
        <dt>{t(`movements.field.${widget === 'releaseReason' ? 'releaseReason' : name}` as 'movements.field.reason')}</dt>
        <dd dir="auto">{shown}</dd>
      </div>,
    );
  }
  const note = movement.details['note'];
  if (typeof note === 'string' && note) {
    items.push(
      <div key="note" className="item">
        <dt>{t('movements.note')}</dt>
        <dd dir="auto">{note}</dd>
      </div>,
    );
  }
  return items.length > 0 ? <dl className="fields movement-details">{items}</dl> : null;
}
