import { inReadingOrder } from './reading-order';
import type { Annotation } from './types';
import { findVerdict, type Verdict, type VerdictScale } from './verdict-scale';

/** A claim that gets no ClaimReview, and why, in words for the reviewer. */
export interface SkippedClaim {
  id: string;
  quote: string;
  reason: string;
}

/** What the reviewer wrote for one review; each absent or blank field takes its default. */
export interface ClaimReviewText {
  /** The claim as the review states it; defaults to the quote. */
  claimReviewed?: string;
  /** The rating's explanation; defaults to the whole note. */
  explanation?: string;
}

/** A claim that gets a ClaimReview, with its verdict and when it was checked. */
export interface PlannedReview {
  annotation: Annotation;
  verdict: Verdict;
  /** ISO time the claim was last marked checked (its last change if the history does not say). */
  checkedAt: string;
}

/** Which claims a ClaimReview export writes and which it skips: the dialog counts with this too. */
export interface ClaimReviewPlan {
  reviews: PlannedReview[];
  skipped: SkippedClaim[];
}

export const SKIP_REASONS = {
  noVerdict: 'no verdict yet',
  open: 'still open: mark it checked to publish it',
  offScale: (verdict: string) => `its verdict "${verdict}" is not on the scale`,
} as const;

/**
 * When the claim was checked: the time of the last change of its status to
 * checked in its history; its last change (`updatedAt`) when the history has
 * none (a record from before the history, or a claim still open).
 */
export function checkedAt(a: Annotation): string {
  return a.history.findLast(h => h.field === 'status' && h.to === 'checked')?.at ?? a.updatedAt;
}

/**
 * The claims of `annotations`, in reading order, split into those a
 * ClaimReview export writes (a verdict on the scale and, with `checkedOnly`,
 * the status checked) and those it skips, each with the reason. Corrections
 * and comments are neither.
 */
export function planClaimReview(
  annotations: readonly Annotation[],
  scale: VerdictScale,
  { checkedOnly }: { checkedOnly: boolean },
): ClaimReviewPlan {
  const plan: ClaimReviewPlan = { reviews: [], skipped: [] };
  for (const a of inReadingOrder(annotations)) {
    if (a.kind !== 'claim') continue;
    const skip = (reason: string) => plan.skipped.push({ id: a.id, quote: a.target.exact, reason });
    const verdict = findVerdict(scale, a.verdict);
    if (a.verdict === undefined) skip(SKIP_REASONS.noVerdict);
    else if (!verdict) skip(SKIP_REASONS.offScale(a.verdict));
    else if (checkedOnly && a.status !== 'checked') skip(SKIP_REASONS.open);
    else plan.reviews.push({ annotation: a, verdict, checkedAt: checkedAt(a) });
  }
  return plan;
}
