/**
 * A case's clocks, from the same rules as the deadlines page: the 24-hour check, then each
 * statutory time limit with its due date (extensions added), when it was met, and its legal
 * source. A petty-offence inquiry past its time is shown first, as an alert: by law the
 * proceedings stand terminated (s.14(4)).
 */
import { useTranslation } from 'react-i18next';
import type { CaseFileJj } from '../../shared/api/cases-contract';
import type { Clock } from '../../shared/domain/deadlines';
import { formatDate, formatDateTimeIst } from '../../shared/util/dates';
import { ProductionCheckText } from './ParticularsFields';
import { ruleLabel } from './labels';
import { SourceText } from '../deadlines/SourceText';

const when = (c: Clock, at: string) => (c.hourly ? formatDateTimeIst(at) : formatDate(at));

export function ClockPanel({ kase }: { kase: CaseFileJj }) {
  const { t } = useTranslation();
  const terminated = kase.clocks.some((c) => c.terminated);
  return (
    <section className="view-section" aria-labelledby="clocks-title">
      {terminated && (
        <p className="message message-error terminated-banner" role="alert">
          <strong>{t('cases.terminated')}</strong>
        </p>
      )}
      <h2 id="clocks-title">{t('cases.clocks.title')}</h2>
      <h3>{t('cases.production.title')}</h3>
      {kase.production ? <ProductionCheckText check={kase.production} /> : <p className="hint">{t('cases.production.missing')}</p>}
      <ul className="deadline-list clock-list">
        {kase.clocks.map((c) => (
          <li key={c.ruleId} className={c.state === 'overdue' ? 'overdue' : c.state === 'due' ? 'due' : undefined} data-testid="clock">
            <span className="deadline-when">
              <strong className="nowrap">{t(`cases.clocks.state.${c.state}`)}</strong>
              {c.dueAt && <span className="nowrap">{t('cases.clocks.due', { date: when(c, c.dueAt) })}</span>}
              {c.doneAt && <span className="nowrap">{t('cases.clocks.done', { date: when(c, c.doneAt) })}</span>}
            </span>
            <span className="deadline-title">
              {ruleLabel(t, c.ruleId, c.title)}
              {c.extendedBy && ` (${t('cases.clocks.extended', { months: c.extendedBy.months })})`}
              {c.terminated && <strong className="terminated"> — {t('deadlines.terminated')}</strong>}
            </span>
            <SourceText source={c.source} />
          </li>
        ))}
      </ul>
    </section>
  );
}
