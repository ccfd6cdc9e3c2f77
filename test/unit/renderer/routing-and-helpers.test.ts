import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../../src/renderer/shell/router';
import { takeTokenFromUrl } from '../../../src/renderer/api/run-token';
import { fitWithin } from '../../../src/renderer/children/photo-resize';
import { isIdle } from '../../../src/renderer/auth/use-auto-lock';
import { toChildFilter } from '../../../src/renderer/children/filter';
import { nameOptions } from '../../../src/renderer/reference/place-options';

describe('hash routes', () => {
  const routes: Route[] = [
    { area: 'home' },
    { area: 'children' },
    { area: 'childNew' },
    { area: 'child', id: '0190a-b' },
    { area: 'child', id: '0190a-b', tab: 'history' },
    { area: 'child', id: '0190a-b', tab: 'documents' },
    { area: 'childEdit', id: '0190a-b' },
    { area: 'settings', tab: 'general' },
    { area: 'settings', tab: 'users' },
    { area: 'settings', tab: 'sync' },
    { area: 'sync' },
    { area: 'carePlans' },
    { area: 'reports' },
    { area: 'settings', tab: 'sittings' },
    { area: 'cases', page: 'list' },
    { area: 'cases', page: 'new' },
    { area: 'cases', page: 'new', childId: '0190a-b' },
    { area: 'cases', page: 'causeList' },
    { area: 'cases', page: 'calendar' },
    { area: 'case', id: '0190c-d' },
  ];
  it('parse back what they format', () => {
    for (const r of routes) expect(parseRoute(routeHref(r))).toEqual(r);
  });
  it('fall back to home and to the general settings tab', () => {
    expect(parseRoute('')).toEqual({ area: 'home' });
    expect(parseRoute('#/nowhere')).toEqual({ area: 'home' });
    expect(parseRoute('#/settings/bogus')).toEqual({ area: 'settings', tab: 'general' });
    expect(parseRoute('#/children/0190a-b/bogus')).toEqual({ area: 'child', id: '0190a-b' });
    expect(routeHref({ area: 'child', id: 'x', tab: 'record' })).toBe('#/children/x');
  });
  it('give sync its own page, no longer a placeholder', () => {
    expect(parseRoute('#/sync')).toEqual({ area: 'sync' });
    expect(routeHref({ area: 'settings', tab: 'sync' })).toBe('#/settings/sync');
  });
});

describe('run token', () => {
  it('is taken off the URL, keeping the rest', () => {
    expect(takeTokenFromUrl('http://127.0.0.1:5173/?token=abc&x=1#/children')).toEqual({ token: 'abc', cleanUrl: 'http://127.0.0.1:5173/?x=1#/children' });
    expect(takeTokenFromUrl('app://homeward/index.html').token).toBeNull();
  });
});

describe('small helpers', () => {
  it('fit a photo within 1024 px without enlarging it', () => {
    expect(fitWithin(4000, 3000, 1024)).toEqual({ width: 1024, height: 768 });
    expect(fitWithin(600, 2400, 1024)).toEqual({ width: 256, height: 1024 });
    expect(fitWithin(300, 200, 1024)).toEqual({ width: 300, height: 200 });
  });
  it('call a session idle after the configured minutes', () => {
    expect(isIdle(0, 5 * 60_000 - 1, 5)).toBe(false);
    expect(isIdle(0, 5 * 60_000, 5)).toBe(true);
  });
  it('turn "all" choices into null filters', () => {
    expect(toChildFilter({ query: '  रा ', category: 'CCL', sex: '', ageBand: '12-14', status: 'nonsense', deadline: 'overdue' })).toEqual({
      query: 'रा',
      category: 'CCL',
      sex: null,
      ageBand: '12-14',
      status: null,
      deadline: 'overdue',
    });
  });
  it('keep a stored place name missing from the reference list', () => {
    expect(nameOptions(['Patna'], 'Old Name').map((o) => o.value)).toEqual(['Old Name', 'Patna']);
    expect(nameOptions(['Patna'], 'Patna').map((o) => o.value)).toEqual(['Patna']);
  });
});
