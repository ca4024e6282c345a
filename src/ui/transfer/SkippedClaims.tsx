import type { SkippedClaim } from '../../model/claim-review-plan';

/** The claims the ClaimReview export leaves out, each with its quote and why. */
export function SkippedClaims({ skipped }: { skipped: readonly SkippedClaim[] }) {
  if (skipped.length === 0) return null;
  return (
    <section className="claimreview-skipped" aria-labelledby="claimreview-skipped-title">
      <h3 id="claimreview-skipped-title">Skipped</h3>
      <ul>
        {skipped.map(s => (
          <li key={s.id}>
            “{s.quote.length > 80 ? `${s.quote.slice(0, 79).trimEnd()}…` : s.quote}”: {s.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
