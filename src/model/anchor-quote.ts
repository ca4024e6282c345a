import { ORPHAN, toResult, type AnchorResult } from './anchor';
import { locate } from './locate';
import type { CodePointIndex, TextOffset } from './offsets';
import type { Target } from './types';

/** A quote selector alone: what a target is without its position. */
export type Quote = Pick<Target, 'exact' | 'prefix' | 'suffix'>;

/**
 * Finds a quote selector that came without a position selector (say, from
 * another tool's export), optionally near `hint`. Without a hint every place
 * in the text is equally expected: the exact quote whose context agrees best,
 * else the best fuzzy match, the earliest among equals, each held to the
 * thresholds of a trusted expected place (see `isAcceptable`); this searches
 * the whole text, milliseconds on a long one. With a hint, the search is the
 * one `anchorAll` makes where neighbours put a target. Never 'position'.
 */
export function anchorQuote(index: CodePointIndex, quote: Quote, hint?: TextOffset): AnchorResult {
  if (quote.exact.length === 0) return ORPHAN;
  const at = hint === undefined ? null : index.toIndex(Math.min(Math.max(0, hint), index.length));
  // A hint is the caller's knowledge of where the quote is, not a stale stored position.
  const expected = at === null ? null : { at, trusted: true };
  const target: Target = { ...quote, start: index.toOffset(0), end: index.toOffset(0) };
  const found = locate(index.text, target, expected, { far: true });
  return found ? toResult(index, found) : ORPHAN;
}
