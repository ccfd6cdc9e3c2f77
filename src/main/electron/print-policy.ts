/** The pure decisions behind print-window.ts, tested without Electron. */
import type { Session, WebPreferences } from 'electron';
import { APP_SCHEME } from './app-scheme';
import { webPreferences } from './web-preferences';

/** No "persist:" prefix: the print session lives in memory only. */
export const PRINT_PARTITION = 'homeward-print';
const PRINT_HOST = 'print';
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const printDocumentUrl = (id: string) => `${APP_SCHEME}://${PRINT_HOST}/${id}`;

/** The document id of app://print/<uuid>; null for any other URL. */
export function printDocumentId(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== PRINT_HOST || parsed.username || parsed.password || parsed.search || parsed.hash) return null;
  const id = parsed.pathname.slice(1);
  return ID.test(id) ? id : null;
}

/** A print window: the renderer's hardened settings, with no preload and no script at all. */
export function printWebPreferences(session: Session): WebPreferences {
  const { preload: _none, ...hardened } = webPreferences({ preload: '', devTools: false });
  return { ...hardened, session, javascript: false };
}
