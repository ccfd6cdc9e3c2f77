/**
 * Pending cases of the Board or the Committee: counts by months since the first production
 * (up to 4, 4 to 6, over 6) and offence class, then each case with its time limit — those
 * terminated by law (s.14(4)) first and marked. Case numbers only: this report goes outside.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGE_BANDS } from '../../shared/api/cases-contract';
import { AUTHORITIES, type Authority } from '../../shared/domain/jj-case';
import { formatDate } from '../../shared/util/dates';
import { api } from '../api';
import { useQuery } from '../api/use-query';
import { describeError } from '../i18n/messages';
import { CsvButton } from '../reports/CsvButton';
import { PrintButton } from '../printing/PrintButton';
import { SelectField } from '../ui/fields';
import { ErrorMessage } from '../ui/messages';
import { limitText } from './labels';

export function AuthorityField({ value, onChange }: { value: Authority; onChange: (a: Authority) => void }) {
  const { t } = useTranslation();
  return <SelectField label={t('cases.authorityLabel')} value={value} onChange={(v) => onChange(v as Authority)} options={AUTHORITIES.map((a) => ({ value: a, label: t(`cases.authority.${a}`) }))} />;
}

export function PendencyReport() {
  const { t } = useTranslation();
  const [authority, setAuthority] = useState<Authority>('jjb');
  const { data, error } = useQuery('cases.pendency', { authority });
  return (
    <section className="view-section" aria-labelledby="pendency-title">
      <h2 id="pendency-title">{t('cases.pendency.title')}</h2>
      <p className="hint">{t('cases.pendency.intro')}</p>
      <div className="report-controls">
        <AuthorityField value={authority} onChange={setAuthority} />
        <CsvButton load={() => api.call('cases.csv', { report: 'pendency', authority })} />
        <PrintButton request={{ form: 'pendency', authority }} label={t('print.pdf')} />
      </div>
      {error && <ErrorMessage>{describeError(t, error)}</ErrorMessage>}
      {data && (
        <>
          <table className="report-table" data-testid="pendency-counts">
            <thead>
              <tr>
                <th scope="col">{t('cases.col.offenceClass')}</th>
                {AGE_BANDS.map((b) => (
                  <th key={b} scope="col" className="num">
                    {t(`cases.pendency.band.${b}`)}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('cases.pendency.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.counts.map((c) => (
                <tr key={c.offenceClass}>
                  <th scope="row">{c.offenceClass === 'none' ? t(`cases.authority.${authority}`) : t(`cases.offence.${c.offenceClass}`)}</th>
                  {AGE_BANDS.map((b) => (
                    <td key={b} className="num">
                      {c.bands[b]}
                    </td>
                  ))}
                  <td className="num">{c.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('cases.pendency.listTitle')}</h3>
          <table className="report-table" data-testid="pendency-rows">
            <thead>
              <tr>
                <th scope="col">{t('cases.pendency.col.caseNo')}</th>
                <th scope="col">{t('cases.pendency.col.offenceClass')}</th>
                <th scope="col">{t('cases.pendency.col.produced')}</th>
                <th scope="col" className="num">
                  {t('cases.pendency.col.age')}
                </th>
                <th scope="col">{t('cases.pendency.col.limit')}</th>
                <th scope="col">{t('cases.pendency.col.next')}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr key={r.caseNo} className={r.limit?.terminated ? 'terminated' : r.limit?.state === 'overdue' ? 'overdue' : undefined}>
                  <td className="mono">{r.caseNo}</td>
                  <td>{t(`cases.offence.${r.offenceClass}`)}</td>
                  <td>{formatDate(r.firstProducedOn) || t('common.notRecorded')}</td>
                  <td className="num">{r.ageMonths ?? t('common.notRecorded')}</td>
                  <td>{r.limit?.terminated ? <strong className="terminated">{t('cases.pendency.terminated')}</strong> : limitText(t, r.limit)}</td>
                  <td>{formatDate(r.nextHearing) || t('common.notRecorded')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
