/**
 * States and districts (LGD), shipped with the app and public. Fetched once per window: the list
 * never changes while the app runs.
 */
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../shared/api/contract';
import { api } from '../api';

export type States = OutputOf<'reference.states'>;

let cached: Promise<States> | null = null;

function loadStates(): Promise<States> {
  cached ??= api.call('reference.states', {}).catch((e: unknown) => {
    cached = null; // let the next screen try again
    throw e;
  });
  return cached;
}

export function useStates(): States {
  const [states, setStates] = useState<States>([]);
  useEffect(() => {
    let live = true;
    loadStates()
      .then((s) => live && setStates(s))
      .catch(() => {
        // Without the list the selects stay empty; the form's validation then says what is missing.
      });
    return () => {
      live = false;
    };
  }, []);
  return states;
}
