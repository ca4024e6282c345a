import { useMemo, useState } from 'react';
import type { TextMap } from '../../editor/text-map';
import { annotationFieldsFor, suggestionOrigin } from '../../model/claim-spotting/accept';
import type { Suggestion } from '../../model/claim-spotting/types';
import {
  dismissSuggestion,
  restoreSuggestions,
  setSuggestionsEnabled,
} from '../../store/suggestion-store';
import { focusSuggestion } from '../common/focus-entry';
import type { Review } from '../common/review-context';
import { useLatest } from '../common/use-latest';
import type { Proposal } from '../common/proposal';
import { suggestionLabel } from './suggestion-words';

interface Deps {
  review: Review;
  map: TextMap;
  /** Opens the annotation form on a proposed annotation, filled in. */
  propose: (proposal: Proposal) => void;
  /** Scrolls the article to a suggestion's text. */
  reveal: (id: string) => void;
  /** Puts the focus back in the article (when no suggestion is left to go to). */
  focusArticle: () => void;
}

/**
 * What the Suggestions panel does: accept (opens the form on it: a claim, or
 * a correction with the suggested spelling, the spotter's reasons as its
 * origin; the reviewer saves or cancels), dismiss and restore (per article),
 * show in the article, turn off and on. Callbacks are stable, so the panel's
 * entries are not drawn again while the reviewer reads.
 */
export function useSuggestionActions(deps: Deps) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const latest = useLatest(deps);

  const actions = useMemo(() => {
    const articleId = () => latest.current.review.articleId;
    const accept = (s: Suggestion, next: Suggestion | undefined) => {
      const { map, propose } = latest.current;
      propose({
        range: { from: map.toPos(s.start), to: map.toPos(s.end) },
        fields: annotationFieldsFor(s),
        origin: suggestionOrigin(s),
        closed: saved => {
          const { review, focusArticle } = latest.current;
          if (saved) {
            // annotated now: it is not offered again, even if the annotation is deleted
            void dismissSuggestion(review.articleId, s.id);
            review.announce(`Accepted: ${suggestionLabel(s)}.`);
          }
          // saved: on to the next one to look at; cancelled: back where the reviewer was
          void focusSuggestion(saved ? next?.id : s.id, focusArticle);
        },
      });
    };
    return {
      onAccept: accept,
      onDismiss: (s: Suggestion) => void dismissSuggestion(articleId(), s.id),
      onRestoreDismissed: () => void restoreSuggestions(articleId()),
      onSelect: (s: Suggestion) => {
        setActiveId(s.id);
        latest.current.reveal(s.id);
      },
      onTurnOff: () => void setSuggestionsEnabled(false),
      onTurnOn: () => void setSuggestionsEnabled(true),
    };
  }, [latest]);
  return { activeId, setActiveId, ...actions };
}
