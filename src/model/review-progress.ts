import type { Annotation } from './types';
import { decisionOf, isChecked, sameClaims } from './desk/same-claim';
import { hasCountedVerdict, type Verdict, type VerdictScale } from './verdict-scale';

/** How far the review of one article has come, as the header shows it. */
export interface ReviewProgress {
  claims: number;
  /** Claims whose status is checked. */
  checked: number;
  /** Claims with a verdict that counts (see `hasCountedVerdict`), whatever their status. */
  withVerdict: number;
  /** Claims per verdict, in the scale's order; verdicts nobody used are included with 0. */
  byVerdict: { verdict: Verdict; count: number }[];
  /** Claims without a verdict, or with one no longer on the scale. */
  unrated: number;
}

/**
 * Counts the claims of a review, the annotations of one claim by several
 * reviewers as one (`sameClaims`): checked means every one's status says so;
 * its verdict is the decision they all hold (none while they differ). A
 * verdict given to an open claim counts in `withVerdict`, never in `checked`.
 */
export function reviewProgress(
  annotations: readonly Annotation[],
  scale: VerdictScale,
): ReviewProgress {
  const counts = new Map<string, number>(scale.map(v => [v.id, 0]));
  // `hasCountedVerdict` of each claim, without a lookup in the scale for each of 10,000
  const counted = new Set(
    scale.filter(v => hasCountedVerdict({ kind: 'claim', verdict: v.id }, scale)).map(v => v.id),
  );
  let claims = 0;
  let checked = 0;
  let withVerdict = 0;
  let unrated = 0;
  for (const item of sameClaims(annotations.filter(a => a.kind === 'claim'))) {
    claims++;
    if (isChecked(item)) checked++;
    const verdict = decisionOf(item);
    if (verdict !== undefined && counted.has(verdict)) withVerdict++;
    const count = verdict === undefined ? undefined : counts.get(verdict);
    if (count === undefined) unrated++;
    else counts.set(verdict as string, count + 1);
  }
  const byVerdict = scale.map(verdict => ({ verdict, count: counts.get(verdict.id) ?? 0 }));
  return { claims, checked, withVerdict, byVerdict, unrated };
}

/**
 * The annotation after (`step` 1) or before (-1) the current one in reading
 * order, among `ordered`; with no current one, the first at or after `caret`
 * (a text offset) going forward, or the last before it going back. Undefined
 * at either end: the reviewer is told, never silently wrapped around.
 */
export function stepThrough<T extends { id: string; start: number }>(
  ordered: readonly T[],
  currentId: string | null,
  caret: number,
  step: 1 | -1,
): T | undefined {
  const at = currentId === null ? -1 : ordered.findIndex(x => x.id === currentId);
  if (at !== -1) return ordered[at + step];
  if (step === 1) return ordered.find(x => x.start >= caret);
  return ordered.findLast(x => x.start < caret);
}
