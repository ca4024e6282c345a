import { candidateOf, fitsBetter, type Candidate } from './candidate';
import { prefixDistance, prefixDistances, suffixDistance, suffixDistances } from './context-score';
import { distanceRow, reverse } from './myers';
import type { Target } from './types';

/** How far, in UTF-16 units, a boundary is at least moved to see whether the context fits better. */
const NUDGE = 8;

/**
 * The candidate with its start, then its end, moved by up to half the quote's
 * length (at least `NUDGE` units) where quote and context together fit
 * better: the fewest edits to the quote alone need not leave the context
 * intact (a deleted first word can be "matched" by the word before it, an
 * inserted one cut off with the quote's start). Each sweep is one alignment.
 */
export function nudgeBoundaries(
  text: string,
  target: Target,
  c: Candidate,
  expected: number,
): Candidate {
  const { exact, prefix, suffix } = target;
  const reach = Math.max(NUDGE, exact.length >> 1);
  let best = c;
  // Starts, the end fixed: the reversed quote pinned at the end gives every start's distance.
  const lowest = Math.max(0, c.start - reach);
  const latest = Math.min(c.start + reach, c.end - 1);
  const back = distanceRow(reverse(exact), reverse(text.slice(lowest, c.end)), 'anchored');
  const befores = prefixDistances(text, lowest, latest, prefix);
  const after = suffixDistance(text, c.end, suffix);
  for (let start = lowest; start <= latest; start++) {
    const d = back[c.end - start] as number;
    const next = candidateOf(target, start, c.end, d, (befores[start - lowest] as number) + after);
    if (fitsBetter(next, best, expected)) best = next;
  }
  // Ends, the start fixed: the quote pinned at the start gives every end's distance.
  const from = best.start;
  const earliest = Math.max(from + 1, best.end - reach);
  const highest = Math.min(text.length, best.end + reach);
  const forth = distanceRow(exact, text.slice(from, highest), 'anchored');
  const before = prefixDistance(text, from, prefix);
  const afters = suffixDistances(text, earliest, highest, suffix);
  for (let end = earliest; end <= highest; end++) {
    const d = forth[end - from] as number;
    const next = candidateOf(target, from, end, d, before + (afters[end - earliest] as number));
    if (fitsBetter(next, best, expected)) best = next;
  }
  return best;
}
