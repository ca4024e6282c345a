import type { Annotation } from './types';
import type { VerdictScale } from './verdict-scale';

/**
 * The claims a ClaimReview export will hold (`rated`: their verdict has a
 * rating on the scale) and those it will list as skipped.
 */
export function ratedClaimCounts(
  annotations: readonly Annotation[],
  scale: VerdictScale,
): { rated: number; skipped: number } {
  const claims = annotations.filter(a => a.kind === 'claim');
  const rated = claims.filter(
    a => scale.find(v => v.id === a.verdict)?.ratingValue !== undefined,
  ).length;
  return { rated, skipped: claims.length - rated };
}
