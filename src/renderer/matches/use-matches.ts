/** `matches.list`, and the top reasons of the listed pairs (from each listed child's stored candidates). */
import { useEffect, useState } from 'react';
import { api } from '../api';
import { useQuery } from '../api/use-query';
import { pairKey, type Explanation, type MatchItem, type MatchList } from './match-format';

export function useMatchList(enabled = true) {
  const { data: list, error, reload } = useQuery('matches.list', {}, enabled);
  return { list, error, reload };
}

/** Children whose reasons are fetched at most: beyond that the list shows no reasons (the review screen always does). */
const MAX_CHILDREN = 60;

/**
 * The explanation of each listed pair, keyed by pairKey. `matches.list` carries no explanation,
 * so they come from `matches.byChild` (one call per listed child in care; it is a plain read,
 * not a view of the child's record). A child no longer in care has none: its rows show none.
 * Fetched again whenever the list is.
 */
export function useExplanations(list: MatchList | null) {
  const [byPair, setByPair] = useState<Map<string, Explanation>>(new Map());

  useEffect(() => {
    if (!list) return;
    let live = true;
    const items: MatchItem[] = [...list.new, ...list.possible, ...list.decided];
    const idOf = new Map(items.map((i) => [i.admissionNo, i.childId]));
    const admissionNos = [...idOf.keys()].slice(0, MAX_CHILDREN);
    void (async () => {
      const found = new Map<string, Explanation>();
      for (const admissionNo of admissionNos) {
        try {
          const rows = await api.call('matches.byChild', { admissionNo, top: 10 });
          for (const row of rows) {
            const childId = idOf.get(row.admission_no);
            if (childId) for (const c of row.candidates) found.set(pairKey({ childId, reportId: c.report_id }), c.explanation);
          }
        } catch {
          // A discharged child, or one gone since: its rows simply show no reasons.
        }
        if (!live) return;
      }
      setByPair(found);
    })();
    return () => {
      live = false;
    };
  }, [list]);

  return byPair;
}
