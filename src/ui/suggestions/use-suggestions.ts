import { useCallback, useEffect, useMemo, useState } from 'react';
import { cutAtLines, FULL_TAGGING_UP_TO } from '../../model/claim-spotting/parts';
import type { ReferencePerson, Suggestion } from '../../model/claim-spotting/types';
import {
  EXTRA_PEOPLE,
  SUGGESTIONS_ENABLED,
  UNDERLINE_ALL,
  dismissedIn,
  dismissedKey,
  extraPeopleIn,
  isEnabled,
  isUnderlineAll,
  setUnderlineAll,
  type ExtraPerson,
} from '../../store/suggestion-store';
import { useSetting } from '../common/use-setting';
import type { Busy, PartRequest, SpotRequest, SpotResponse } from './spot-worker';
import { ACTIVITY, QUIET_MS, SPOT_AT_ONCE_UP_TO } from './spotting-policy';
import { WorkerKeeper } from './worker-keeper';

/** Runs the spotter on a request; rejects with an Error, or when `signal` aborts. */
export type Spotter = (request: SpotRequest, signal: AbortSignal) => Promise<Suggestion[]>;

// Vite bundles the worker as a file of its own origin, which the CSP's script-src 'self' allows
const newWorker = () =>
  new Worker(new URL('./spot-worker.ts', import.meta.url), { type: 'module' });

/** The worker of the last run spotted at once, kept loaded for the next article for a while. */
const keeper = new WorkerKeeper(newWorker, 5 * 60_000);

/**
 * How many workers spot a text together, at most three: one below 100,000
 * characters (under a second). Else one per core but one, which is left to the
 * page so scrolling and typing stay smooth; but a text spotted only while the
 * reviewer pauses (`pausable`) may take every core, since the workers wait
 * whenever the reviewer is at work.
 */
export function spotWorkerCount(textLength: number, cores: number, pausable: boolean): number {
  if (textLength <= FULL_TAGGING_UP_TO) return 1;
  return Math.min(3, Math.max(1, pausable ? cores : cores - 1));
}

/**
 * The spotter in module Web Workers: one, or for a long text one per part
 * (`cutAtLines`), the first joining the others' results through a channel.
 * A text too long to spot at once is spotted a little at a time, and waits
 * while the reviewer scrolls, types or clicks. A text spotted at once by one
 * worker reuses the worker kept from the last such run and leaves it kept
 * (`WorkerKeeper`); other runs' workers, and any run's that failed or was
 * aborted, are terminated.
 */
export const spotInWorker: Spotter = (request, signal) =>
  new Promise((resolve, reject) => {
    const pausable = request.text.length > SPOT_AT_ONCE_UP_TO;
    const cores = navigator.hardwareConcurrency || 1;
    const parts = cutAtLines(request.text, spotWorkerCount(request.text.length, cores, pausable));
    // how many shared the work, for the bench and the tests
    performance.mark('fm:spot:parts', { detail: parts.length });
    const reuse = !pausable && parts.length === 1;
    const workers = reuse ? [keeper.take()] : parts.map(newWorker);
    const busy = () => {
      const message: Busy = { busyUntil: Date.now() + QUIET_MS };
      for (const w of workers) w.postMessage(message);
    };
    if (pausable) for (const type of ACTIVITY) document.addEventListener(type, busy, true);
    const finish = (ok = false) => {
      for (const w of workers) {
        if (ok && reuse) keeper.giveBack(w);
        else w.terminate();
      }
      for (const type of ACTIVITY) document.removeEventListener(type, busy, true);
      signal.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(new DOMException('Spotting was cancelled.', 'AbortError'));
    };
    signal.addEventListener('abort', abort);
    const lead = workers[0] as Worker;
    lead.onmessage = ({ data }: MessageEvent<SpotResponse>) => {
      finish(!('error' in data));
      if ('error' in data) return reject(new Error(data.error));
      // the workers' own time, without loading them, passing the text or waiting for the reviewer
      performance.measure('fm:spot:worker', {
        end: performance.now(),
        duration: data.ms,
        detail: { pausedMs: data.pausedMs },
      });
      resolve(data.suggestions);
    };
    for (const w of workers) {
      w.onerror = e => {
        finish();
        reject(new Error(e.message || 'The claim spotter could not run.'));
      };
    }
    const job: SpotRequest = { ...request, pausable };
    if (workers.length === 1) {
      lead.postMessage(job);
      return;
    }
    // one channel from each later part's worker to the lead's
    const channels = workers.slice(1).map(() => new MessageChannel());
    const toLead = channels.map(c => c.port1);
    lead.postMessage({ ...job, parts, part: 0, ports: toLead } satisfies PartRequest, toLead);
    channels.forEach(({ port2 }, k) => {
      const part: PartRequest = { ...job, parts, part: k + 1, ports: [port2] };
      workers[k + 1]?.postMessage(part, [port2]);
    });
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
        // the worker's own words are for a developer's console, not the reviewer's panel
        console.error('claim spotting failed:', err);
        setOutcome({
          run,
          suggestions: NONE,
          error:
            'Suggestions are unavailable for this article: the claim spotter stopped. Reload the page to try again; annotating works as before.',
        });
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
 * Whether every suggestion is underlined in the article, or only the strong
 * ones (the default), and the switch that changes it for every article.
 */
export function useUnderlineAll(): [boolean, (all: boolean) => void] {
  const stored = isUnderlineAll(useSetting<unknown>(UNDERLINE_ALL)?.value);
  // what the reviewer asked shows at once, until the stored setting has moved
  const [asked, setAsked] = useState<{ all: boolean; over: boolean } | null>(null);
  const all = asked && asked.over === stored ? asked.all : stored;
  const set = useCallback(
    (next: boolean) => {
      setAsked({ all: next, over: stored });
      void setUnderlineAll(next);
    },
    [stored],
  );
  return [all, set];
}

/**
 * The reviewer's suggestion settings, live: whether spotting is on (undefined
 * until it and the added names have loaded, so a run does not start on a
 * list about to change), the suggestions dismissed in this article, the
 * names added to the reference list, and whether all are underlined.
 */
export function useSuggestionSettings(articleId: string): {
  enabled: boolean | undefined;
  dismissed: ReadonlySet<string>;
  extraPeople: readonly ExtraPerson[];
  underlineAll: boolean;
} {
  const enabled = useSetting<unknown>(SUGGESTIONS_ENABLED);
  const dismissed = useSetting<unknown>(dismissedKey(articleId))?.value;
  const extraSetting = useSetting<unknown>(EXTRA_PEOPLE);
  const extra = extraSetting?.value;
  const dismissedSet = useMemo(() => new Set(dismissedIn(dismissed)), [dismissed]);
  const extraPeople = useMemo(() => extraPeopleIn(extra), [extra]);
  const [underlineAll] = useUnderlineAll();
  return {
    enabled: enabled && extraSetting ? isEnabled(enabled.value) : undefined,
    dismissed: dismissedSet,
    extraPeople,
    underlineAll,
  };
}
