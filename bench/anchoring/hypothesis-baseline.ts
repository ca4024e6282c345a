import search from 'approx-string-match';
import type { AnchorResult } from '../../src/model/anchor';
import { textOffset, type CodePointIndex } from '../../src/model/offsets';
import type { Target } from '../../src/model/types';

// The Hypothesis client's way, re-stated for comparison (hypothesis/client,
// src/annotator/anchoring/match-quote.ts and html.ts): the position if the text
// there equals the quote; else every exact occurrence, or failing that every
// best approximate match of the whole text with up to min(256, length / 2)
// errors, ranked by 50 quote + 20 prefix + 20 suffix + 2 nearness. No threshold
// beyond the error budget, no context requirement.

interface Match {
  start: number;
  end: number;
  errors: number;
}

function find(text: string, str: string, maxErrors: number): Match[] {
  const exact: Match[] = [];
  for (let at = text.indexOf(str); at !== -1; at = text.indexOf(str, at + 1)) {
    exact.push({ start: at, end: at + str.length, errors: 0 });
  }
  return exact.length > 0 ? exact : search(text, str, maxErrors);
}

function similarity(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const [best] = find(text, str, str.length);
  return best ? 1 - best.errors / str.length : 0;
}

/** Hypothesis's `matchQuote` on UTF-16 indexes: the best match, or null. */
export function matchQuote(text: string, target: Target, hint: number): Match | null {
  const { exact: quote, prefix, suffix } = target;
  if (quote.length === 0) return null;
  const matches = find(text, quote, Math.min(256, quote.length / 2));
  let best: Match | null = null;
  let bestScore = -Infinity;
  for (const m of matches) {
    const quoteScore = 1 - m.errors / quote.length;
    const before = text.slice(Math.max(0, m.start - prefix.length), m.start);
    const prefixScore = prefix ? similarity(before, prefix) : 1;
    const suffixScore = suffix ? similarity(text.slice(m.end, m.end + suffix.length), suffix) : 1;
    const posScore = 1 - Math.abs(m.start - hint) / text.length;
    const score = 50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore;
    if (score > bestScore) [best, bestScore] = [m, score];
  }
  return best;
}

/** Anchors one target the Hypothesis way, in Factmark's result shape. */
export function hypothesisAnchor(index: CodePointIndex, target: Target): AnchorResult {
  const from = index.toIndex(target.start);
  const to = index.toIndex(target.end);
  if (target.end <= index.length && index.text.slice(from, to) === target.exact) {
    return { start: target.start, end: target.end, method: 'position', confidence: 1 };
  }
  const m = matchQuote(index.text, target, from);
  if (!m) return { method: 'orphan', confidence: 0 };
  const start = textOffset(index.toOffset(m.start));
  const end = textOffset(index.toOffset(m.end));
  return m.errors === 0
    ? { start, end, method: 'quote', confidence: 1 }
    : { start, end, method: 'fuzzy', confidence: 1 - m.errors / target.exact.length };
}
