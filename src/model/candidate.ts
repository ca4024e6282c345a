import { contextDistance } from './context-score';
import type { Target } from './types';

/** Two parts quote to one part context: the quote is what the annotation is about. */
export const WEIGHTS = { quote: 2, context: 1 } as const;

/** A place in the text where a target may be, with its scores. */
export interface Candidate {
  /** UTF-16 indexes of the matched text. */
  start: number;
  end: number;
  /** 1 minus the quote's edit distance to the matched text over the quote's length. */
  quoteSimilarity: number;
  /** See `contextSimilarity`; 1 when the target stored no context. */
  contextSimilarity: number;
  /** Their weighted mean; the quote's similarity alone when the target stored no context. */
  confidence: number;
  /** Edits to quote and context together: how well the whole stored passage aligns here. */
  edits: number;
}

/** Scores the text `[start, end)` as a place of `target`, given the quote's edit distance to it. */
export function scoreCandidate(
  text: string,
  target: Target,
  start: number,
  end: number,
  quoteDistance: number,
): Candidate {
  const context = contextDistance(text, start, end, target.prefix, target.suffix);
  return candidateOf(target, start, end, quoteDistance, context);
}

/** A candidate from the edit distances of its quote and of its context (see `contextDistance`). */
export function candidateOf(
  target: Target,
  start: number,
  end: number,
  quoteDistance: number,
  contextDistance: number,
): Candidate {
  const contextLength = target.prefix.length + target.suffix.length;
  const quoteSimilarity = Math.max(0, 1 - quoteDistance / target.exact.length);
  const contextSimilarity = contextLength === 0 ? 1 : 1 - contextDistance / contextLength;
  const confidence =
    contextLength === 0 ? quoteSimilarity : confidenceOf(quoteSimilarity, contextSimilarity);
  const edits = quoteDistance + contextDistance;
  return { start, end, quoteSimilarity, contextSimilarity, confidence, edits };
}

/** The weighted mean of a quote's and a context's similarity. */
export function confidenceOf(quoteSimilarity: number, contextSimilarity: number): number {
  const { quote, context } = WEIGHTS;
  return (quote * quoteSimilarity + context * contextSimilarity) / (quote + context);
}

/**
 * Whether `a` fits better than `b` as boundaries of the same passage: fewer
 * edits to quote and context together; then the more similar quote (text
 * that fits quote and context equally badly is left out of the quote); then
 * nearer to the expected start. Unlike confidence, this weighs every
 * character alike, so a boundary is not pulled inside the quote to trade one
 * quote edit for many context edits.
 */
export function fitsBetter(a: Candidate, b: Candidate, expected: number): boolean {
  if (a.edits !== b.edits) return a.edits < b.edits;
  if (a.quoteSimilarity !== b.quoteSimilarity) return a.quoteSimilarity > b.quoteSimilarity;
  return Math.abs(a.start - expected) < Math.abs(b.start - expected);
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
