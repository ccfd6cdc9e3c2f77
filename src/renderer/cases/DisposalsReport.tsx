/** Cases disposed of per month by the order that disposed of them, for a span of months; on screen, as CSV and printed. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Authority } from '../../shared/domain/jj-case';
import { MAX_REPORT_MONTHS, monthRangeSchema } from '../../shared/domain/reports';
import { api } from '../api';
import { useQuery } from '../api/use-query';
import { describeError, translateFieldMessage } from '../i18n/messages';
import { PrintButton } from '../printing/PrintButton';
import { CsvButton } from '../reports/CsvButton';
import { recentMonths } from '../reports/periods';
import { SelectField } from '../ui/fields';
import { ErrorMessage } from '../ui/messages';
import { disposalLabel } from './labels';
import { AuthorityField } from './PendencyReport';

export function DisposalsReport() {
  const { t } = useTranslation();
  const months = recentMonths(MAX_REPORT_MONTHS);
  const [authority, setAuthority] = useState<Authority>('jjb');
  const [from, setFrom] = useState(months[5]!);
  const [to, setTo] = useState(months[0]!);
  // The same check the backend makes: the months' error shows beside "To", and the report waits until it is right.
  const range = { from, to };
  const checked = monthRangeSchema.safeParse(range);
  const problem = checked.success ? null : translateFieldMessage(t, checked.error.issues[0]!.message);
  const { data, error } = useQuery('cases.disposals', { authority, range }, checked.success);
  const monthOptions = months.map((m) => ({ value: m, label: m }));
  return (
    <section className="view-section" aria-labelledby="disposals-title">
      <h2 id="disposals-title">{t('cases.disposals.title')}</h2>
      <p className="hint">{t('cases.disposals.intro')}</p>
      <div className="report-controls">
        <AuthorityField value={authority} onChange={setAuthority} />
        <SelectField label={t('cases.disposals.from')} value={from} onChange={setFrom} options={monthOptions} />
        <SelectField label={t('cases.disposals.to')} value={to} onChange={setTo} options={monthOptions} error={problem ?? undefined} />
        <CsvButton load={() => api.call('cases.csv', { report: 'disposals', authority, range })} />
        <PrintButton request={{ form: 'disposals', authority, range }} label={t('print.pdf')} validate={() => (problem ? t('print.fixMonths') : null)} />
      </div>
      {error && <ErrorMessage>{describeError(t, error)}</ErrorMessage>}
      {data && checked.success && (
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
                  <td className="num">{data.monthTotals[m] ?? 0}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('cases.disposals.total')}</th>
                {data.disposals.map((d) => (
                  <td key={d} className="num">
                    {data.kindTotals[d] ?? 0}
                  </td>
                ))}
                <td className="num">{data.total}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
