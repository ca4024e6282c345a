import { useLiveQuery } from 'dexie-react-hooks';
import { getSetting } from '../../store/settings';

/** A setting, live: undefined while loading, else `{ value }` (value undefined when unset). */
export function useSetting<T>(key: string): { value: T | undefined } | undefined {
  return useLiveQuery(async () => ({ value: await getSetting<T>(key) }), [key]);
}
