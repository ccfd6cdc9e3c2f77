/** One child's record, loaded by id (with a way to load it again after a change). */
import { useCallback, useEffect, useState } from 'react';
import type { Child } from '../../shared/domain/child';
import { api, asApiError, type ApiError } from '../api';

export function useChild(id: string) {
  const [child, setChild] = useState<Child | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    api
      .call('children.get', { id })
      .then((c) => live && setChild(c))
      .catch((e: unknown) => live && setError(asApiError(e)));
    return () => {
      live = false;
    };
  }, [id, version]);

  return { child, error, reload: useCallback(() => setVersion((v) => v + 1), []) };
}
