import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_SCHEME_DEFINITION, isAppUrl } from '../../src/main/electron/app-scheme';
import { isTrustedSender } from '../../src/main/electron/trusted-sender';
import { shouldAllowNavigation } from '../../src/main/electron/navigation-policy';
import { permissionDecision } from '../../src/main/electron/permission-policy';

const FOREIGN_URLS = [
  'https://example.org/',
  'http://127.0.0.1:5173/',
  'file:///C:/Users/clerk/evil.html',
  'app://homeward.evil/index.html',
  'app://evil/index.html',
  'app://homeward:1234/index.html',
  'app://user:pass@homeward/index.html',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'devtools://devtools/bundled/inspector.html',
  '',
  'app:homeward',
];

describe('app scheme', () => {
  it('is registered standard and secure, and never bypasses the CSP', () => {
    expect(APP_SCHEME_DEFINITION.scheme).toBe('app');
    expect(APP_SCHEME_DEFINITION.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_DEFINITION.privileges?.bypassCSP).toBeFalsy();
    expect(APP_SCHEME_DEFINITION.privileges?.allowServiceWorkers).toBeFalsy();
    expect(APP_ENTRY_URL).toBe('app://homeward/index.html');
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
  });
});

describe('isTrustedSender', () => {
  it('trusts our own page in the top frame', () => {
    expect(isTrustedSender('app://homeward/index.html', true)).toBe(true);
    expect(isTrustedSender('app://homeward/index.html#/children/42', true)).toBe(true);
  });

  it('refuses our own page inside a subframe', () => {
    expect(isTrustedSender('app://homeward/index.html', false)).toBe(false);
  });

  it.each(FOREIGN_URLS)('refuses %j even in the top frame', (url) => {
    expect(isTrustedSender(url, true)).toBe(false);
  });
});

describe('shouldAllowNavigation', () => {
  it('allows moving within the app', () => {
    expect(shouldAllowNavigation('app://homeward/index.html')).toBe(true);
  });

  it.each(FOREIGN_URLS)('refuses %j', (url) => {
    expect(shouldAllowNavigation(url)).toBe(false);
  });
});

describe('permissionDecision', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'hid', 'usb', 'serial', 'openExternal', 'fullscreen', 'unknown'])(
    'refuses %s',
    (permission) => {
      expect(permissionDecision(permission)).toBe(false);
    },
  );
});
