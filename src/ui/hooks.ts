import { useLiveQuery } from 'dexie-react-hooks';
import { listAnnotations } from '../store/annotations';
import { getArticle } from '../store/articles';
import { getSetting } from '../store/settings';

/** The article, live; undefined while loading, null if it does not exist. */
export function useArticle(id: string | undefined) {
  return useLiveQuery(async () => (id ? ((await getArticle(id)) ?? null) : null), [id]);
}

/** The article's annotations in reading order, live (across tabs too). */
export function useAnnotations(articleId: string | undefined) {
  return useLiveQuery(() => (articleId ? listAnnotations(articleId) : []), [articleId]);
}

/** A setting, live: undefined while loading, else `{ value }` (value undefined when unset). */
export function useSetting<T>(key: string): { value: T | undefined } | undefined {
  return useLiveQuery(async () => ({ value: await getSetting<T>(key) }), [key]);
}
