/** One child's record, loaded by id (with a way to load it again after a change). */
import { useQuery } from '../api/use-query';

export function useChild(id: string) {
  const { data: child, error, reload } = useQuery('children.get', { id });
  return { child, error, reload };
}
