import { confidenceOf, WEIGHTS, type Candidate } from './candidate';
import type { Utf16Index } from './offsets';

/**
 * The least confidence at which a fuzzy match is accepted; below it the
 * annotation is orphaned. With its context intact a quote may have up to
 * 22.5 % of its characters edited, less as the context changes too, and at
 * most 15 % with no stored context. "Inflation rose to 3.3 percent in June"
 * is not the claim "inflation fell to 2.1 percent in May" (28 % edited), and a
 * verdict must not follow it; see docs/anchoring.md.
 */
export const FUZZY_THRESHOLD = 0.85;

/**
 * How far, in UTF-16 units, a candidate may start from where the target is
 * expected (its stored start, or where its neighbours moved to) and still
 * count as being at the expected place. Re-anchoring after scattered edits,
 * 99.9 % of targets start within 30 units of where their predecessor's move
 * puts them; see docs/anchoring.md.
 */
export const NEAR_DISTANCE = 32;

/**
 * The least agreement of the stored prefix and suffix with the text around a
 * candidate at the expected place: the context must not contradict it.
 * Unrelated prose scores about 0.2 to 0.4 against a 64-unit context.
 */
export const CONTEXT_THRESHOLD = 0.5;

/**
 * Where a target's start is expected (a UTF-16 index), and whether that is
 * known to be current: `trusted` when neighbouring targets were just found to
 * have moved there, not when it is merely the stored position, which may be
 * stale.
 */
export interface Expected {
  at: Utf16Index;
  trusted: boolean;
}

/**
 * Whether a candidate may be anchored to: it is exact, or a fuzzy match at or
 * above `FUZZY_THRESHOLD`; and its context agrees, at least to
 * `CONTEXT_THRESHOLD` within `NEAR_DISTANCE` of a trusted expected place (or
 * anywhere, when no place is expected at all: `null`), entirely elsewhere.
 * Formulaic prose ("…, told reporters in Berlin.") repeats quotes with
 * contexts that agree 90 % and more, so away from where the target is known
 * to be, only an intact context tells the annotated passage from a look-alike.
 */
export function isAcceptable(c: Candidate, expected: Expected | null): boolean {
  if (c.contextSimilarity < (isNear(c, expected) ? CONTEXT_THRESHOLD : 1)) return false;
  return c.quoteSimilarity === 1 || c.confidence >= FUZZY_THRESHOLD;
}

/** Whether a candidate is within `NEAR_DISTANCE` of a trusted expected place, or none is expected. */
export function isNear(c: Candidate, expected: Expected | null): boolean {
  return (
    expected === null || (expected.trusted && Math.abs(c.start - expected.at) <= NEAR_DISTANCE)
  );
}

/**
 * The most edits a quote of this length can have in an acceptable fuzzy
 * match (with its context perfect), give or take the two a boundary nudge may save.
 */
export function maxQuoteEdits(length: number): number {
  const { quote, context } = WEIGHTS;
  const least = ((quote + context) * FUZZY_THRESHOLD - context) / quote;
  return Math.floor(length * (1 - least)) + 2;
}

/** Whether the candidate would reach `FUZZY_THRESHOLD` if its context fitted perfectly. */
export function couldReachThreshold(c: Candidate): boolean {
  return confidenceOf(c.quoteSimilarity, 1) >= FUZZY_THRESHOLD;
}
