/**
 * Care plans: every child on the roll, those without an Individual Care Plan first (longest in
 * care first), with the plan's version and date, how much of the case history is filled and
 * the last quarterly review — the superintendent's list of whose file needs work.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTimeIst } from '../../shared/util/dates';
import { useQuery } from '../api/use-query';
import { describeError } from '../i18n/messages';
import { routeHref } from '../shell/router';
import { CheckboxField } from '../ui/fields';
import { ErrorMessage } from '../ui/messages';
import { CompletenessMeter } from './CompletenessMeter';

export function CarePlansPage() {
  const { t } = useTranslation();
  const { data: rows, error } = useQuery('casefile.overview', {});
  const [onlyMissing, setOnlyMissing] = useState(false);
  const shown = (rows ?? []).filter((r) => !onlyMissing || r.plan === null);
  const missing = (rows ?? []).filter((r) => r.plan === null).length;

  return (
    <section className="page page-wide">
      <h1>{t('casefile.overview.title')}</h1>
      <p className="hint">{t('casefile.overview.intro')}</p>
      {error && <ErrorMessage>{describeError(t, error)}</ErrorMessage>}
      {!rows && !error && <p role="status">{t('casefile.loading')}</p>}
      {rows && (
        <>
          <p>{t('casefile.overview.counts', { count: rows.length, missing })}</p>
          <CheckboxField label={t('casefile.overview.onlyMissing')} checked={onlyMissing} onChange={setOnlyMissing} />
          <table className="cf-table">
            <caption className="visually-hidden">{t('casefile.overview.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('child.field.admissionNo')}</th>
                <th scope="col">{t('child.field.name')}</th>
                <th scope="col">{t('child.field.admittedAt')}</th>
                <th scope="col">{t('casefile.tab.plan')}</th>
                <th scope="col">{t('casefile.tab.history')}</th>
                <th scope="col">{t('casefile.overview.lastReview')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.childId}>
                  <td className="mono">
                    <a href={routeHref({ area: 'child', id: r.childId, tab: 'plan' })}>{r.admissionNo}</a>
                  </td>
                  <td dir="auto">{r.name ?? <span className="withheld">{t('children.withheld')}</span>}</td>
                  <td>{formatDateTimeIst(r.admittedAt)}</td>
                  <td>{r.plan ? t('casefile.overview.planSaved', { version: r.plan.version, date: formatDateTimeIst(r.plan.savedAt).slice(0, 10) }) : <strong className="cf-missing">{t('casefile.overview.noPlan')}</strong>}</td>
                  <td>
                    <CompletenessMeter value={r.completeness} label={t('casefile.sectionComplete', { section: `${t('casefile.tab.history')} ${r.admissionNo}` })} />
                  </td>
                  <td>{r.lastReview ? formatDate(r.lastReview) : t('common.notRecorded')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
