import type { ClaimReviewTexts } from '../../store/claim-review-texts';

/** What the reviewer chose in the ClaimReview dialog, for `exportClaimReview`. */
export interface ClaimReviewChoice {
  author: string;
  publicationUrl: string | undefined;
  checkedOnly: boolean;
  /** The wording of the reviews, by annotation id (a blank field takes its default). */
  texts: ClaimReviewTexts;
}
