/**
 * The day's cause list, bench by bench, as it is put up and printed: each case by its number
 * and the child's initials only (s.74). As a PDF (A4, Hindi and English) and as CSV.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTHORITIES, type Authority } from '../../shared/domain/jj-case';
import { formatDate, parseDate, todayIst } from '../../shared/util/dates';
import { api } from '../api';
import { useQuery } from '../api/use-query';
import { describeError } from '../i18n/messages';
import { CsvButton } from '../reports/CsvButton';
import { PrintButton } from '../printing/PrintButton';
import { SelectField, TextField } from '../ui/fields';
import { ErrorMessage } from '../ui/messages';
import { purposeLabel } from './labels';

export function CauseListPage() {
  const { t } = useTranslation();
  const [authority, setAuthority] = useState<Authority>('jjb');
  const [typed, setTyped] = useState(formatDate(todayIst()));
  const [bench, setBench] = useState('');
  const date = parseDate(typed);
  const sittings = useQuery('sittings.get', {});
  const { data, error } = useQuery('cases.causeList', { date: date ?? todayIst(), authority, bench: bench || null }, date !== null);
  return (
    <section className="page page-wide cause-list">
      <h1>{t('cases.cause.title')}</h1>
      <p className="hint">{t('cases.cause.intro')}</p>
      <div className="report-controls no-print">
        <SelectField label={t('cases.authorityLabel')} value={authority} onChange={(v) => setAuthority(v as Authority)} options={AUTHORITIES.map((a) => ({ value: a, label: t(`cases.authority.${a}`) }))} />
        <TextField label={t('cases.date')} hint={t('common.dateHint')} placeholder="dd-mm-yyyy" inputMode="numeric" className="date" value={typed} onChange={setTyped} error={date === null ? t('fieldMsg.date') : undefined} />
        <SelectField label={t('cases.bench')} value={bench} onChange={setBench} options={[{ value: '', label: t('cases.cause.allBenches') }, ...(sittings.data?.[authority].benches ?? []).map((b) => ({ value: b, label: b }))]} />
        {date && <PrintButton request={{ form: 'cause-list', date, authority, bench: bench || null }} label={t('print.pdf')} />}
        {date && <CsvButton load={() => api.call('cases.csv', { report: 'causeList', authority, date, bench: bench || null })} />}
      </div>
      {error && <ErrorMessage>{describeError(t, error)}</ErrorMessage>}
      {data && (
        <>
          <h2 className="print-only">
            {t(`cases.authority.${data.authority}`)} — {t('cases.cause.title')} — {formatDate(data.date)}
          </h2>
          {data.benches.map((b) => (
            <section key={b.bench} className="view-section" aria-label={t('cases.cause.benchTitle', { bench: b.bench })}>
              <h2>
                {t('cases.cause.benchTitle', { bench: b.bench })} · {formatDate(data.date)}
              </h2>
              {!b.sitting && <p className="hint">{t('cases.cause.notSitting')}</p>}
              {b.rows.length === 0 ? (
                <p>{t('cases.cause.empty')}</p>
              ) : (
                <table className="report-table" data-testid="cause-list">
                  <thead>
                    <tr>
                      <th scope="col" className="num">
                        {t('cases.cause.col.serial')}
                      </th>
                      <th scope="col">{t('cases.cause.col.caseNo')}</th>
                      <th scope="col">{t('cases.cause.col.initials')}</th>
                      <th scope="col">{t('cases.cause.col.purpose')}</th>
                      <th scope="col">{t('cases.cause.col.previous')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {b.rows.map((r) => (
                      <tr key={r.caseNo}>
                        <td className="num">{r.serial}</td>
                        <td className="mono">{r.caseNo}</td>
                        <td dir="auto">{r.initials}</td>
                        <td>{purposeLabel(t, r.purpose)}</td>
                        <td>{formatDate(r.previousDate) || t('common.notRecorded')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          ))}
        </>
      )}
    </section>
  );
}
