/**
 * Deadline items as a list: overdue ones first and marked (red edge, tinted, the date in bold),
 * each with the child (by admission number, name only where the viewer may see it) or the
 * case (by its number, linked to the case where the viewer may open it), what is due, when,
 * and the legal source — so nobody has to take the date on trust.
 */
import { useTranslation } from 'react-i18next';
import type { DeadlineItem, DeadlineList } from '../../shared/domain/deadlines';
import { formatDate, formatDateTimeIst } from '../../shared/util/dates';
import { routeHref } from '../shell/router';
import { SourceText } from './SourceText';

export function DeadlineItems({ items, withSources }: { items: readonly DeadlineItem[]; withSources: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="deadline-list">
      {items.map((item) => {
        const date = item.hourly ? formatDateTimeIst(item.dueAt) : formatDate(item.dueAt);
        const when = item.state === 'overdue' ? t('deadlines.overdueSince', { date }) : t('deadlines.dueOn', { date });
        const howFar = item.state === 'overdue' ? (item.daysLeft < 0 ? t('deadlines.overdueDays', { count: -item.daysLeft }) : '') : item.daysLeft <= 0 ? t('deadlines.dueToday') : t('deadlines.dueIn', { count: item.daysLeft });
        return (
          <li key={`${item.ruleId}/${item.caseId ?? item.childId ?? item.period ?? ''}`} className={item.state} data-testid="deadline">
            <span className="deadline-when">
              <span className="nowrap">{when}</span> <span className="nowrap">{howFar}</span>
            </span>
            <span className="deadline-who">
              {item.caseNo !== null && item.caseId !== null ? (
                <>
                  {item.childId === null ? <span className="mono">{t('deadlines.caseNo', { caseNo: item.caseNo })}</span> : <a href={routeHref({ area: 'case', id: item.caseId })} className="mono">{t('deadlines.caseNo', { caseNo: item.caseNo })}</a>}{' '}
                  {item.name === null ? <span className="withheld">{t('deadlines.withheld')}</span> : <span dir="auto">{item.name}</span>}
                </>
              ) : item.childId === null ? (
                <>
                  {t('deadlines.institution')}
                  {item.period && ` · ${t('deadlines.period', { period: item.period })}`}
                </>
              ) : (
                <a href={routeHref({ area: 'child', id: item.childId })}>
                  <span className="mono">{item.admissionNo}</span> {item.name === null ? <span className="withheld">{t('deadlines.withheld')}</span> : <span dir="auto">{item.name}</span>}
                </a>
              )}
            </span>
            <span className="deadline-title">
              {t(`deadlines.rule.${item.ruleId}` as 'deadlines.rule.icp', { defaultValue: item.title })}
              {item.terminated && <strong className="terminated"> — {t('deadlines.terminated')}</strong>}
            </span>
            {withSources && <SourceText source={item.source} />}
          </li>
        );
      })}
    </ul>
  );
}

/** "3 overdue · 5 due soon", the overdue count marked. */
export function DeadlineCounts({ counts }: { counts: DeadlineList['counts'] }) {
  const { t } = useTranslation();
  return (
    <p className="deadline-counts" role="status">
      <span className={counts.overdue > 0 ? 'deadline-count overdue' : 'deadline-count'}>{t('deadlines.overdueCount', { count: counts.overdue })}</span>
      <span className="deadline-count">{t('deadlines.dueCount', { count: counts.due })}</span>
    </p>
  );
}
