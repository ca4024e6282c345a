import { startTransition, useEffect, useState } from 'react';
import type { Annotation } from '../../model/types';
import { AnnotationFeed, type FeedSnapshot } from '../../store/annotation-feed';
import { useLatest } from '../common/use-latest';

const NOTHING_YET: FeedSnapshot = { annotations: [], complete: false };

/**
 * The article's annotations in reading order, live: this tab's writes
 * through the store show at once, other tabs' once committed (`AnnotationFeed`).
 */
export function useArticleAnnotations(
  articleId: string,
  /** Prepares each slice of the full read (see `AnnotationFeed`), with the latest props. */
  prepareSlice?: (slice: readonly Annotation[]) => void,
): FeedSnapshot {
  const prepare = useLatest(prepareSlice);
  const [state, setState] = useState<{ articleId: string; snapshot: FeedSnapshot } | null>(null);
  useEffect(() => {
    const feed = new AnnotationFeed(
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
  }, [articleId, prepare]);
  // the annotations of the article shown before are never shown for this one
  const current = state?.articleId === articleId ? state : null;
  return current?.snapshot ?? NOTHING_YET;
}
