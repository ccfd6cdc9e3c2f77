/** Cases disposed of per month by the order that disposed of them, for a span of months; on screen and as CSV. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Authority } from '../../shared/domain/jj-case';
import { api } from '../api';
import { useQuery } from '../api/use-query';
import { describeError } from '../i18n/messages';
import { CsvButton } from '../reports/CsvButton';
import { recentMonths } from '../reports/periods';
import { SelectField } from '../ui/fields';
import { ErrorMessage } from '../ui/messages';
import { disposalLabel } from './labels';
import { AuthorityField } from './PendencyReport';

export function DisposalsReport() {
  const { t } = useTranslation();
  const months = recentMonths(24);
  const [authority, setAuthority] = useState<Authority>('jjb');
  const [from, setFrom] = useState(months[5]!);
  const [to, setTo] = useState(months[0]!);
  const range = from <= to ? { from, to } : { from: to, to: from };
  const { data, error } = useQuery('cases.disposals', { authority, range });
  const monthOptions = months.map((m) => ({ value: m, label: m }));
  return (
    <section className="view-section" aria-labelledby="disposals-title">
      <h2 id="disposals-title">{t('cases.disposals.title')}</h2>
      <p className="hint">{t('cases.disposals.intro')}</p>
      <div className="report-controls">
        <AuthorityField value={authority} onChange={setAuthority} />
        <SelectField label={t('cases.disposals.from')} value={from} onChange={setFrom} options={monthOptions} />
        <SelectField label={t('cases.disposals.to')} value={to} onChange={setTo} options={monthOptions} />
        <CsvButton load={() => api.call('cases.csv', { report: 'disposals', authority, range })} />
      </div>
      {error && <ErrorMessage>{describeError(t, error)}</ErrorMessage>}
      {data && (
        <div className="table-scroll">
          <table className="report-table" data-testid="disposals">
            <thead>
              <tr>
                <th scope="col">{t('cases.disposals.month')}</th>
                {data.disposals.map((d) => (
                  <th key={d} scope="col" className="num">
                    {disposalLabel(t, d)}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('cases.disposals.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.months.map((m) => (
                <tr key={m}>
                  <th scope="row">{m}</th>
                  {data.disposals.map((d) => (
                    <td key={d} className="num">
                      {data.counts[m]?.[d] ?? 0}
                    </td>
                  ))}
                  <td className="num">{data.disposals.reduce((n, d) => n + (data.counts[m]?.[d] ?? 0), 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
