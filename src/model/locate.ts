import { isBetter, type Candidate } from './candidate';
import { isAcceptable, isNear, maxQuoteEdits, type Expected } from './confidence';
import { matchFuzzy } from './match-fuzzy';
import { contextNear, landmarks } from './landmarks';
import { isOnlyPlausible, matchExact } from './match-quote';
import type { Utf16Index } from './offsets';
import type { Target } from './types';

/** How far to look beyond the expected place, and what a candidate found there needs. */
export interface Reach {
  /** Whether to look beyond the window around the expected place at all. */
  far: boolean;
  /** Candidates not near a trusted expected place must start here or later. */
  after?: Utf16Index;
  /**
   * What makes a candidate not near a trusted expected place believable; by
   * default, being the only plausible place in the text (`isOnlyPlausible`).
   */
  believe?: (c: Candidate) => boolean;
}

/** Half-width, in UTF-16 units, of the window first searched for the exact quote. */
const WINDOW = 256;
/** Half-widths of the ever wider windows searched for a passage that moved, then the whole text. */
const WIDER = [1 << 14, 1 << 17, Infinity];
/** Room around the expected place for a fuzzy match, beyond half the quote's length. */
const FUZZY_SLACK = 64;

/**
 * Where `target` is in `text` (UTF-16 indexes), or null (an orphan). `expected`
 * is where its start should be: its stored start, or where its neighbours
 * moved to. Near there: the exact quote, unless its context changed and a
 * fuzzy match has the higher confidence; else a fuzzy match. If the place is
 * trusted and a piece of the stored context is still near it, the passage is
 * there and was rewritten: null. Else, if `reach.far`, in ever wider windows:
 * the exact quote; then a fuzzy match wherever the stored prefix or suffix is
 * found. With no expected place (`null`), the whole text is searched at once,
 * the earliest winning among equals. Every candidate must pass
 * `isAcceptable`, and one that is not near a trusted expected place must
 * also satisfy `reach.after` and `reach.believe`.
 */
export function locate(
  text: string,
  target: Target,
  expected: Expected | null,
  reach: Reach,
): Candidate | null {
  const { after = 0, believe = (c: Candidate) => isOnlyPlausible(text, target, c) } = reach;
  // Away from where the target is known to be, text alone must single the passage out.
  const accept = (c: Candidate) =>
    isAcceptable(c, expected) && (isNear(c, expected) || (c.start >= after && believe(c)));
  if (expected === null) return exactThenFuzzy(text, target, 0, text.length, text.length, accept);
  const { at } = expected;
  const m = target.exact.length;
  const near = exactThenFuzzy(text, target, at, WINDOW, FUZZY_SLACK + (m >> 1), accept);
  if (near) return near;
  if (!reach.far || (expected.trusted && contextNear(text, target, at, WINDOW))) return null;
  for (const radius of WIDER) {
    const far = matchExact(text, target, at - radius, at + m + radius, at, accept);
    if (far) return far;
  }
  let best: Candidate | null = null;
  for (const hint of landmarks(text, target, at, [WINDOW, ...WIDER])) {
    const c = fuzzyAround(text, target, hint, FUZZY_SLACK + (m >> 1), accept);
    if (c && isBetter(c, best, at)) best = c;
  }
  return best;
}

/**
 * The exact quote within `exactReach` of `at`, unless its context changed and
 * a fuzzy match within `fuzzyReach` has the higher confidence (it may be a
 * repeat beside the edited original); else that fuzzy match; else null.
 */
function exactThenFuzzy(
  text: string,
  target: Target,
  at: number,
  exactReach: number,
  fuzzyReach: number,
  accept: (c: Candidate) => boolean,
): Candidate | null {
  const m = target.exact.length;
  const exact = matchExact(text, target, at - exactReach, at + m + exactReach, at, accept);
  if (exact?.contextSimilarity === 1) return exact;
  const fuzzy = fuzzyAround(text, target, at, fuzzyReach, accept);
  if (exact && (!fuzzy || !isBetter(fuzzy, exact, at))) return exact;
  return fuzzy;
}

/** The acceptable fuzzy match within `reach` of `at`, or null. */
function fuzzyAround(
  text: string,
  target: Target,
  at: number,
  reach: number,
  accept: (c: Candidate) => boolean,
): Candidate | null {
  const m = target.exact.length;
  const options = { accept, maxErrors: maxQuoteEdits(m) };
  return matchFuzzy(text, target, at - reach, at + m + reach, at, options);
}
