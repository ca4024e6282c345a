// A module Web Worker: claim spotting takes a second on a long article, and the page must stay responsive.
import { cutAtLines } from '../../model/claim-spotting/parts';
import { joinParts, mergeParts, spotPart, type SpotPart } from '../../model/claim-spotting/spot';
import type { ReferencePerson, SpotOptions, Suggestion } from '../../model/claim-spotting/types';
import { ReviewerPause } from './reviewer-pause';

/** What the page sends: one article's canonical text and the names to compare against. */
export interface SpotRequest {
  text: string;
  people: readonly ReferencePerson[];
  threshold?: number;
  /**
   * Spot a little at a time and wait while the reviewer is at work (`Busy`): a long
   * article's second of work never competes with their scrolling and typing.
   */
  pausable?: boolean;
}

/**
 * One part of a long text, for one of several workers spotting it together. Each
 * spots `parts[part]`; the worker of part 0 also receives the others' results,
 * one on each of its `ports`, joins them and answers the page; the others send
 * theirs on their one port.
 */
export interface PartRequest extends SpotRequest {
  parts: [number, number][];
  part: number;
  ports: MessagePort[];
}

/** From the page while a pausable run goes on: the reviewer is at work until this `Date.now()`. */
export interface Busy {
  busyUntil: number;
}

/**
 * What the worker answers, once per request; `ms`: how long spotting took in the
 * worker, without `pausedMs`, the time it waited for the reviewer.
 */
export type SpotResponse =
  { suggestions: Suggestion[]; ms: number; pausedMs: number } | { error: string };

/** What a worker of a later part sends the worker of part 0. */
type PartResult = { part: number; result: SpotPart } | { error: string };

/** UTF-16 units spotted between two looks at whether the reviewer is at work: about 40 ms. */
const PIECE = 20_000;

const pause = new ReviewerPause();

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Answers the page; a pausable run's answer waits for the reviewer's pause
 * like its pieces do: thousands of suggestions decoded and drawn on the
 * page's thread would be a long frame under their scrolling.
 */
async function answer(suggestions: Suggestion[], started: number, pausable = false) {
  const ms = performance.now() - started - pause.pausedMs;
  if (pausable) await pause.whileBusy();
  self.postMessage({ suggestions, ms, pausedMs: pause.pausedMs } satisfies SpotResponse);
}

const fail = (err: unknown) => self.postMessage({ error: message(err) } satisfies SpotResponse);

/** [from, to) of the text spotted; a pausable run in pieces, with a look at the reviewer between. */
async function spotRange(
  request: SpotRequest,
  options: SpotOptions,
  [from, to]: [number, number],
): Promise<SpotPart> {
  if (!request.pausable) return spotPart(request.text, options, from, to);
  const pieces: SpotPart[] = [];
  for (const [a, b] of cutAtLines(request.text, Math.ceil((to - from) / PIECE), from, to)) {
    await pause.whileBusy();
    pieces.push(spotPart(request.text, options, a, b));
  }
  return mergeParts(pieces);
}

self.onmessage = ({ data }: MessageEvent<SpotRequest | PartRequest | Busy>) => {
  if ('busyUntil' in data) {
    pause.hear(data.busyUntil);
    return;
  }
  const started = performance.now();
  const options: SpotOptions = { people: data.people, threshold: data.threshold };
  if (!('ports' in data)) {
    spotRange(data, options, [0, data.text.length])
      .then(part => answer(joinParts(data.text, [part], options), started, data.pausable))
      .catch(fail);
  } else if (data.part === 0) {
    lead(data, options, started);
  } else {
    const { ports, part, parts } = data;
    spotRange(data, options, parts[part] ?? [0, 0])
      .then(result => ports[0]?.postMessage({ part, result } satisfies PartResult))
      .catch((err: unknown) => ports[0]?.postMessage({ error: message(err) } satisfies PartResult));
  }
};

/** Part 0: spots its own part, waits for the others', joins them and answers the page. */
function lead(request: PartRequest, options: SpotOptions, started: number): void {
  const { ports, parts, text } = request;
  const results: SpotPart[] = [];
  let missing = parts.length;
  let failed = false;
  const arrived = (part: number, result: SpotPart) => {
    results[part] = result;
    if (--missing > 0 || failed) return;
    try {
      answer(joinParts(text, results, options), started, request.pausable).catch(fail);
    } catch (err) {
      fail(err);
    }
  };
  const hear = ({ data }: MessageEvent<PartResult>) => {
    if ('error' in data) {
      if (!failed) fail(data.error);
      failed = true;
    } else arrived(data.part, data.result);
  };
  for (const port of ports) port.onmessage = hear;
  spotRange(request, options, parts[0] ?? [0, 0]).then(
    result => arrived(0, result),
    (err: unknown) => {
      failed = true;
      fail(err);
    },
  );
}
