import type { ClaimReviewText } from '../model/claim-review-plan';
import { getSetting, setSetting } from './settings';

/** The setting that keeps what the reviewer wrote in an article's ClaimReview dialog. */
export const claimReviewTextsKey = (articleId: string) => `claimReviewTexts:${articleId}`;

export type ClaimReviewTexts = Record<string, ClaimReviewText>;

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The stored wording of an article's reviews, by annotation id; a stored
 * value of another shape (an older app, a hand-edited backup) yields what of
 * it is well-formed, never a throw.
 */
export function parseClaimReviewTexts(value: unknown): ClaimReviewTexts {
  const texts: ClaimReviewTexts = {};
  if (!isRecord(value)) return texts;
  for (const [id, text] of Object.entries(value)) {
    if (!isRecord(text) || id === '__proto__') continue;
    const { claimReviewed, explanation } = text;
    texts[id] = {
      ...(typeof claimReviewed === 'string' && { claimReviewed }),
      ...(typeof explanation === 'string' && { explanation }),
    };
  }
  return texts;
}

/** The reviewer's wording of an article's reviews, by annotation id (empty when none). */
export async function loadClaimReviewTexts(articleId: string): Promise<ClaimReviewTexts> {
  return parseClaimReviewTexts(await getSetting(claimReviewTextsKey(articleId)));
}

/** Keeps the reviewer's wording of an article's reviews, replacing what was kept. */
export async function keepClaimReviewTexts(
  articleId: string,
  texts: ClaimReviewTexts,
): Promise<void> {
  await setSetting(claimReviewTextsKey(articleId), texts);
}
