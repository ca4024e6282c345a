import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { AnnotationFeed, type FeedSnapshot } from '../store/annotation-feed';
import { getArticle } from '../store/articles';
import { getSetting } from '../store/settings';

/** The article, live; undefined while loading, null if it does not exist. */
export function useArticle(id: string | undefined) {
  return useLiveQuery(async () => (id ? ((await getArticle(id)) ?? null) : null), [id]);
}

const NOTHING_YET: FeedSnapshot = { annotations: [], complete: false };

/**
 * The article's annotations in reading order, live (across tabs too), with
 * the feed, so the caller can show its own writes at once
 * (`AnnotationFeed.put`, `remove`).
 */
export function useArticleAnnotations(articleId: string) {
  const [state, setState] = useState<{
    articleId: string;
    feed: AnnotationFeed;
    snapshot: FeedSnapshot;
  } | null>(null);
  useEffect(() => {
    const feed: AnnotationFeed = new AnnotationFeed(articleId, snapshot =>
      setState({ articleId, feed, snapshot }),
    );
    feed.start();
    return () => feed.stop();
  }, [articleId]);
  // a feed of the article shown before is never used for this one
  const current = state?.articleId === articleId ? state : null;
  return { ...(current?.snapshot ?? NOTHING_YET), feed: current?.feed ?? null };
}

/** A setting, live: undefined while loading, else `{ value }` (value undefined when unset). */
export function useSetting<T>(key: string): { value: T | undefined } | undefined {
  return useLiveQuery(async () => ({ value: await getSetting<T>(key) }), [key]);
}
