/** The institution's settings as stored, for the forms that edit them. */
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../shared/api/contract';
import { api, asApiError, type ApiError } from '../api';

export function useSettings() {
  const [settings, setSettings] = useState<OutputOf<'settings.get'> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let live = true;
    api
      .call('settings.get', {})
      .then((s) => live && setSettings(s))
      .catch((e: unknown) => live && setError(asApiError(e)));
    return () => {
      live = false;
    };
  }, []);
  return { settings, error };
}
