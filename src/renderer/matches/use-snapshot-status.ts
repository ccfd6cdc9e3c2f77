/** `snapshots.status` (open to anyone signed in: it holds no personal data), with a way to read it again. */
import { useCallback, useEffect, useState } from 'react';
import type { OutputOf } from '../../shared/api/contract';
import { api, asApiError, type ApiError } from '../api';

export type SnapshotStatus = OutputOf<'snapshots.status'>;

export function useSnapshotStatus() {
  const [status, setStatus] = useState<SnapshotStatus | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    api
      .call('snapshots.status', {})
      .then((s) => {
        if (!live) return;
        setStatus(s);
        setError(null);
      })
      .catch((e: unknown) => live && setError(asApiError(e)));
    return () => {
      live = false;
    };
  }, [version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { status, error, reload };
}
