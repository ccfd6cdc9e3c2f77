/**
 * Hash routes (`#/children/…`): they work the same from app:// and from the web host, survive a
 * reload, and need no router library for this handful of pages.
 */
import { useEffect, useState } from 'react';

export const SETTINGS_TABS = ['general', 'institution', 'security', 'users', 'sittings', 'sync', 'updates', 'records'] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];

/** A child's page: the register record, then the case file (src/renderer/casefile/). */
export const CHILD_TABS = ['record', 'history', 'plan', 'health', 'documents'] as const;
export type ChildTab = (typeof CHILD_TABS)[number];

/** Settings tabs are above; the Board's and Committee's cases have these pages besides one case's. */
export const CASES_PAGES = ['list', 'new', 'causeList', 'calendar'] as const;
export type CasesPage = (typeof CASES_PAGES)[number];
const CASES_SLUGS: Record<CasesPage, string> = { list: '', new: 'new', causeList: 'cause-list', calendar: 'calendar' };

export type Route =
  | { area: 'home' }
  | { area: 'children' }
  | { area: 'childNew' }
  /** Without a tab: the record. */
  | { area: 'child'; id: string; tab?: ChildTab }
  | { area: 'childEdit'; id: string }
  | { area: 'sync' }
  /** Every child present with the state of the care plan and case history (src/renderer/casefile/). */
  | { area: 'carePlans' }
  | { area: 'matches' }
  | { area: 'deadlines' }
  | { area: 'reports' }
  /** The side-by-side review of one child in care and one missing-child report. */
  | { area: 'matchPair'; childId: string; reportId: string }
  | { area: 'settings'; tab: SettingsTab }
  /** The Board's and Committee's cases (src/renderer/cases/); `new` may name the child. */
  | { area: 'cases'; page: CasesPage; childId?: string }
  | { area: 'case'; id: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [head, second, third] = parts;
  if (head === 'children') {
    if (second === undefined) return { area: 'children' };
    if (second === 'new') return { area: 'childNew' };
    if (third === 'edit') return { area: 'childEdit', id: second };
    const tab = CHILD_TABS.find((x) => x === third && x !== 'record');
    return tab ? { area: 'child', id: second, tab } : { area: 'child', id: second };
  }
  if (head === 'sync') return { area: 'sync' };
  if (head === 'care-plans') return { area: 'carePlans' };
  if (head === 'deadlines') return { area: 'deadlines' };
  if (head === 'reports') return { area: 'reports' };
  if (head === 'matches') {
    // Report ids hold slashes (MP/PAT/2025/0117): they travel encoded, as one part.
    if (second !== undefined && third !== undefined) return { area: 'matchPair', childId: second, reportId: third };
    return { area: 'matches' };
  }
  if (head === 'settings') {
    const tab = SETTINGS_TABS.find((x) => x === second) ?? 'general';
    return { area: 'settings', tab };
  }
  if (head === 'cases') {
    const page = CASES_PAGES.find((p) => CASES_SLUGS[p] === (second ?? ''));
    if (page === 'new' && third !== undefined) return { area: 'cases', page, childId: third };
    if (page) return { area: 'cases', page };
    return { area: 'case', id: second! };
  }
  return { area: 'home' };
}

export function routeHref(route: Route): string {
  switch (route.area) {
    case 'home':
    case 'children':
    case 'sync':
    case 'matches':
    case 'deadlines':
    case 'reports':
      return `#/${route.area}`;
    case 'carePlans':
      return '#/care-plans';
    case 'matchPair':
      return `#/matches/${encodeURIComponent(route.childId)}/${encodeURIComponent(route.reportId)}`;
    case 'childNew':
      return '#/children/new';
    case 'child':
      return `#/children/${encodeURIComponent(route.id)}${route.tab && route.tab !== 'record' ? `/${route.tab}` : ''}`;
    case 'childEdit':
      return `#/children/${encodeURIComponent(route.id)}/edit`;
    case 'settings':
      return route.tab === 'general' ? '#/settings' : `#/settings/${route.tab}`;
    case 'cases':
      return `#/cases${route.page === 'list' ? '' : `/${CASES_SLUGS[route.page]}`}${route.childId ? `/${encodeURIComponent(route.childId)}` : ''}`;
    case 'case':
      return `#/cases/${encodeURIComponent(route.id)}`;
  }
}

/** The left-navigation entry a route belongs to. */
export function navAreaOf(route: Route): string {
  if (route.area === 'matchPair') return 'matches';
  if (route.area === 'case') return 'cases';
  return route.area === 'child' || route.area === 'childEdit' || route.area === 'childNew' ? 'children' : route.area;
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
