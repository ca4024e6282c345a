import { useMemo } from 'react';
import { reviewProgress } from '../../model/review-progress';
import type { Annotation } from '../../model/types';
import type { VerdictScale } from '../../model/verdict-scale';
import { colorStyle } from '../common/color-style';
import { claimsCheckedText, withVerdictText } from '../common/progress-words';

/**
 * "7 of 12 claims checked" (their status says so) as a progress bar, with
 * "9 with a verdict" beside it when that differs, and the claims' verdicts as one
 * stacked bar; both follow every save. The bar is drawn for the eye; the
 * same counts are in the text for everyone.
 */
export function ReviewProgress({
  annotations,
  scale,
}: {
  annotations: readonly Annotation[];
  scale: VerdictScale;
}) {
  const { claims, checked, withVerdict, byVerdict, unrated } = useMemo(
    () => reviewProgress(annotations, scale),
    [annotations, scale],
  );
  const used = byVerdict.filter(v => v.count > 0);
  const summary = [
    ...used.map(({ verdict, count }) => `${verdict.label} ${count}`),
    ...(unrated > 0 ? [`no verdict yet ${unrated}`] : []),
  ].join(', ');
  return (
    <section className="review-progress" aria-labelledby="review-progress-title">
      <h2 id="review-progress-title" className="visually-hidden">
        Review progress
      </h2>
      <p className="progress-line">
        <label htmlFor="claims-checked">
          {claims === 0 ? 'No claims yet' : claimsCheckedText(checked, claims)}
        </label>
        <progress id="claims-checked" max={Math.max(claims, 1)} value={checked} />
      </p>
      {withVerdict !== checked && (
        <p className="progress-verdicts">{withVerdictText(withVerdict)}</p>
      )}
      {claims > 0 && (
        <div className="verdict-chart">
          <div className="verdict-bar" aria-hidden="true">
            {used.map(({ verdict, count }) => (
              <span
                key={verdict.id}
                className="verdict-bar-part"
                style={{ ...colorStyle(verdict.color), flexGrow: count }}
                title={`${verdict.label}: ${count}`}
              />
            ))}
            {unrated > 0 && (
              <span className="verdict-bar-part is-unrated" style={{ flexGrow: unrated }} />
            )}
          </div>
          <p className="verdict-summary">{summary}</p>
        </div>
      )}
    </section>
  );
}
