import { isBetter, scoreCandidate, type Candidate } from './confidence';
import type { Target } from './types';

/**
 * Where `needle` occurs wholly inside `text[lo, hi)` (UTF-16 indexes), nearest
 * to `expected` first. Searching a slice keeps the scan bounded: `indexOf` on
 * the whole text would run on to its end whenever the window holds no match.
 */
export function occurrences(
  text: string,
  needle: string,
  lo: number,
  hi: number,
  expected: number,
): number[] {
  const from = Math.max(0, lo);
  const window = text.slice(from, Math.min(text.length, hi));
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let at = window.indexOf(needle); at !== -1; at = window.indexOf(needle, at + 1)) {
    found.push(from + at);
  }
  return found.sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected) || a - b);
}

/**
 * The exact occurrence of `target.exact` inside `text[lo, hi)` whose context
 * agrees best with the stored prefix and suffix, the nearest to `expected`
 * among equals; null when the quote does not occur there. The caller decides
 * whether the winner is acceptable (see `isAcceptable`).
 */
export function matchExact(
  text: string,
  target: Target,
  lo: number,
  hi: number,
  expected: number,
): Candidate | null {
  let best: Candidate | null = null;
  for (const at of occurrences(text, target.exact, lo, hi, expected)) {
    const c = scoreCandidate(text, target, at, at + target.exact.length, 0);
    if (isBetter(c, best, expected)) best = c;
    // Nearest first: nothing later can beat an occurrence whose context is intact.
    if (c.contextSimilarity === 1) break;
  }
  return best;
}
