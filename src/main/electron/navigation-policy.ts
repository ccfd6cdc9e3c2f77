import { isAppUrl } from './app-scheme';

/**
 * The window may only ever show the app itself. Links to the web (or file://) are refused
 * rather than opened elsewhere: the app is offline and a clerk clicking a link in imported
 * data must not leave it.
 */
export function shouldAllowNavigation(url: string): boolean {
  return isAppUrl(url);
}
