import { CodePointIndex } from '../offsets';
import { scoreSentence } from './features';
import { findGarbledNames } from './names';
import { splitSentences } from './sentences';
import type { SpotOptions, Suggestion } from './types';

// Longer "sentences" are scraped tables or run-on lines, not claims a reviewer can check.
const MAX_SENTENCE = 1200;

/**
 * Check-worthy sentences and garbled people's names of an article's canonical text, in reading
 * order (by start; a name after the claim that contains it). Pure: no DOM, safe in a worker.
 */
export function spotClaims(text: string, options: SpotOptions): Suggestion[] {
  const threshold = options.threshold ?? 0.5;
  const index = new CodePointIndex(text);
  const sentences = splitSentences(text);
  const out: Suggestion[] = [];
  const add = (
    kind: Suggestion['kind'],
    start: number,
    end: number,
    score: number,
    reasons: string[],
    correction?: string,
  ) => {
    if (score < threshold) return;
    const exact = text.slice(start, end);
    const from = index.toOffset(start);
    const to = index.toOffset(end);
    const s: Suggestion = {
      id: `${kind}-${from}-${to}-${hash(exact)}`,
      kind,
      start: from,
      end: to,
      exact,
      score: Math.round(score * 1000) / 1000,
      reasons,
    };
    if (correction !== undefined) s.correction = correction;
    out.push(s);
  };
  for (const s of sentences) {
    if (s.end - s.start > MAX_SENTENCE) continue;
    const { score, reasons } = scoreSentence(s);
    add('claim', s.start, s.end, score, reasons);
  }
  for (const f of findGarbledNames(sentences, text, options.people)) {
    add('name', f.start, f.end, f.score, f.reasons, f.correction);
  }
  return out.sort(
    (a, b) => a.start - b.start || (a.kind === b.kind ? 0 : a.kind === 'claim' ? -1 : 1),
  );
}

/** FNV-1a, 32 bits, in base 36: enough to tell two texts at the same range apart. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
