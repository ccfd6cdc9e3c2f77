/** The institution's settings as stored, for the forms that edit them. */
import { useQuery } from '../api/use-query';

export function useSettings() {
  const { data: settings, error } = useQuery('settings.get', {});
  return { settings, error };
}
