/**
 * The s.40(4) quarterly report on screen: restored, dead and runaway children of a quarter,
 * whether it has been sent, and marking it sent (which meets its deadline).
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuarterlyReport as Report } from '../../shared/domain/reports';
import { reportSentSchema } from '../../shared/domain/reports';
import { formatDate, formatDateTimeIst, parseDate, todayIst } from '../../shared/util/dates';
import { api } from '../api';
import { useQuery } from '../api/use-query';
import { useSession } from '../auth/session';
import { describeError } from '../i18n/messages';
import { SelectField, TextField } from '../ui/fields';
import { Form } from '../ui/Form';
import { ErrorMessage, Notice } from '../ui/messages';
import { useFormStatus } from '../ui/use-form-status';
import { PrintButton } from '../printing/PrintButton';
import { CsvButton } from './CsvButton';
import { recentQuarters } from './periods';

const day = (instant: string | null) => formatDateTimeIst(instant).slice(0, 10);
type Event = Report['restored'][number] | Report['died'][number] | Report['ranAway'][number];

export function QuarterlyReport() {
  const { t } = useTranslation();
  const { can } = useSession();
  const quarters = recentQuarters(8);
  // The quarter just ended is the one a report is written for.
  const [period, setPeriod] = useState(quarters[1]!);
  const { data, error, reload } = useQuery('reports.quarterly', { period });
  return (
    <section className="view-section" aria-labelledby="quarterly-title">
      <h2 id="quarterly-title">{t('reports.quarterlyTitle')}</h2>
      <p className="hint">{t('reports.quarterlyIntro')}</p>
      <div className="report-controls">
        <SelectField label={t('reports.quarter')} value={period} onChange={setPeriod} options={quarters.map((q) => ({ value: q, label: q }))} />
        <CsvButton load={() => api.call('reports.csv', { report: 'quarterly', period })} />
        <PrintButton request={{ form: 'quarterly', period }} label={t('print.pdf')} />
      </div>
      {error && <ErrorMessage>{describeError(t, error)}</ErrorMessage>}
      {data && (
        <>
          <p>{data.sent ? t('reports.sent', { date: formatDate(data.sent.submittedOn), to: data.sent.submittedTo, by: data.sent.recordedBy }) : t('reports.notSent')}</p>
          <EventTable title={t('reports.restored')} rows={data.restored} extra={[t('reports.col.relationship'), t('reports.col.order')]} cells={(e) => [e.relationship ?? '', `${e.orderedBy}, ${e.orderNo} (${formatDate(e.orderDate)})`]} />
          <EventTable title={t('reports.died')} rows={data.died} extra={[t('reports.col.place'), t('reports.col.cause'), t('reports.col.informed')]} cells={(e) => [e.place, e.cause, formatDate(e.authorityInformedOn)]} />
          <EventTable
            title={t('reports.ranAway')}
            rows={data.ranAway}
            extra={[t('reports.col.police'), t('reports.col.returned')]}
            cells={(e) => [e.policeInformed ? `${t('movements.yes')}${e.firGdNo ? `, ${e.firGdNo}` : ''}` : t('movements.no'), e.returnedAt ? day(e.returnedAt) : t('reports.notReturned')]}
          />
          {can('settings.manage') && <MarkSent period={period} last={data.to} onDone={reload} />}
        </>
      )}
    </section>
  );
}

function EventTable<E extends Event>({ title, rows, extra, cells }: { title: string; rows: readonly E[]; extra: string[]; cells: (e: E) => ReactNode[] }) {
  const { t } = useTranslation();
  return (
    <>
      <h3>
        {title} ({rows.length})
      </h3>
      {rows.length === 0 ? (
        <p className="hint">{t('reports.noneIn')}</p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              {[t('reports.col.serial'), t('reports.col.admissionNo'), t('reports.col.name'), t('reports.col.category'), t('reports.col.sex'), t('reports.col.age'), t('reports.col.date'), t('reports.col.homeDistrict'), ...extra].map((h) => (
                <th key={h}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={`${e.childId}/${e.at}`}>
                <td className="num">{e.serial}</td>
                <td className="mono">{e.admissionNo}</td>
                <td dir="auto">{e.name ?? <span className="withheld">{t('reports.withheld')}</span>}</td>
                <td>{t(`category.${e.category}`)}</td>
                <td>{t(`sex.${e.sex}`)}</td>
                <td className="num">{e.age ?? ''}</td>
                <td className="date">{day(e.at)}</td>
                <td dir="auto">{e.homeDistrict ?? ''}</td>
                {cells(e).map((c, i) => (
                  <td key={i} dir="auto">
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function MarkSent({ period, last, onDone }: { period: string; last: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useFormStatus();
  const [on, setOn] = useState(formatDate(todayIst() > last ? todayIst() : last));
  const [to, setTo] = useState('');
  const [done, setDone] = useState(false);
  async function save() {
    const input = form.check(reportSentSchema, { period, submittedOn: parseDate(on) ?? on, submittedTo: to });
    if (!input) return;
    if (await form.submit(() => api.call('reports.markSent', input).then(() => undefined))) {
      setDone(true);
      onDone();
    }
  }
  return (
    <Form className="movement-form" onSubmit={save} aria-label={t('reports.markSentTitle')}>
      <h3>{t('reports.markSentTitle')}</h3>
      {done && <Notice>{t('reports.markedSent', { period })}</Notice>}
      <ErrorMessage>{form.banner}</ErrorMessage>
      <div className="movement-when">
        <TextField label={t('reports.submittedOn')} hint={t('common.dateHint')} placeholder="dd-mm-yyyy" inputMode="numeric" value={on} onChange={setOn} error={form.fieldError('submittedOn')} className="short" />
        <TextField label={t('reports.submittedTo')} value={to} onChange={setTo} error={form.fieldError('submittedTo')} />
      </div>
      <button type="submit" className="primary" disabled={form.busy}>
        {t('reports.markSent')}
      </button>
    </Form>
  );
}
