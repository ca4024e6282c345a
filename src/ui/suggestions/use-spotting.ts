import { useMemo, useState } from 'react';
import type { TextMap } from '../../editor/text-map';
import { toSuggestionRanges } from '../../editor/suggestion-plugin';
import { REFERENCE_PEOPLE } from '../../model/claim-spotting/reference';
import type { Suggestion } from '../../model/claim-spotting/types';
import { keptSpans, keptSuggestions } from '../../model/kept-spans';
import type { Annotation } from '../../model/types';
import { QUIET_MS, SPOT_AT_ONCE_UP_TO } from './spotting-policy';
import { useQuietFor } from './use-quiet';
import { useSuggestionSettings, useSuggestions } from './use-suggestions';

const NO_SUGGESTIONS: Suggestion[] = [];
/**
 * Articles up to this many UTF-16 units are spotted as they open: about 2 s of
 * a core a megabyte here (docs/claim-spotting.md). Longer ones wait to be asked.
 */
const SPOT_BY_ITSELF_UP_TO = 2_000_000;

/**
 * Claim spotting for one article: the worker's suggestions less what is
 * annotated already, their ranges in the document, and the panel's state.
 * Spotting starts once the annotations are read, so it never competes with
 * opening; on a long article, once the reviewer also pauses for a second,
 * and it waits again whenever they scroll, type or click (`spotInWorker`), so
 * a core busy for seconds does not compete with their scrolling on a
 * two-core machine. An article over SPOT_BY_ITSELF_UP_TO waits until the
 * reviewer asks (`deferred`).
 */
export function useSpotting(
  article: { id: string },
  map: TextMap,
  annotations: readonly Annotation[],
  /** False while the article's annotations are still being read: spotting waits for them. */
  ready: boolean,
) {
  const settings = useSuggestionSettings(article.id);
  const people = useMemo(
    () => [...REFERENCE_PEOPLE, ...settings.extraPeople],
    [settings.extraPeople],
  );
  const [requested, setRequested] = useState<string | null>(null);
  const spotNow = map.text.length <= SPOT_BY_ITSELF_UP_TO || requested === article.id;
  const on = settings.enabled === true;
  // a long article takes the spotter a second or more: it starts when the reviewer pauses
  const long = map.text.length > SPOT_AT_ONCE_UP_TO;
  const quiet = useQuietFor(QUIET_MS, on && spotNow && ready && long, article.id);
  const starts = on && spotNow && ready && (!long || quiet);
  const spotted = useSuggestions({ id: article.id, text: map.text }, starts, people);

  // what is annotated already is no longer a suggestion (an accepted one never comes back)
  const found = spotted.suggestions ?? NO_SUGGESTIONS;
  // the same set while no passage changed: a note saved among 10,000 filtered every suggestion
  // again, and drew every underline again, on both sides of the desk (a profile, issue 19)
  const [spansOf] = useState(keptSpans);
  const [leftOf] = useState(keptSuggestions);
  const annotated = useMemo(() => spansOf(annotations), [spansOf, annotations]);
  // likewise while the passages that came or went since mark no suggestion (a new annotation)
  const suggestions = useMemo(() => leftOf(found, annotated), [leftOf, found, annotated]);
  const ranges = useMemo(
    () =>
      toSuggestionRanges(
        suggestions,
        offset => map.toPos(offset),
        settings.dismissed,
        settings.underlineAll,
      ),
    [suggestions, map, settings.dismissed, settings.underlineAll],
  );
  const length = map.text.length;
  const deferred = useMemo(
    () =>
      on && !spotNow
        ? {
            message: `This article is long (${Math.round(length / 1000).toLocaleString('en')} k characters): finding claims takes a while.`,
            onStart: () => setRequested(article.id),
          }
        : undefined,
    [on, spotNow, length, article.id],
  );
  return {
    suggestions,
    ranges,
    dismissed: settings.dismissed,
    enabled: settings.enabled !== false,
    // waiting for the annotations or for a pause is running too: "no suggestions" would be untrue
    running:
      settings.enabled === undefined ||
      (on && spotNow && (!starts || spotted.suggestions === null)),
    /** A long article, spotted only while the reviewer is not scrolling or typing. */
    spotsInPauses: on && spotNow && ready && long,
    deferred,
    error: spotted.error,
  };
}
