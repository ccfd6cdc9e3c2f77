/**
 * The tabs of a child's page: the register record, then the case file — case history
 * (Form 43), care plan (Form 7), health, documents. The case file is loaded once, in one call,
 * when the page opens; every tab reads from it and reloads it after a change.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Child } from '../../shared/domain/child';
import { describeError } from '../i18n/messages';
import { CHILD_TABS, routeHref, type ChildTab } from '../shell/router';
import { ErrorMessage } from '../ui/messages';
import { CompletenessMeter } from './CompletenessMeter';
import { DocumentsTab } from './DocumentsTab';
import { HealthTab } from './HealthTab';
import { HistoryTab } from './HistoryTab';
import { PlanTab } from './PlanTab';
import type { CaseFileQuery } from './use-casefile';

interface Props {
  child: Child;
  tab: ChildTab;
  /** Loaded by the page together with the record (a CCL child hidden from this viewer: refused, and not shown). */
  caseFile: CaseFileQuery;
  /** The record tab's content. */
  children: ReactNode;
}

export function CaseFileTabs({ child, tab, caseFile: query, children }: Props) {
  const { t } = useTranslation();
  // Without the right to see a CCL child's identity there is no case file to show (the backend refuses it too).
  const { error, reload } = query;
  const caseFile = child.identified ? query.caseFile : null;
  const tabs = child.identified ? CHILD_TABS : (['record'] as const);

  let body: ReactNode;
  if (tab === 'record' || !child.identified) body = children;
  else if (error) body = <ErrorMessage>{describeError(t, error)}</ErrorMessage>;
  else if (!caseFile) body = <p role="status">{t('casefile.loading')}</p>;
  else {
    const props = { child, caseFile, onChanged: reload };
    body = tab === 'history' ? <HistoryTab {...props} /> : tab === 'plan' ? <PlanTab {...props} /> : tab === 'health' ? <HealthTab {...props} /> : <DocumentsTab {...props} />;
  }

  return (
    <>
      {caseFile && (
        <div className="cf-summary">
          <span>
            <strong>{t('casefile.historyComplete')}</strong> <CompletenessMeter value={caseFile.history.completeness} label={t('casefile.historyComplete')} />
          </span>
          <span>{caseFile.plan ? t('casefile.plan.short', { version: caseFile.plan.version }) : t('casefile.plan.none')}</span>
        </div>
      )}
      <nav className="tabs no-print" aria-label={t('casefile.tabsLabel')}>
        {tabs.map((x) => (
          <a key={x} href={routeHref({ area: 'child', id: child.id, tab: x })} aria-current={x === tab ? 'page' : undefined}>
            {t(`casefile.tab.${x}`)}
          </a>
        ))}
      </nav>
      <div className="tab-body">{body}</div>
    </>
  );
}
