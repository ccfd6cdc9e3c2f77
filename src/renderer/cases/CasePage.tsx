/**
 * One case of the Board or the Committee: who and what it is about, its clocks (the 24-hour
 * check, the inquiry's time limit — and, for a petty offence past it, that the proceedings
 * stand terminated, shown first and in red), its particulars, hearings, steps and orders, the
 * monitoring sheet made from all of it, for the Committee the case summary and restoration, and
 * the case's forms to print.
 */
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../shared/util/dates';
import { useQuery } from '../api/use-query';
import { describeError } from '../i18n/messages';
import { routeHref } from '../shell/router';
import { ErrorMessage } from '../ui/messages';
import { CasePrintPanel } from './CasePrintPanel';
import { ClockPanel } from './ClockPanel';
import { HearingsSection } from './HearingsSection';
import { disposalLabel } from './labels';
import { MonitoringSheet } from './MonitoringSheet';
import { ParticularsSection } from './ParticularsSection';
import { RestorationSection } from './RestorationSection';
import { StepsSection } from './StepsSection';

export function CasePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data: kase, error, reload } = useQuery('cases.get', { id });
  if (error) return <ErrorMessage>{describeError(t, error)}</ErrorMessage>;
  if (!kase) return <p role="status">{t('cases.loading')}</p>;
  // The sheet is made from everything on the page: it is asked for again after any change.
  const version = `${kase.updatedAt}|${kase.entries.map((e) => e.updatedAt).join()}|${kase.hearings.map((h) => h.updatedAt).join()}`;
  return (
    <section className="page page-wide case-page">
      <div className="page-title">
        <h1>
          {t('cases.caseTitle', { caseNo: kase.caseNo })} <span className="subtitle">{t(`cases.authority.${kase.authority}`)}</span>
        </h1>
      </div>
      <p>
        <a href={routeHref({ area: 'child', id: kase.child.id })}>
          <span className="mono">{kase.child.admissionNo}</span> <span dir="auto">{kase.child.name}</span>
        </a>
        {' · '}
        {kase.status === 'disposed' ? t('cases.disposedOn', { date: formatDate(kase.disposedOn), disposal: kase.disposal ? disposalLabel(t, kase.disposal) : '' }) : t('cases.status.pending')}
      </p>
      <ClockPanel kase={kase} />
      <ParticularsSection kase={kase} onChanged={reload} />
      <HearingsSection kase={kase} onChanged={reload} />
      <StepsSection kase={kase} onChanged={reload} />
      {kase.authority === 'cwc' && <RestorationSection childId={kase.child.id} />}
      <MonitoringSheet caseId={kase.id} authority={kase.authority} version={version} />
      <CasePrintPanel kase={kase} />
    </section>
  );
}
