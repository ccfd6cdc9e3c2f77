/**
 * Asks the backend to get its PDF engine ready when a screen with Print buttons opens, so the
 * first print is as quick as the next (in web mode starting Chromium takes seconds; the
 * desktop app has nothing to start).
 */
import { useEffect } from 'react';
import { api } from '../api';

export function usePrintPrepare(enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    // Only a head start: if it fails (no browser installed), the print itself says why.
    api.call('print.prepare', {}).catch(() => undefined);
  }, [enabled]);
}
