/**
 * Web mode: the host prints a URL carrying a per-run token (`?token=…`). It is read once, kept
 * for this tab only (sessionStorage), and removed from the address bar so it does not end up in
 * history, bookmarks or screenshots.
 */
const KEY = 'homeward.runToken';

/** Splits the token off a URL; pure, so it can be tested without a browser. */
export function takeTokenFromUrl(href: string): { token: string | null; cleanUrl: string } {
  const url = new URL(href);
  const token = url.searchParams.get('token');
  url.searchParams.delete('token');
  return { token, cleanUrl: url.toString() };
}

export function captureRunToken(): void {
  const { token, cleanUrl } = takeTokenFromUrl(window.location.href);
  if (token === null) return;
  sessionStorage.setItem(KEY, token);
  window.history.replaceState(window.history.state, '', cleanUrl);
}

export function runToken(): string {
  return sessionStorage.getItem(KEY) ?? '';
}
