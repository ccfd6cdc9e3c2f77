/** The admission register between two dates, as data on screen (the printed register is made from the same rows). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTimeIst, parseDate, todayIst } from '../../shared/util/dates';
import { dateRangeSchema } from '../../shared/domain/fields';
import { useQuery } from '../api/use-query';
import { describeError, translateFieldMessage } from '../i18n/messages';
import { TextField } from '../ui/fields';
import { ErrorMessage } from '../ui/messages';
import { PrintButton } from '../printing/PrintButton';

export function AdmissionRegister() {
  const { t } = useTranslation();
  const today = todayIst();
  const [from, setFrom] = useState(formatDate(`${today.slice(0, 8)}01`));
  const [to, setTo] = useState(formatDate(today));
  const range = dateRangeSchema.safeParse({ from: parseDate(from) ?? from, to: parseDate(to) ?? to });
  const span = range.success ? range.data : { from: today, to: today };
  const { data, error } = useQuery('movements.register', span, range.success);
  const problem = range.success ? null : range.error.issues[0]!;
  return (
    <section className="view-section" aria-labelledby="register-title">
      <h2 id="register-title">{t('reports.registerTitle')}</h2>
      <p className="hint">{t('reports.registerIntro')}</p>
      <div className="report-controls">
        <TextField label={t('reports.from')} hint={t('common.dateHint')} placeholder="dd-mm-yyyy" inputMode="numeric" value={from} onChange={setFrom} className="short" error={problem?.path[0] === 'from' ? translateFieldMessage(t, problem.message) : undefined} />
        <TextField label={t('reports.to')} hint={t('common.dateHint')} placeholder="dd-mm-yyyy" inputMode="numeric" value={to} onChange={setTo} className="short" error={problem?.path[0] === 'to' ? translateFieldMessage(t, problem.message) : undefined} />
        {/* The dates' own errors show beside them; the button only refuses to print until they are right. */}
        <PrintButton request={{ form: 'register', ...span }} label={t('print.pdf')} validate={() => (problem ? t('print.fixDates') : null)} />
      </div>
      {error && <ErrorMessage>{describeError(t, error)}</ErrorMessage>}
      {data && range.success && (
        <table className="report-table">
          <thead>
            <tr>
              {[t('reports.col.serial'), t('reports.col.admissionNo'), t('reports.col.date'), t('reports.col.name'), t('reports.col.category'), t('reports.col.sex'), t('reports.col.age'), t('movements.field.referredBy'), t('reports.col.order'), t('reports.left')].map((h) => (
                <th key={h}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={`${r.childId}/${r.at}`}>
                <td className="num">{r.serial}</td>
                <td className="mono">{r.admissionNo}</td>
                <td className="date">
                  {formatDateTimeIst(r.at)}
                  {r.entry === 'readmission' && ` (${t('movements.kind.readmission')})`}
                </td>
                <td dir="auto">{r.name ?? <span className="withheld">{t('reports.withheld')}</span>}</td>
                <td>{t(`category.${r.category}`)}</td>
                <td>{t(`sex.${r.sex as 'female'}`)}</td>
                <td className="num">{r.ageAtEntry ?? ''}</td>
                <td dir="auto">{r.referredBy ?? ''}</td>
                <td dir="auto">{r.orderNo ?? ''}</td>
                <td>{r.left ? `${t(`movements.kind.${r.left.kind}`)}, ${formatDateTimeIst(r.left.at).slice(0, 10)}` : t('reports.stillHere')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
