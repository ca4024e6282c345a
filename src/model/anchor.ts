import { scoreCandidate, type Candidate } from './candidate';
import { isAcceptable, type Expected } from './confidence';
import { locate, type Reach } from './locate';
import type { CodePointIndex, TextOffset } from './offsets';
import type { Target } from './types';

/** Where a target was found, and how sure we are; or an orphan. */
export type AnchorResult =
  | {
      start: TextOffset;
      end: TextOffset;
      method: 'position' | 'quote' | 'fuzzy';
      /** 1 for position and exact quote matches; below 1 for fuzzy ones. */
      confidence: number;
    }
  | { method: 'orphan'; confidence: 0 };

export const ORPHAN: AnchorResult = { method: 'orphan', confidence: 0 };

/**
 * Finds a target in the text, trying in order: its stored position, if the
 * text there still equals `exact`; the exact quote, the occurrence whose
 * context agrees best, then the nearest; a fuzzy match of the quote, accepted
 * only at or above `FUZZY_THRESHOLD`. Every candidate's context must agree
 * (see `isAcceptable`), so it never anchors to a look-alike passage. Else,
 * and always for an empty quote, an orphan. On its own a target cannot know
 * whether its stored position is still current, so it accepts only a place
 * with its whole stored context intact and no other plausible place in the
 * text: on the text it was described on, that is its position; to re-anchor
 * after edits, use `anchorAll`, which learns from neighbouring targets where
 * each should be. The policy is docs/anchoring.md.
 */
export function anchor(index: CodePointIndex, target: Target): AnchorResult {
  return anchorNear(index, target, { shift: 0, trusted: false }, { far: true });
}

/** How far edits before a target probably moved it, in code points, and whether that is known. */
export interface Shift {
  shift: number;
  trusted: boolean;
}

/** `Reach` in code points: where a far candidate may start, and what makes its move believable. */
export interface Search {
  far: boolean;
  after?: TextOffset;
  /** Given how far, in code points, the candidate would move the target. */
  believe?: (shift: number) => boolean;
}

/**
 * `anchor`, the search starting where `shift` says the target moved to
 * instead of at its stored start, and reaching as far as `search` allows.
 */
export function anchorNear(
  index: CodePointIndex,
  target: Target,
  { shift, trusted }: Shift,
  search: Search,
): AnchorResult {
  if (target.exact.length === 0) return ORPHAN;
  const guess = Math.round(target.start + shift);
  // A target without a usable position is a quote selector alone: no place is expected.
  const expected = Number.isFinite(guess)
    ? { at: index.toIndex(Math.min(Math.max(0, guess), index.length)), trusted }
    : null;
  if (expected && atStoredPosition(index, target, expected)) {
    return { start: target.start, end: target.end, method: 'position', confidence: 1 };
  }
  const { far, after, believe } = search;
  const reach: Reach = { far };
  if (after !== undefined) reach.after = index.toIndex(after);
  if (believe) reach.believe = c => believe(index.toOffset(c.start) - target.start);
  const found = locate(index.text, target, expected, reach);
  return found ? toResult(index, found) : ORPHAN;
}

/**
 * Whether the text at the stored position equals the quote, as an acceptable
 * candidate: unless neighbours say the target is still there, only an intact
 * context will do.
 */
function atStoredPosition(index: CodePointIndex, target: Target, expected: Expected): boolean {
  const { start, end, exact } = target;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return false;
  if (start < 0 || end > index.length || end - start > exact.length) return false;
  const from = index.toIndex(start);
  const to = index.toIndex(end);
  if (index.text.slice(from, to) !== exact) return false;
  return isAcceptable(scoreCandidate(index.text, target, from, to, 0), expected);
}

/** The candidate in code points, widened so that it never splits a surrogate pair. */
export function toResult(index: CodePointIndex, c: Candidate): AnchorResult {
  const text = index.text;
  const splits = (at: number) => isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
  const start = index.toOffset(c.start); // rounds down out of a pair
  const end = index.toOffset(splits(c.end) ? c.end + 1 : c.end);
  if (c.quoteSimilarity === 1) return { start, end, method: 'quote', confidence: 1 };
  return { start, end, method: 'fuzzy', confidence: c.confidence };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
