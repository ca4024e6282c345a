import { useLiveQuery } from 'dexie-react-hooks';
import { startTransition, useEffect, useRef, useState } from 'react';
import type { Annotation } from '../../model/types';
import { AnnotationFeed, type FeedSnapshot } from '../../store/annotation-feed';
import { getArticle } from '../../store/articles';
import { getSetting } from '../../store/settings';

/** The article, live; undefined while loading or with no id yet, null if it does not exist. */
export function useArticle(id: string | undefined) {
  return useLiveQuery(async () => (id ? ((await getArticle(id)) ?? null) : undefined), [id]);
}

const NOTHING_YET: FeedSnapshot = { annotations: [], complete: false };

/**
 * The article's annotations in reading order, live: this tab's writes
 * through the store show at once, other tabs' once committed (`AnnotationFeed`).
 */
export function useArticleAnnotations(
  articleId: string,
  /** Prepares each slice of the full read (see `AnnotationFeed`), with the latest props. */
  prepareSlice?: (slice: readonly Annotation[]) => void,
) {
  const prepare = useRef(prepareSlice);
  useEffect(() => {
    prepare.current = prepareSlice;
  });
  const [state, setState] = useState<{ articleId: string; snapshot: FeedSnapshot } | null>(null);
  useEffect(() => {
    const feed: AnnotationFeed = new AnnotationFeed(
      articleId,
      (snapshot, bulk) => {
        const show = () => setState({ articleId, snapshot });
        // all ten thousand at once: drawn in slices of time, so scrolling and selecting stay smooth
        if (bulk) startTransition(show);
        else show();
      },
      slice => prepare.current?.(slice),
    );
    feed.start();
    return () => feed.stop();
  }, [articleId]);
  // the annotations of the article shown before are never shown for this one
  const current = state?.articleId === articleId ? state : null;
  return current?.snapshot ?? NOTHING_YET;
}

/** A setting, live: undefined while loading, else `{ value }` (value undefined when unset). */
export function useSetting<T>(key: string): { value: T | undefined } | undefined {
  return useLiveQuery(async () => ({ value: await getSetting<T>(key) }), [key]);
}
