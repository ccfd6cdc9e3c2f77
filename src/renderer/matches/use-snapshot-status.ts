/** `snapshots.status` (open to anyone signed in: it holds no personal data), with a way to read it again. */
import type { OutputOf } from '../../shared/api/contract';
import { useQuery } from '../api/use-query';

export type SnapshotStatus = OutputOf<'snapshots.status'>;

export function useSnapshotStatus() {
  const { data: status, error, reload } = useQuery('snapshots.status', {});
  return { status, error, reload };
}
