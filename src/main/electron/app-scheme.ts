import type { CustomScheme } from 'electron';

/** The renderer is served from app://homeward/ — never from file://, which would open the whole disk to it. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'homeward';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * standard: real origin, relative URLs and history routing work; secure: treated like https,
 * so the page counts as a secure context; corsEnabled: Vite's `<script type="module"
 * crossorigin>` is fetched in CORS mode and would not load without it. Deliberately NOT
 * bypassCSP: our CSP must apply.
 */
export const APP_SCHEME_DEFINITION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
};

/** True only for URLs on our own origin (no port, no credentials, no look-alike host). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}
