import { CodePointIndex } from '../offsets';
import { scoreSentence } from './features';
import { findGarbledNames, sentencesWithPossibleSlips } from './names';
import { splitSentences, tagFully, type Sentence } from './sentences';
import type { SpotOptions, Suggestion } from './types';

// Longer "sentences" are scraped tables or run-on lines, not claims a reviewer can check.
const MAX_SENTENCE = 1200;
/**
 * Texts up to this many UTF-16 units are tagged by compromise's whole tagger (about
 * 0.8 s a 100 kB on a core here); longer ones by its first pass (SpotOptions.tagging).
 */
export const FULL_TAGGING_UP_TO = 100_000;

function withPossibleSlipsTagged(
  sentences: readonly Sentence[],
  text: string,
  people: SpotOptions['people'],
): Sentence[] {
  const again = sentencesWithPossibleSlips(sentences, people);
  return sentences.flatMap((s, i) => (again.has(i) ? tagFully(text, s) : [s]));
}

/**
 * Check-worthy sentences and garbled people's names of an article's canonical text, in reading
 * order (by start; a name after the claim that contains it). Pure: no DOM, safe in a worker.
 */
export function spotClaims(text: string, options: SpotOptions): Suggestion[] {
  const threshold = options.threshold ?? 0.5;
  const index = new CodePointIndex(text);
  const tagging = options.tagging ?? 'auto';
  const fast = tagging === 'fast' || (tagging === 'auto' && text.length > FULL_TAGGING_UP_TO);
  const sentences = splitSentences(text, fast);
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
  // names are judged on whole tags: re-tag the few sentences where a slip may be
  const forNames = fast ? withPossibleSlipsTagged(sentences, text, options.people) : sentences;
  for (const f of findGarbledNames(forNames, text, options.people)) {
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
