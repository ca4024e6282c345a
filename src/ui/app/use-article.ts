import { useLiveQuery } from 'dexie-react-hooks';
import { getArticle } from '../../store/articles';

/** The article, live; undefined while loading or with no id yet, null if it does not exist. */
export function useArticle(id: string | undefined) {
  return useLiveQuery(async () => (id ? ((await getArticle(id)) ?? null) : undefined), [id]);
}
