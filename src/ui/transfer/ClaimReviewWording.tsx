import type { ClaimReviewText, PlannedReview } from '../../model/claim-review-plan';
import type { ClaimReviewTexts } from '../../store/claim-review-texts';

interface Props {
  reviews: readonly PlannedReview[];
  texts: ClaimReviewTexts;
  onChange: (id: string, text: ClaimReviewText) => void;
}

const short = (text: string) => (text.length > 70 ? `${text.slice(0, 69).trimEnd()}…` : text);

/**
 * Each review to be exported, folded: the claim as the review states it
 * (the quote until the reviewer words it) and the rating's explanation (the
 * whole note until they write one).
 */
export function ClaimReviewWording({ reviews, texts, onChange }: Props) {
  return (
    <section className="claimreview-wording" aria-labelledby="claimreview-wording-title">
      <h3 id="claimreview-wording-title">The reviews</h3>
      <p className="field-hint">
        Open a review to state the claim as it should appear, and to explain the rating.
      </p>
      <ol>
        {reviews.map(({ annotation: a, verdict }, i) => {
          const text = texts[a.id];
          const claimId = `claimreviewed-${i}`;
          const explanationId = `explanation-${i}`;
          return (
            <li key={a.id}>
              <details>
                <summary>
                  {verdict.label}: “{short(text?.claimReviewed?.trim() || a.target.exact)}”
                </summary>
                <div className="field">
                  <label htmlFor={claimId}>Claim reviewed</label>
                  <textarea
                    id={claimId}
                    rows={2}
                    value={text?.claimReviewed ?? a.target.exact}
                    onChange={e => onChange(a.id, { claimReviewed: e.target.value })}
                  />
                </div>
                <div className="field">
                  <label htmlFor={explanationId}>Rating explanation</label>
                  <textarea
                    id={explanationId}
                    rows={4}
                    value={text?.explanation ?? a.note}
                    onChange={e => onChange(a.id, { explanation: e.target.value })}
                  />
                </div>
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
