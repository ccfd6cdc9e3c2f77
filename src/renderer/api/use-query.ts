/**
 * One read through the contract, loaded when its input changes and again on reload(). An
 * answer that arrives after the page moved on (or after a newer request) is dropped.
 */
import { useCallback, useEffect, useState } from 'react';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import { api, asApiError, type ApiError } from './index';

export function useQuery<M extends MethodName>(method: M, input: InputOf<M>, enabled = true) {
  const [data, setData] = useState<OutputOf<M> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);
  // The input by value, so a new object with the same content does not ask again.
  const key = JSON.stringify(input);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    api
      .call(method, JSON.parse(key) as InputOf<M>)
      .then((d) => {
        if (!live) return;
        setData(d);
        setError(null);
      })
      .catch((e: unknown) => live && setError(asApiError(e)));
    return () => {
      live = false;
    };
  }, [method, key, enabled, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, reload };
}
