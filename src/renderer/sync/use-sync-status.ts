/** `sync.status`, loaded when the page opens and again after each export or receipt. */
import { useCallback, useEffect, useState } from 'react';
import type { OutputOf } from '../../shared/api/contract';
import { api, asApiError, type ApiError } from '../api';

export type SyncStatus = OutputOf<'sync.status'>;

export function useSyncStatus(enabled = true) {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    api
      .call('sync.status', {})
      .then((s) => {
        if (!live) return;
        setStatus(s);
        setError(null);
      })
      .catch((e: unknown) => live && setError(asApiError(e)));
    return () => {
      live = false;
    };
  }, [enabled, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { status, error, reload };
}
