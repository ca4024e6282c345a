import { assessmentsOf, claimUnits } from '../agreement/claim-units';
import type { Annotation } from '../types';
import type { Assessment } from './assessment';

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
  const placedClaims = annotations.filter(
    a => a.kind === 'claim' && a.anchoring?.method !== 'orphan',
  );
  const unitOf = new Map<string, { members: Annotation[]; assessments: Assessment[] }>();
  for (const unit of claimUnits(overlapping(placedClaims)))
    if (unit.members.length > 1) for (const m of unit.members) unitOf.set(m.id, unit);
  // the places in the order given, wanted only when some claim has several annotations
  let order: Map<string, number> | undefined;
  const rank = (x: Annotation) =>
    (order ??= new Map(annotations.map((y, i) => [y.id, i]))).get(x.id) ?? 0;
  const items: SameClaim[] = [];
  const led = new Set<object>();
  for (const a of annotations) {
    const unit = unitOf.get(a.id);
    if (!unit) {
      const assessments = a.kind === 'claim' ? assessmentsOf(a) : [];
      items.push({ lead: a, members: [a], assessments });
      continue;
    }
    if (led.has(unit)) continue;
    led.add(unit);
    const members =
      unit.members.length === 1
        ? unit.members
        : [...unit.members].sort((x, y) => rank(x) - rank(y));
    items.push({ lead: a, members, assessments: unit.assessments });
  }
  return items;
}

/**
 * The claims whose passage overlaps another's: only they can share a unit.
 * Most claims overlap none, and pairing them all (`claimUnits`) on every
 * save of ten thousand costs far more than this sweep.
 */
function overlapping(claims: readonly Annotation[]): Annotation[] {
  const sorted = [...claims].sort((a, b) => a.target.start - b.target.start);
  const out: Annotation[] = [];
  let run: Annotation[] = [];
  let end = -Infinity;
  for (const a of sorted) {
    if (a.target.start >= end) {
      if (run.length > 1) out.push(...run);
      run = [];
    }
    run.push(a);
    end = Math.max(end, a.target.end);
  }
  if (run.length > 1) out.push(...run);
  return out;
}

/** The desk's decision on the item: the verdict every member holds, or undefined if they differ or one has none. */
export function decisionOf(item: SameClaim): string | undefined {
  const [first, ...rest] = item.members;
  const verdict = first?.verdict;
  return rest.every(m => m.verdict === verdict) ? verdict : undefined;
}

/** Whether the item is checked: every member's status says so. */
export const isChecked = (item: SameClaim): boolean =>
  item.members.every(m => m.status === 'checked');
