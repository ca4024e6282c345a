import { useMemo } from 'react';
import type { TextMap } from '../../editor/text-map';
import type { Annotation } from '../../model/types';
import type { Review } from '../common/review-context';
import { undismissedCount } from './suggestion-words';
import { useSpotting } from './use-spotting';
import { useSuggestionActions } from './use-suggestion-actions';

interface Deps {
  review: Review;
  map: TextMap;
  /** The article's annotations: what is annotated is no longer suggested. */
  annotations: readonly Annotation[];
  /** False while the annotations are still being read: spotting waits for them. */
  ready: boolean;
  /** Marks a new annotation in the article and the sidebar, or (null) unmarks it. */
  mark: (id: string | null) => void;
  /** Scrolls the article to a suggestion's text. */
  reveal: (id: string) => void;
}

/**
 * The Suggestions feature of one article, for the workspace: the spotter's
 * suggestions and their underlines (`useSpotting`), the one the reviewer is
 * looking at and what the panel does (`useSuggestionActions`), and how many
 * the tab lists.
 */
export function useArticleSuggestions({ review, map, annotations, ready, mark, reveal }: Deps) {
  // spotting takes a core for a second or two a megabyte: not while the annotations load
  const spotting = useSpotting({ id: review.articleId }, map, annotations, ready);
  const actions = useSuggestionActions({ review, map, mark, reveal });
  const count = useMemo(
    () => undismissedCount(spotting.suggestions, spotting.dismissed),
    [spotting.suggestions, spotting.dismissed],
  );
  return { ...spotting, ...actions, count };
}

export type ArticleSuggestions = ReturnType<typeof useArticleSuggestions>;
