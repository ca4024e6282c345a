import { contextSimilarity, hasContext } from './context-score';
import type { Target } from './types';

/**
 * The least confidence at which a fuzzy match is accepted; below it the
 * annotation is orphaned. With intact context this allows up to 30 % of the
 * quote's characters to be edited, with no stored context at most 20 %; see
 * docs/anchoring.md for why.
 */
export const FUZZY_THRESHOLD = 0.8;

/**
 * The least agreement of the stored prefix and suffix with the text around any
 * candidate, exact or fuzzy, at the stored position or elsewhere. Context is
 * what tells the annotated passage from a look-alike one elsewhere: unrelated
 * prose scores about 0.2 to 0.4 against a 32-character context.
 */
export const CONTEXT_THRESHOLD = 0.5;

/** Two parts quote to one part context: the quote is what the annotation is about. */
const QUOTE_WEIGHT = 2;
const CONTEXT_WEIGHT = 1;

/** A place in the text where a target may be, with its scores. */
export interface Candidate {
  /** UTF-16 indexes of the matched text. */
  start: number;
  end: number;
  /** 1 minus the quote's edit distance to the matched text over the quote's length. */
  quoteSimilarity: number;
  /** See `contextSimilarity`; 1 when the target stored no context. */
  contextSimilarity: number;
  /** The weighted mean of the two (the quote's similarity alone without context); 1 for exact. */
  confidence: number;
}

/** Scores the text `[start, end)` as a place of `target`, given the quote's edit distance to it. */
export function scoreCandidate(
  text: string,
  target: Target,
  start: number,
  end: number,
  quoteDistance: number,
): Candidate {
  const { exact, prefix, suffix } = target;
  const quoteSimilarity = Math.max(0, 1 - quoteDistance / exact.length);
  const context = contextSimilarity(text, start, end, prefix, suffix);
  const confidence = !hasContext(prefix, suffix)
    ? quoteSimilarity
    : (QUOTE_WEIGHT * quoteSimilarity + CONTEXT_WEIGHT * context) / (QUOTE_WEIGHT + CONTEXT_WEIGHT);
  return { start, end, quoteSimilarity, contextSimilarity: context, confidence };
}

/**
 * Whether a candidate may be anchored to: its context agrees, and it is
 * either exact or a fuzzy match at or above the threshold.
 */
export function isAcceptable(c: Candidate): boolean {
  if (c.contextSimilarity < CONTEXT_THRESHOLD) return false;
  return c.quoteSimilarity === 1 || c.confidence >= FUZZY_THRESHOLD;
}

/**
 * Whether `a` beats `b`: higher confidence, then better context, then nearer
 * to the expected start.
 */
export function isBetter(a: Candidate, b: Candidate | null, expected: number): boolean {
  if (!b) return true;
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  if (a.contextSimilarity !== b.contextSimilarity) return a.contextSimilarity > b.contextSimilarity;
  return Math.abs(a.start - expected) < Math.abs(b.start - expected);
}
