import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAutoLock } from '../auth/use-auto-lock';
import { useSession } from '../auth/session';
import { ChildEditPage } from '../children/ChildEditPage';
import { ChildForm } from '../children/ChildForm';
import { ChildrenPage } from '../children/ChildrenPage';
import { ChildView } from '../children/ChildView';
import { CarePlansPage } from '../casefile/CarePlansPage';
import { emptyFilter, type FilterDraft } from '../children/filter';
import { MatchesPage } from '../matches/MatchesPage';
import { MatchReview } from '../matches/MatchReview';
import { SettingsPage } from '../settings/SettingsPage';
import { SyncPage } from '../sync/SyncPage';
import { DeadlinesPage } from '../deadlines/DeadlinesPage';
import { ReportsPage } from '../reports/ReportsPage';
import { CasesPage } from '../cases/CasesPage';
import { CasePage } from '../cases/CasePage';
import { RegisterCasePage } from '../cases/RegisterCasePage';
import { CauseListPage } from '../cases/CauseListPage';
import { CalendarPage } from '../cases/CalendarPage';
import { Header } from './Header';
import { HomePage } from './HomePage';
import { Nav } from './Nav';
import { useRoute, type Route } from './router';

export function AppShell() {
  const { t } = useTranslation();
  const { session, institutionName, lock, logout } = useSession();
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  // Lives here, not in the page: it survives opening a child, and goes with the session.
  const [childrenFilter, setChildrenFilter] = useState<FilterDraft>(emptyFilter);
  useAutoLock(session.autoLockMinutes, lock);

  // After moving to another page, keyboard focus follows — unless the page focused a field itself.
  useEffect(() => {
    if (main.current && !main.current.contains(document.activeElement)) main.current.focus();
  }, [route]);

  return (
    <div className="app">
      <Header institutionName={institutionName}>
        <span className="who">{t('shell.signedInAs', { name: session.user.displayName, role: t(`role.${session.user.role}`) })}</span>
        <button type="button" onClick={lock}>
          {t('shell.lock')}
        </button>
        <button type="button" onClick={logout}>
          {t('shell.logout')}
        </button>
      </Header>
      <div className="app-body">
        <Nav route={route} />
        <main className="app-main" id="main" ref={main} tabIndex={-1}>
          <Page route={route} childrenFilter={childrenFilter} onChildrenFilter={setChildrenFilter} />
        </main>
      </div>
    </div>
  );
}

interface PageProps {
  route: Route;
  childrenFilter: FilterDraft;
  onChildrenFilter: (f: FilterDraft) => void;
}

function Page({ route, childrenFilter, onChildrenFilter }: PageProps) {
  switch (route.area) {
    case 'home':
      return <HomePage />;
    case 'children':
      return <ChildrenPage filter={childrenFilter} onFilterChange={onChildrenFilter} />;
    case 'childNew':
      return <ChildForm />;
    case 'child':
      return <ChildView key={route.id} id={route.id} tab={route.tab ?? 'record'} />;
    case 'childEdit':
      return <ChildEditPage key={route.id} id={route.id} />;
    case 'sync':
      return <SyncPage />;
    case 'carePlans':
      return <CarePlansPage />;
    case 'deadlines':
      return <DeadlinesPage />;
    case 'reports':
      return <ReportsPage />;
    case 'matches':
      return <MatchesPage />;
    case 'matchPair':
      return <MatchReview key={`${route.childId}/${route.reportId}`} childId={route.childId} reportId={route.reportId} />;
    case 'settings':
      return <SettingsPage tab={route.tab} />;
    case 'cases':
      if (route.page === 'new') return <RegisterCasePage key={route.childId ?? ''} childId={route.childId} />;
      if (route.page === 'causeList') return <CauseListPage />;
      if (route.page === 'calendar') return <CalendarPage />;
      return <CasesPage />;
    case 'case':
      return <CasePage key={route.id} id={route.id} />;
  }
}
