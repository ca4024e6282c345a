import { isBetter, scoreCandidate, type Candidate } from './candidate';
import { CONTEXT_THRESHOLD } from './confidence';
import { contextSimilarity } from './context-score';
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
 * The exact occurrence of `target.exact` inside `text[lo, hi)` that passes
 * `accept` and whose context agrees best with the stored prefix and suffix,
 * the nearest to `expected` among equals; null when there is none.
 */
export function matchExact(
  text: string,
  target: Target,
  lo: number,
  hi: number,
  expected: number,
  accept: (c: Candidate) => boolean = () => true,
): Candidate | null {
  let best: Candidate | null = null;
  for (const at of occurrences(text, target.exact, lo, hi, expected)) {
    const c = scoreCandidate(text, target, at, at + target.exact.length, 0);
    if (accept(c) && isBetter(c, best, expected)) best = c;
    // Nearest first: nothing later can beat an occurrence whose context is intact.
    if (best?.contextSimilarity === 1) break;
  }
  return best;
}

/**
 * Whether the candidate is the only plausible place of the target: no other
 * occurrence of the exact quote, or of the text the candidate matched,
 * anywhere in the text has context agreeing to `CONTEXT_THRESHOLD`. A
 * passage whose context was edited cannot be told from an untouched copy of
 * it elsewhere by their text, only by where they are.
 */
export function isOnlyPlausible(text: string, target: Target, c: Candidate): boolean {
  const { exact, prefix, suffix } = target;
  const matched = text.slice(c.start, c.end);
  for (const needle of matched === exact ? [exact] : [exact, matched]) {
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      if (at === c.start) continue;
      const other = contextSimilarity(text, at, at + needle.length, prefix, suffix);
      if (other >= CONTEXT_THRESHOLD) return false;
    }
  }
  return true;
}
