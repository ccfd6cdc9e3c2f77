/** `sync.status`, loaded when the page opens and again after each export or receipt. */
import type { OutputOf } from '../../shared/api/contract';
import { useQuery } from '../api/use-query';

export type SyncStatus = OutputOf<'sync.status'>;

export function useSyncStatus(enabled = true) {
  const { data: status, error, reload } = useQuery('sync.status', {}, enabled);
  return { status, error, reload };
}
