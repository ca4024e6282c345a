import { useMemo } from 'react';
import type { TextMap } from '../../editor/text-map';
import type { Annotation } from '../../model/types';
import type { Proposal } from '../common/proposal';
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
  /** Opens the annotation form on an accepted suggestion, filled in. */
  propose: (proposal: Proposal) => void;
  /** Scrolls the article to a suggestion's text. */
  reveal: (id: string) => void;
  /** Puts the focus back in the article. */
  focusArticle: () => void;
}

/**
 * The Suggestions feature of one article, for the workspace: the spotter's
 * suggestions and their underlines (`useSpotting`), the one the reviewer is
 * looking at and what the panel does (`useSuggestionActions`), and how many
 * the tab lists.
 */
export function useArticleSuggestions({
  review,
  map,
  annotations,
  ready,
  propose,
  reveal,
  focusArticle,
}: Deps) {
  // spotting takes a core for a second or two a megabyte: not while the annotations load
  const spotting = useSpotting({ id: review.articleId }, map, annotations, ready);
  const actions = useSuggestionActions({ review, map, propose, reveal, focusArticle });
  const count = useMemo(
    () => undismissedCount(spotting.suggestions, spotting.dismissed),
    [spotting.suggestions, spotting.dismissed],
  );
  return { ...spotting, ...actions, count };
}

export type ArticleSuggestions = ReturnType<typeof useArticleSuggestions>;
