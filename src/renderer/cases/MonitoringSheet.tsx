/**
 * The case monitoring sheet (Form 11 for the Board, Form 26 for the Committee) and, for the
 * Committee, the case summary (Form 15): made by the backend from the case as recorded, so
 * nothing is typed twice.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Authority } from '../../shared/domain/jj-case';
import { formatDate, formatDateTimeIst } from '../../shared/util/dates';
import { useQuery } from '../api/use-query';
import { describeError } from '../i18n/messages';
import { ErrorMessage } from '../ui/messages';
import { disposalOf } from '../../shared/domain/jj-case-entries';
import { disposalLabel, entryTitle, purposeLabel, tr } from './labels';

const at = (v: string | null, hourly: boolean) => (v === null ? '' : hourly || v.length > 10 ? formatDateTimeIst(v) : formatDate(v));

export function MonitoringSheet({ caseId, authority, version }: { caseId: string; authority: Authority; version: string }) {
  const { t } = useTranslation();
  const { data, error, reload } = useQuery('cases.sheet', { id: caseId });
  // `version` changes with every change to the case: the sheet is asked for again then (not twice at first).
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    reload();
  }, [version, reload]);
  const dash = t('common.notRecorded');
  return (
    <>
      <section className="view-section" aria-labelledby="sheet-title">
        <h2 id="sheet-title">{t(`cases.sheet.${authority}`)}</h2>
        <p className="hint">{t('cases.sheet.intro')}</p>
        {error && <ErrorMessage>{describeError(t, error)}</ErrorMessage>}
        {data && (
          <table className="report-table monitoring-sheet">
            <thead>
              <tr>
                <th scope="col">{t('cases.sheet.step')}</th>
                <th scope="col">{t('cases.sheet.due')}</th>
                <th scope="col">{t('cases.sheet.scheduled')}</th>
                <th scope="col">{t('cases.sheet.actual')}</th>
                <th scope="col">{t('cases.sheet.state')}</th>
              </tr>
            </thead>
            <tbody>
              {data.monitoring.map((r) => (
                <tr key={r.step} className={r.state === 'overdue' ? 'overdue' : undefined}>
                  <th scope="row">{purposeLabel(t, r.step)}</th>
                  <td>{at(r.dueAt, r.hourly) || dash}</td>
                  <td>{formatDate(r.scheduled) || dash}</td>
                  <td>{at(r.actual, r.step === 'production') || dash}</td>
                  <td>{r.state ? t(`cases.clocks.state.${r.state}`) : dash}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {data?.summary && (
        <section className="view-section" aria-labelledby="summary-title">
          <h2 id="summary-title">{t('cases.summary.title')}</h2>
          <dl className="fields">
            <div className="item">
              <dt>{t('cases.summary.producedBy')}</dt>
              <dd dir="auto">{data.summary.producedBy ?? dash}</dd>
            </div>
            <div className="item wide">
              <dt>{t('cases.summary.hearingDates')}</dt>
              <dd>{data.summary.hearingDates.map((d) => formatDate(d)).join(', ') || dash}</dd>
            </div>
            <div className="item wide">
              <dt>{t('cases.summary.orders')}</dt>
              <dd>
                {data.summary.orders.length === 0
                  ? t('cases.summary.none')
                  : data.summary.orders.map((o, i) => {
                      const disposal = disposalOf(o.kind, o.values);
                      return <div key={i}>{`${formatDate(o.date)}: ${disposal ? disposalLabel(t, disposal) : entryTitle(t, o.kind)}${typeof o.values['placedWith'] === 'string' ? ` — ${o.values['placedWith']}` : ''}`}</div>;
                    })}
              </dd>
            </div>
            <div className="item wide">
              <dt>{t('cases.summary.age')}</dt>
              <dd>
                {data.summary.ageRecords.length === 0
                  ? t('cases.summary.none')
                  : data.summary.ageRecords.map((a, i) => <div key={i}>{`${formatDate(a.date)}: ${tr(t, `cases.option.evidence.${String(a.values['evidence'])}`)}${typeof a.values['ageOnOffenceDate'] === 'number' ? ` — ${String(a.values['ageOnOffenceDate'])}` : ''}`}</div>)}
              </dd>
            </div>
            <div className="item wide">
              <dt>{t('cases.summary.attachments')}</dt>
              <dd dir="auto">{data.summary.attachments.map((a) => a.title).join(', ') || t('cases.summary.none')}</dd>
            </div>
          </dl>
        </section>
      )}
    </>
  );
}
