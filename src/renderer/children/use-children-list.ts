/**
 * The register, re-fetched as the search and filters change. Typing is debounced so the server
 * is asked once per pause, and a slower earlier answer never overwrites a newer one.
 */
import { useEffect, useRef, useState } from 'react';
import type { ChildFilter, ChildRow } from '../../shared/domain/child';
import { api, asApiError, type ApiError } from '../api';

export const SEARCH_DEBOUNCE_MS = 150;
/** Enough rows to fill the screen several times over while the rest loads. */
const FIRST_PAGE = 100;

export interface ListState {
  rows: ChildRow[];
  total: number;
  loading: boolean;
  error: ApiError | null;
}

export function useChildrenList(filter: ChildFilter, reloadKey: number): ListState {
  const [state, setState] = useState<ListState>({ rows: [], total: 0, loading: true, error: null });
  const { query, category, sex, ageBand, status, deadline } = filter;
  const lastQuery = useRef<string | null>(null);

  useEffect(() => {
    let live = true;
    // Only typing waits for a pause; opening the page or changing a filter asks at once.
    const typed = lastQuery.current !== null && lastQuery.current !== query;
    lastQuery.current = query;
    setState((s) => ({ ...s, loading: true }));
    const timer = window.setTimeout(() => {
      const filter = { query, category, sex, ageBand, status, deadline };
      // The first rows come at once; the rest of a long register follows behind them.
      api
        .call('children.list', { ...filter, limit: FIRST_PAGE })
        .then(async ({ rows, total }) => {
          if (!live) return;
          setState({ rows, total, loading: rows.length < total, error: null });
          if (rows.length >= total) return;
          const rest = await api.call('children.list', { ...filter, offset: rows.length });
          if (live) setState({ rows: [...rows, ...rest.rows], total: rest.total, loading: false, error: null });
        })
        .catch((e: unknown) => live && setState((s) => ({ ...s, loading: false, error: asApiError(e) })));
    }, typed ? SEARCH_DEBOUNCE_MS : 0);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query, category, sex, ageBand, status, deadline, reloadKey]);

  return state;
}
