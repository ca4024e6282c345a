import { useEffect, useMemo, useState } from 'react';
import type { ReferencePerson, Suggestion } from '../model/claim-spotting/types';
import {
  EXTRA_PEOPLE,
  SUGGESTIONS_ENABLED,
  dismissedIn,
  dismissedKey,
  extraPeopleIn,
  isEnabled,
  type ExtraPerson,
} from '../store/suggestion-store';
import { useSetting } from './hooks';
import type { SpotRequest, SpotResponse } from './spot-worker';

/** Runs the spotter on a request; rejects with an Error, or when `signal` aborts. */
export type Spotter = (request: SpotRequest, signal: AbortSignal) => Promise<Suggestion[]>;

// Vite bundles the worker as a file of its own origin, which the CSP's script-src 'self' allows
const newWorker = () =>
  new Worker(new URL('./spot-worker.ts', import.meta.url), { type: 'module' });

/** The spotter in a module Web Worker, one worker per run, terminated when done or aborted. */
export const spotInWorker: Spotter = (request, signal) =>
  new Promise((resolve, reject) => {
    const worker = newWorker();
    const finish = () => {
      worker.terminate();
      signal.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(new DOMException('Spotting was cancelled.', 'AbortError'));
    };
    signal.addEventListener('abort', abort);
    worker.onmessage = ({ data }: MessageEvent<SpotResponse>) => {
      finish();
      if ('error' in data) return reject(new Error(data.error));
      // the worker's own time, without loading it or passing the text: for the bench
      performance.measure('fm:spot:worker', { end: performance.now(), duration: data.ms });
      resolve(data.suggestions);
    };
    worker.onerror = e => {
      finish();
      reject(new Error(e.message || 'The claim spotter could not run.'));
    };
    worker.postMessage(request);
  });

export interface SuggestionsResult {
  /** In reading order; null while spotting runs, empty when spotting is off. */
  suggestions: Suggestion[] | null;
  error?: string;
}

interface Outcome {
  /** The run this is the outcome of. */
  run: object;
  suggestions: Suggestion[];
  error?: string;
}

const NONE: Suggestion[] = [];

/**
 * The suggestions for an article's canonical text, spotted off the main
 * thread: one run per text (and list of people; pass a memoized array), the
 * previous run's worker terminated on a change or unmount. Sets the
 * performance measures `fm:spot`, from request to answer, and
 * `fm:spot:worker`, the time spotting took in the worker.
 */
export function useSuggestions(
  article: { id: string; text: string },
  enabled: boolean,
  people: readonly ReferencePerson[],
  spot: Spotter = spotInWorker,
): SuggestionsResult {
  const { id, text } = article;
  // a fresh object per run, so an answer is only ever shown for the run that asked
  const run = useMemo(
    () => ({ id, text, enabled, people, spot }),
    [id, text, enabled, people, spot],
  );
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    if (!run.enabled) return;
    const controller = new AbortController();
    performance.mark('fm:spot:start');
    run.spot({ text: run.text, people: run.people }, controller.signal).then(
      suggestions => {
        if (controller.signal.aborted) return;
        performance.measure('fm:spot', 'fm:spot:start');
        setOutcome({ run, suggestions });
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        const message = err instanceof Error ? err.message : String(err);
        setOutcome({ run, suggestions: NONE, error: `Suggestions are unavailable: ${message}` });
      },
    );
    return () => controller.abort();
  }, [run]);

  if (!enabled) return { suggestions: NONE };
  if (outcome?.run !== run) return { suggestions: null };
  return outcome.error
    ? { suggestions: outcome.suggestions, error: outcome.error }
    : { suggestions: outcome.suggestions };
}

/**
 * The reviewer's suggestion settings, live: whether spotting is on (undefined
 * until it and the added names have loaded, so a run does not start on a
 * list about to change), the suggestions dismissed in this article, and the
 * names added to the reference list.
 */
export function useSuggestionSettings(articleId: string): {
  enabled: boolean | undefined;
  dismissed: ReadonlySet<string>;
  extraPeople: readonly ExtraPerson[];
} {
  const enabled = useSetting<unknown>(SUGGESTIONS_ENABLED);
  const dismissed = useSetting<unknown>(dismissedKey(articleId))?.value;
  const extraSetting = useSetting<unknown>(EXTRA_PEOPLE);
  const extra = extraSetting?.value;
  const dismissedSet = useMemo(() => new Set(dismissedIn(dismissed)), [dismissed]);
  const extraPeople = useMemo(() => extraPeopleIn(extra), [extra]);
  return {
    enabled: enabled && extraSetting ? isEnabled(enabled.value) : undefined,
    dismissed: dismissedSet,
    extraPeople,
  };
}
