import { useTranslation } from 'react-i18next';
import { navAreaOf, routeHref, type Route } from './router';

const ITEMS = [
  { key: 'home', label: 'nav.home', route: { area: 'home' } },
  { key: 'children', label: 'nav.children', route: { area: 'children' } },
  { key: 'deadlines', label: 'nav.deadlines', route: { area: 'deadlines' } },
  { key: 'cases', label: 'nav.cases', route: { area: 'cases', page: 'list' } },
  { key: 'carePlans', label: 'nav.carePlans', route: { area: 'carePlans' } },
  { key: 'matches', label: 'nav.matches', route: { area: 'matches' } },
  { key: 'sync', label: 'nav.sync', route: { area: 'sync' } },
  { key: 'reports', label: 'nav.reports', route: { area: 'reports' } },
  { key: 'settings', label: 'nav.settings', route: { area: 'settings', tab: 'general' } },
] as const satisfies readonly { key: string; label: `nav.${string}`; route: Route }[];

export function Nav({ route }: { route: Route }) {
  const { t } = useTranslation();
  const current = navAreaOf(route);
  return (
    <nav className="app-nav no-print" aria-label={t('shell.navLabel')}>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.key}>
            <a href={routeHref(item.route)} aria-current={current === item.key ? 'page' : undefined}>
              {t(item.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
