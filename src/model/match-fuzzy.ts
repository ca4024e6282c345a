import { fitsBetter, isBetter, scoreCandidate, type Candidate } from './candidate';
import { couldReachThreshold } from './confidence';
import { distanceRow, reverse } from './myers';
import { nudgeBoundaries } from './nudge-boundaries';
import type { Target } from './types';

/** How many distinct match ends are scored; the rest are worse or farther. */
const MAX_ENDS = 8;
/** How many of the best-fitting candidates get their boundaries nudged. */
const NUDGED = 2;

/** Which candidates `matchFuzzy` considers. */
export interface FuzzyOptions {
  /** Only candidates that pass; all by default. */
  accept?: (c: Candidate) => boolean;
  /** The most edits to the quote; half its length by default. */
  maxErrors?: number;
}

/**
 * The approximate occurrence of `target.exact` inside `text[lo, hi)` (UTF-16
 * indexes) that passes `accept` with the highest confidence (see
 * `scoreCandidate`), the nearest to `expected` among equals; null when no
 * stretch of the window is within `maxErrors` edits of the quote. Each
 * place's boundaries are those where quote and context together align with
 * the fewest edits (`fitsBetter`), and only then is it judged.
 */
export function matchFuzzy(
  text: string,
  target: Target,
  lo: number,
  hi: number,
  expected: number,
  { accept = () => true, maxErrors = target.exact.length >> 1 }: FuzzyOptions = {},
): Candidate | null {
  const quote = target.exact;
  const from = Math.max(0, lo);
  const window = text.slice(from, Math.min(text.length, hi));
  if (quote.length === 0 || window.length === 0) return null;
  const row = distanceRow(quote, window, 'search');
  const reversed = reverse(quote);
  const found: Candidate[] = [];
  for (const end of bestEnds(row, maxErrors, expected + quote.length - from)) {
    const d = row[end] as number;
    // A stretch with d edits is at most quote.length + d long.
    const segment = window.slice(Math.max(0, end - quote.length - d), end);
    // Read backwards from the end, every length at which the quote fits with d edits is a start.
    const back = distanceRow(reversed, reverse(segment), 'anchored');
    for (let length = 1; length < back.length; length++) {
      if (back[length] !== d) continue;
      found.push(scoreCandidate(text, target, from + end - length, from + end, d));
    }
  }
  const byFit = (a: Candidate, b: Candidate) =>
    fitsBetter(a, b, expected) ? -1 : fitsBetter(b, a, expected) ? 1 : 0;
  found.sort(byFit);
  // Only the leaders are worth the boundary search.
  for (let k = 0; k < Math.min(NUDGED, found.length); k++) {
    const c = found[k] as Candidate;
    if (c.contextSimilarity === 1 || !couldReachThreshold(c)) continue;
    found[k] = nudgeBoundaries(text, target, c, expected);
  }
  // One candidate per place: the best-fitting of those that overlap.
  const places: Candidate[] = [];
  for (const c of found.sort(byFit)) {
    if (!places.some(p => p.start < c.end && c.start < p.end)) places.push(c);
  }
  let best: Candidate | null = null;
  for (const c of places) if (accept(c) && isBetter(c, best, expected)) best = c;
  return best;
}

/**
 * The columns where the quote's distance is a local minimum within
 * `maxErrors`: the fewest edits first, then the nearest to `expectedEnd`.
 */
function bestEnds(row: Int32Array, maxErrors: number, expectedEnd: number): number[] {
  const ends: number[] = [];
  for (let j = 1; j < row.length; j++) {
    const d = row[j] as number;
    if (d > maxErrors || d > (row[j - 1] as number)) continue;
    if (j + 1 < row.length && d > (row[j + 1] as number)) continue;
    ends.push(j);
  }
  ends.sort(
    (a, b) =>
      (row[a] as number) - (row[b] as number) ||
      Math.abs(a - expectedEnd) - Math.abs(b - expectedEnd),
  );
  return ends.slice(0, MAX_ENDS);
}
