// A module Web Worker: claim spotting takes a second on a long article, and the page must stay responsive.
import { joinParts, spotClaims, spotPart, type SpotPart } from '../model/claim-spotting/spot';
import type { ReferencePerson, Suggestion } from '../model/claim-spotting/types';

/** What the page sends: one article's canonical text and the names to compare against. */
export interface SpotRequest {
  text: string;
  people: readonly ReferencePerson[];
  threshold?: number;
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

/** What the worker answers, once per request; `ms`: how long spotting took in the worker. */
export type SpotResponse = { suggestions: Suggestion[]; ms: number } | { error: string };

/** What a worker of a later part sends the worker of part 0. */
type PartResult = { part: number; result: SpotPart } | { error: string };

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));
const answer = (response: SpotResponse) => self.postMessage(response);

self.onmessage = ({ data }: MessageEvent<SpotRequest | PartRequest>) => {
  const started = performance.now();
  if (!('ports' in data)) {
    try {
      const suggestions = spotClaims(data.text, { people: data.people, threshold: data.threshold });
      answer({ suggestions, ms: performance.now() - started });
    } catch (err) {
      answer({ error: message(err) });
    }
  } else if (data.part === 0) {
    lead(data, started);
  } else {
    const { ports, part, parts, text, people, threshold } = data;
    let reply: PartResult;
    try {
      reply = { part, result: spotPart(text, { people, threshold }, ...(parts[part] ?? [0, 0])) };
    } catch (err) {
      reply = { error: message(err) };
    }
    ports[0]?.postMessage(reply);
  }
};

/** Part 0: spots its own part, waits for the others', joins them and answers the page. */
function lead(request: PartRequest, started: number): void {
  const { ports, parts, text, people, threshold } = request;
  const options = { people, threshold };
  const results: SpotPart[] = [];
  let missing = parts.length;
  let failed = false;
  const arrived = (part: number, result: SpotPart) => {
    results[part] = result;
    if (--missing > 0 || failed) return;
    try {
      answer({ suggestions: joinParts(text, results, options), ms: performance.now() - started });
    } catch (err) {
      answer({ error: message(err) });
    }
  };
  // the others' results wait in the ports' queues until this part is done
  const hear = ({ data }: MessageEvent<PartResult>) => {
    if ('error' in data) {
      if (!failed) answer({ error: data.error });
      failed = true;
    } else arrived(data.part, data.result);
  };
  for (const port of ports) port.onmessage = hear;
  try {
    arrived(0, spotPart(text, options, ...(parts[0] ?? [0, 0])));
  } catch (err) {
    failed = true;
    answer({ error: message(err) });
  }
}
