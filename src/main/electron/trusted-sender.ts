import { isAppUrl } from './app-scheme';

/**
 * An IPC message is relayed to the backend only when it comes from our own page in the top
 * frame. Anything else (a subframe, a page that somehow navigated elsewhere) is refused.
 */
export function isTrustedSender(frameUrl: string, isTopFrame: boolean): boolean {
  return isTopFrame && isAppUrl(frameUrl);
}
