import { useEffect, useMemo, useRef, useState } from 'react';
import type { TextMap } from '../../editor/text-map';
import { fieldsOf } from '../../model/annotation-fields';
import { annotationFieldsFor } from '../../model/claim-spotting/accept';
import type { Suggestion } from '../../model/claim-spotting/types';
import { describe } from '../../model/describe';
import type { VerdictScale } from '../../model/verdict-scale';
import {
  dismissSuggestion,
  restoreSuggestions,
  setSuggestionsEnabled,
} from '../../store/suggestion-store';
import type { NoticeMessage } from '../common/Notice';
import { saveAnnotation } from '../../store/save-annotation';
import { suggestionLabel } from './SuggestionsPanel';
import { writeFailure } from '../common/storage-errors';

interface Deps {
  articleId: string;
  map: TextMap;
  scale: VerdictScale;
  reviewer: string | undefined;
  /** Asks the reviewer's name, then goes on with it (the name dialog). */
  askName: (then: (name: string) => void) => void;
  /** Asks the browser to keep the data: called on the first write. */
  keepData: () => void;
  /** Marks the new annotation in the article and the sidebar, or (null) unmarks it. */
  mark: (id: string | null) => void;
  announce: (text: string) => void;
  notify: (notice: NoticeMessage) => void;
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
  const latest = useRef(deps);
  useEffect(() => {
    latest.current = deps;
  });

  const actions = useMemo(() => {
    const accept = async (s: Suggestion, given?: string): Promise<void> => {
      const d = latest.current;
      const name = given ?? d.reviewer;
      // a suggestion accepted before the reviewer gave a name is accepted once they have
      if (!name) return d.askName(n => void accept(s, n));
      d.keepData();
      try {
        const target = describe(d.map.index, { start: s.start, end: s.end });
        const fields = { ...fieldsOf(undefined), ...annotationFieldsFor(s) };
        // shown at once, and taken back if the write fails, as the editor's Save
        const saved = await saveAnnotation({ mode: 'new', target }, fields, fields, {
          articleId: d.articleId,
          scale: d.scale,
          reviewer: name,
          mark: d.mark,
        });
        if (!saved.ok) throw new Error(Object.values(saved.errors).join(' '));
        await dismissSuggestion(d.articleId, s.id);
        d.announce(`Accepted: ${suggestionLabel(s)}.`);
      } catch (err) {
        d.notify({
          tone: 'error',
          title: 'The suggestion was not accepted',
          detail: `Nothing was saved. ${writeFailure(err)}`,
        });
      }
    };
    return {
      onAccept: (s: Suggestion) => void accept(s),
      onDismiss: (s: Suggestion) => void dismissSuggestion(latest.current.articleId, s.id),
      onRestoreDismissed: () => void restoreSuggestions(latest.current.articleId),
      onSelect: (s: Suggestion) => {
        setActiveId(s.id);
        latest.current.reveal(s.id);
      },
      onTurnOff: () => void setSuggestionsEnabled(false),
      onTurnOn: () => void setSuggestionsEnabled(true),
    };
  }, []);
  return { activeId, setActiveId, ...actions };
}
