/** The monthly summary for the district office: counts by category and sex, no names. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { useQuery } from '../api/use-query';
import { describeError } from '../i18n/messages';
import { SelectField } from '../ui/fields';
import { ErrorMessage } from '../ui/messages';
import { PrintButton } from '../printing/PrintButton';
import { CsvButton } from './CsvButton';
import { recentMonths } from './periods';

const COLUMNS = ['total', 'CNCP', 'CCL', 'female', 'male', 'transgender', 'unknown'] as const;

export function MonthlySummary() {
  const { t } = useTranslation();
  const months = recentMonths(12);
  const [month, setMonth] = useState(months[1]!);
  const { data, error } = useQuery('reports.monthly', { month });
  const heading = (c: (typeof COLUMNS)[number]) => (c === 'total' ? t('reports.col.total') : c === 'CNCP' || c === 'CCL' ? t(`category.${c}`) : t(`sex.${c}`));
  return (
    <section className="view-section" aria-labelledby="monthly-title">
      <h2 id="monthly-title">{t('reports.monthlyTitle')}</h2>
      <p className="hint">{t('reports.monthlyIntro')}</p>
      <div className="report-controls">
        <SelectField label={t('reports.month')} value={month} onChange={setMonth} options={months.map((m) => ({ value: m, label: m }))} />
        <CsvButton load={() => api.call('reports.csv', { report: 'monthly', period: month })} />
        <PrintButton request={{ form: 'monthly', month }} label={t('print.pdf')} />
      </div>
      {error && <ErrorMessage>{describeError(t, error)}</ErrorMessage>}
      {data && (
        <table className="report-table">
          <thead>
            <tr>
              <th>{t('reports.col.line')}</th>
              {COLUMNS.map((c) => (
                <th key={c} className="num">
                  {heading(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.lines.map(({ line, counts }) => (
              <tr key={line}>
                <th scope="row">{t(`reports.line.${line}`)}</th>
                {COLUMNS.map((c) => (
                  <td key={c} className="num">
                    {counts[c]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
