/**
 * Settings › Destruction of records: the requests waiting for a second person (each opens the
 * child's record, where it is confirmed or rejected) and the register of records destroyed
 * under s.24 — the tombstones, which hold no name.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTimeIst } from '../../shared/util/dates';
import { useQuery } from '../api/use-query';
import { describeError } from '../i18n/messages';
import { clearFlash, peekFlash } from '../matches/flash';
import { routeHref } from '../shell/router';
import { ErrorMessage, Notice } from '../ui/messages';

export function PurgeRegister() {
  const { t } = useTranslation();
  const [flash] = useState(() => {
    const text = peekFlash();
    clearFlash();
    return text;
  });
  const pending = useQuery('purge.requests', {});
  const destroyed = useQuery('purge.tombstones', {});
  const error = pending.error ?? destroyed.error;
  return (
    <>
      {flash && <Notice>{flash}</Notice>}
      {error && <ErrorMessage>{describeError(t, error)}</ErrorMessage>}
      <p>{t('purge.explain')}</p>

      <h2>{t('purge.register.pendingTitle')}</h2>
      {pending.data?.length === 0 && <p>{t('purge.register.noPending')}</p>}
      {!!pending.data?.length && (
        <table className="table" aria-label={t('purge.register.pendingLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('purge.register.admissionNo')}</th>
              <th scope="col">{t('purge.register.order')}</th>
              <th scope="col">{t('purge.register.requestedBy')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {pending.data.map((r) => (
              <tr key={r.id}>
                <td className="mono">{r.admissionNo}</td>
                <td>
                  {r.orderReference} · {formatDate(r.orderDate)}
                </td>
                <td>
                  {r.requestedBy.name} · {formatDateTimeIst(r.requestedBy.at)}
                </td>
                <td>
                  <a href={routeHref({ area: 'child', id: r.childId })}>{t('purge.register.openChild')}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('purge.register.destroyedTitle')}</h2>
      {destroyed.data?.length === 0 && <p>{t('purge.register.noneDestroyed')}</p>}
      {!!destroyed.data?.length && (
        <table className="table" aria-label={t('purge.register.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('purge.register.admissionNo')}</th>
              <th scope="col">{t('purge.register.caseNumbers')}</th>
              <th scope="col">{t('purge.register.order')}</th>
              <th scope="col">{t('purge.register.requestedBy')}</th>
              <th scope="col">{t('purge.register.confirmedBy')}</th>
              <th scope="col">{t('purge.register.entries')}</th>
            </tr>
          </thead>
          <tbody>
            {destroyed.data.map((d) => (
              <tr key={d.id}>
                <td className="mono">{d.admissionNo}</td>
                <td>{d.caseNumbers.join(', ')}</td>
                <td>
                  {d.order.reference} · {formatDate(d.order.date)}
                </td>
                <td>
                  {d.requestedBy.name} · {formatDateTimeIst(d.requestedBy.at)}
                </td>
                <td>
                  {d.confirmedBy.name} · {formatDateTimeIst(d.confirmedBy.at)}
                </td>
                <td>{d.journalEntriesErased}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
