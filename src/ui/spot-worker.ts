// A module Web Worker: claim spotting takes a second on a long article, and the page must stay responsive.
import { spotClaims } from '../model/claim-spotting/spot';
import type { ReferencePerson, Suggestion } from '../model/claim-spotting/types';

/** What the page sends: one article's canonical text and the names to compare against. */
export interface SpotRequest {
  text: string;
  people: readonly ReferencePerson[];
  threshold?: number;
}

/** What the worker answers, once per request; `ms`: how long spotting took in the worker. */
export type SpotResponse = { suggestions: Suggestion[]; ms: number } | { error: string };

self.onmessage = ({ data }: MessageEvent<SpotRequest>) => {
  let response: SpotResponse;
  try {
    const { text, people, threshold } = data;
    const start = performance.now();
    const suggestions = spotClaims(text, { people, threshold });
    response = { suggestions, ms: performance.now() - start };
  } catch (err) {
    response = { error: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(response);
};
