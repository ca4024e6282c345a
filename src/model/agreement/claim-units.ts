import { legacyAssessments, mergeAssessments, type Assessment } from '../desk/assessment';
import { legacyReviewer } from '../desk/reviewer';
import type { Annotation, Target } from '../types';

/** The least intersection over union of two passages that makes them one claim. */
export const SAME_CLAIM_IOU = 0.5;

/** Intersection over union of two passages, in code points; 0 when they do not overlap. */
export function iou(a: Pick<Target, 'start' | 'end'>, b: Pick<Target, 'start' | 'end'>): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (inter <= 0) return 0;
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

/** One claim as the desk sees it: every reviewer's annotation of the same passage, together. */
export interface ClaimUnit {
  /** The annotations of the claim, in reading order; the first stands for the claim. */
  members: Annotation[];
  /** Each reviewer's assessment of the claim, one per reviewer, sorted by reviewer id. */
  assessments: Assessment[];
  /** The ids of the reviewers who flagged the passage: made one of its annotations, or assessed it. */
  flaggedBy: string[];
}

/** The reviewer id of an annotation's creator (one derived from the name for older records). */
export const creatorIdOf = (a: Annotation): string => a.creatorId ?? legacyReviewer(a.creator).id;

/** An annotation's assessments (for an older record, its verdict as its creator's). */
export const assessmentsOf = (a: Annotation): Assessment[] => a.assessments ?? legacyAssessments(a);

/**
 * The claims of one article's annotations as units: an annotation is one
 * with itself (one id, however many reviewers assessed it), and annotations
 * by different reviewers whose passages overlap with IoU ≥ 0.5 are one unit,
 * paired one to one (a reviewer contributes at most one annotation to a
 * unit), best overlaps first. Units come in reading order.
 */
export function claimUnits(claims: readonly Annotation[]): ClaimUnit[] {
  return claimGroups(claims).map(toUnit);
}

/** The order of `claimGroups`' groups and of their members: by start, the longer passage first, then by id. */
export const byPassage = (a: Annotation, b: Annotation): number =>
  a.target.start - b.target.start || b.target.end - a.target.end || (a.id < b.id ? -1 : 1);

/**
 * `claimUnits`' grouping alone: the members of each unit, in reading order,
 * units in reading order of their first member. Claims whose passages do not
 * overlap never share a group, so the groups of a list are the groups of
 * each of its runs of overlapping passages, taken apart.
 */
export function claimGroups(claims: readonly Annotation[]): Annotation[][] {
  const sorted = [...claims].sort(byPassage);
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as Annotation;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as Annotation;
      if (b.target.start >= a.target.end) break;
      const overlap = iou(a.target, b.target);
      if (overlap >= SAME_CLAIM_IOU) pairs.push([overlap, i, j]);
    }
  }
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  // union–find over the sorted annotations, each group knowing its creators
  const parent = sorted.map((_, i) => i);
  const creators = sorted.map(a => new Set([creatorIdOf(a)]));
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  for (const [, i, j] of pairs) {
    const [ri, rj] = [root(i), root(j)];
    const [ci, cj] = [creators[ri] as Set<string>, creators[rj] as Set<string>];
    if (ri === rj || [...cj].some(c => ci.has(c))) continue;
    parent[rj] = ri;
    for (const c of cj) ci.add(c);
  }
  const groups = new Map<number, Annotation[]>();
  sorted.forEach((a, i) => {
    const r = root(i);
    const group = groups.get(r);
    if (group) group.push(a);
    else groups.set(r, [a]);
  });
  return [...groups.values()];
}

/** The unit of a group of `claimGroups`: its members' assessments merged, and who flagged it. */
export function toUnit(members: Annotation[]): ClaimUnit {
  // most claims have one annotation: its list is already one per reviewer, sorted
  const assessments =
    members.length === 1
      ? assessmentsOf(members[0] as Annotation)
      : members.map(assessmentsOf).reduce(mergeAssessments, []);
  const flaggedBy = new Set(members.map(creatorIdOf));
  for (const x of assessments) flaggedBy.add(x.reviewer.id);
  return { members, assessments, flaggedBy: [...flaggedBy].sort() };
}

/**
 * The claim units of annotations from any number of articles: passages pair
 * only within one article's text, so each article's claims are united apart
 * (`claimUnits`), articles in order of first appearance. Other kinds are left out.
 */
export function claimUnitsByArticle(annotations: readonly Annotation[]): ClaimUnit[] {
  const byArticle = new Map<string, Annotation[]>();
  for (const a of annotations) {
    if (a.kind !== 'claim') continue;
    const list = byArticle.get(a.articleId);
    if (list) list.push(a);
    else byArticle.set(a.articleId, [a]);
  }
  return [...byArticle.values()].flatMap(claimUnits);
}
