import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  EMPTY_FILTER,
  parseStoredFilter,
  type AnnotationFilter,
} from '../../model/annotation-filter';
import { filterKey, setSetting } from '../../store/settings';
import { useSetting } from '../common/use-setting';

/** How long typing must pause before the filter is written. */
export const FILTER_SAVE_DELAY_MS = 300;

interface Pending {
  articleId: string;
  filter: AnnotationFilter;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * The sidebar filter of this article and its setter. A change shows at once
 * and is saved (under `filters:<articleId>`) once typing pauses, or when the
 * article is left. Until the stored filter has loaded, the empty filter.
 */
export function useArticleFilter(
  articleId: string,
): [AnnotationFilter, (filter: AnnotationFilter) => void] {
  const stored = useSetting<unknown>(filterKey(articleId));
  const storedFilter = useMemo(
    () => (stored ? parseStoredFilter(stored.value) : EMPTY_FILTER),
    [stored],
  );
  // this session's filters by article: coming back to an article shows its filter before the write lands
  const [edited, setEdited] = useState<ReadonlyMap<string, AnnotationFilter>>(() => new Map());
  const pending = useRef<Pending | null>(null);

  const flush = useCallback(() => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    pending.current = null;
    // a filter that fails to save (storage full) is only forgotten on reload: not worth an alarm
    setSetting(filterKey(p.articleId), p.filter).catch(() => {});
  }, []);

  const setFilter = useCallback(
    (filter: AnnotationFilter) => {
      setEdited(m => new Map(m).set(articleId, filter));
      if (pending.current?.articleId !== articleId) flush();
      else clearTimeout(pending.current.timer);
      pending.current = { articleId, filter, timer: setTimeout(flush, FILTER_SAVE_DELAY_MS) };
    },
    [articleId, flush],
  );

  // leaving the article (or the workspace) saves what was typed last
  useEffect(() => flush, [articleId, flush]);

  return [edited.get(articleId) ?? storedFilter, setFilter];
}
