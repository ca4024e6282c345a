import type { Reviewer } from '../../model/desk/reviewer';
import { useMemo, useState } from 'react';
import type { TextMap } from '../../editor/text-map';
import { fieldsOf } from '../../model/annotation-fields';
import { annotationFieldsFor } from '../../model/claim-spotting/accept';
import type { Suggestion } from '../../model/claim-spotting/types';
import { describe } from '../../model/describe';
import { saveAnnotation } from '../../store/save-annotation';
import {
  dismissSuggestion,
  restoreSuggestions,
  setSuggestionsEnabled,
} from '../../store/suggestion-store';
import type { Review } from '../common/review-context';
import { writeFailure } from '../common/storage-errors';
import { useLatest } from '../common/use-latest';
import { suggestionLabel } from './suggestion-words';

interface Deps {
  review: Review;
  map: TextMap;
  /** Marks the new annotation in the article and the sidebar, or (null) unmarks it. */
  mark: (id: string | null) => void;
  /** Scrolls the article to a suggestion's text. */
  reveal: (id: string) => void;
}

/**
 * What the Suggestions panel does: accept (a claim, or a correction with the
 * suggested spelling, the reasons in its note), dismiss and restore (per
 * article), show in the article, turn off and on. Callbacks are stable, so
 * the panel's entries are not drawn again while the reviewer reads.
 */
export function useSuggestionActions(deps: Deps) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const latest = useLatest(deps);

  const actions = useMemo(() => {
    const accept = async (s: Suggestion, who: Reviewer): Promise<void> => {
      const { review, map, mark } = latest.current;
      review.keepData();
      try {
        const target = describe(map.index, { start: s.start, end: s.end });
        const fields = { ...fieldsOf(undefined), ...annotationFieldsFor(s) };
        // shown at once, and taken back if the write fails, as the editor's Save
        const saved = await saveAnnotation({ mode: 'new', target }, fields, fields, {
          articleId: review.articleId,
          scale: review.scale,
          reviewer: who,
          mark,
        });
        if (!saved.ok) throw new Error(Object.values(saved.errors).join(' '));
        await dismissSuggestion(review.articleId, s.id);
        review.announce(`Accepted: ${suggestionLabel(s)}.`);
      } catch (err) {
        review.notify({
          tone: 'error',
          title: 'The suggestion was not accepted',
          detail: `Nothing was saved. ${writeFailure(err)}`,
        });
      }
    };
    const articleId = () => latest.current.review.articleId;
    return {
      // a suggestion accepted before the reviewer gave a name is accepted once they have
      onAccept: (s: Suggestion) => latest.current.review.withReviewer(who => void accept(s, who)),
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
