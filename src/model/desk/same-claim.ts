import type { Annotation } from '../types';
import type { Assessment } from './assessment';
import { grouped, type Grouping } from './same-claim-groups';
import { regrouped } from './same-claim-regroup';

/**
 * One item as the desk counts them: a claim with every reviewer's annotation
 * of its passage (`claimUnits`), or an annotation of another kind alone.
 */
export interface SameClaim {
  /** The annotation that stands for the item: the first of its members in the order given. */
  lead: Annotation;
  /** Every annotation of the item, the lead first, then in the order given. */
  members: Annotation[];
  /** Each reviewer's assessment of the claim, one per reviewer, sorted by reviewer id. */
  assessments: Assessment[];
}

/**
 * The annotations as the desk counts them, in the order given: annotations
 * of the same claim by different reviewers (same id, or passages with
 * IoU ≥ 0.5, paired as `claimUnits` pairs them) are one item, led by the
 * first of them; corrections, comments and orphans (whose passage is not in
 * this text) are items of their own.
 */
export function sameClaims(annotations: readonly Annotation[]): SameClaim[] {
  for (const [at, last] of recent.entries()) {
    const next = regrouped(last, annotations);
    if (!next) continue;
    recent.splice(at, 1);
    recent.unshift(next);
    return next.items;
  }
  const grouping = grouped(annotations);
  recent.unshift(grouping);
  recent.length = Math.min(recent.length, KEPT_GROUPINGS);
  return grouping.items;
}

// The last calls' groupings, the latest first. The sidebar, the progress card and the reports
// each group their own list after a save, which changes one record among 10,000: a list that
// differs from one kept only by records that group as before is answered from it (the changed
// records' items replaced) instead of sorting and walking the whole list again. Records are
// immutable, so the same object is the same content; results never depend on what is kept
// (same-claim.property.test.ts).
const recent: Grouping[] = [];
const KEPT_GROUPINGS = 4;

/** The desk's decision on the item: the verdict every member holds, or undefined if they differ or one has none. */
export function decisionOf(item: SameClaim): string | undefined {
  const verdict = item.lead.verdict;
  return item.members.every(m => m.verdict === verdict) ? verdict : undefined;
}

/** Whether the item is checked: every member's status says so. */
export const isChecked = (item: SameClaim): boolean =>
  item.members.every(m => m.status === 'checked');
