import { sameJson } from '../same-json';
import { canonicalJson } from './content-hash';
import { legacyReviewer, type Reviewer } from './reviewer';

/**
 * One reviewer's own verdict on a claim: theirs alone, so two reviewers'
 * assessments never conflict. The claim's verdict is the desk's decision,
 * apart from these.
 */
export interface Assessment {
  reviewer: Reviewer;
  /** An id on the verdict scale (possibly one no longer on it). */
  verdict: string;
  note?: string;
  /** ISO 8601 time of the reviewer's last change to it. */
  at: string;
}

const byReviewer = (a: Assessment, b: Assessment) =>
  a.reviewer.id < b.reviewer.id ? -1 : a.reviewer.id > b.reviewer.id ? 1 : 0;

/**
 * Of two assessments by one reviewer (made on two machines), the one kept:
 * the later, and on a tie the greater as canonical JSON, so the choice is
 * the same whichever side is asked first. Only the reviewer writes their own
 * assessment, so its time orders their own changes.
 */
function latest(a: Assessment, b: Assessment): Assessment {
  const ta = Date.parse(a.at);
  const tb = Date.parse(b.at);
  if (ta !== tb) return ta > tb ? a : b;
  // most ties are one assessment on both sides: equal, so either is kept, and no JSON is written
  if (sameJson(a, b)) return a;
  return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

/**
 * `list` with `assessment` in place of the same reviewer's (or added), sorted
 * by reviewer id: the form every stored list has.
 */
export function setAssessment(list: readonly Assessment[], assessment: Assessment): Assessment[] {
  return [...list.filter(a => a.reviewer.id !== assessment.reviewer.id), assessment].sort(
    byReviewer,
  );
}

/** `list` without the reviewer's assessment. */
export function dropAssessment(list: readonly Assessment[], reviewerId: string): Assessment[] {
  return list.filter(a => a.reviewer.id !== reviewerId);
}

/**
 * The assessments after `reviewer` changed a claim's verdict in the form from
 * `before` to `after` (working alone, the verdict is their assessment and the
 * decision at once): their assessment set to it, or dropped when they cleared
 * it; the list unchanged when the verdict did not change.
 */
export function withOwnVerdict(
  list: readonly Assessment[],
  reviewer: Reviewer,
  before: string | undefined,
  after: string | undefined,
  at: string,
): Assessment[] {
  if (before === after) return [...list];
  if (after === undefined) return dropAssessment(list, reviewer.id);
  const note = list.find(a => a.reviewer.id === reviewer.id)?.note;
  return setAssessment(list, { reviewer, verdict: after, ...(note !== undefined && { note }), at });
}

/**
 * Every reviewer's assessment from both lists, one per reviewer (`latest`
 * where both have one), sorted by reviewer id. Commutative, associative and
 * idempotent: merging in any order, any number of times, gives one result.
 */
export function mergeAssessments(a: readonly Assessment[], b: readonly Assessment[]): Assessment[] {
  const byId = new Map<string, Assessment>();
  for (const x of [...a, ...b]) {
    const had = byId.get(x.reviewer.id);
    byId.set(x.reviewer.id, had ? latest(had, x) : x);
  }
  return [...byId.values()].sort(byReviewer);
}

/**
 * The assessments of a record from before assessments were kept apart (a
 * stored annotation before schema version 5, a file of format 1 or 2): its
 * verdict was its creator's, so it becomes the creator's assessment, made
 * when the record was last changed.
 */
export function legacyAssessments(a: {
  verdict?: string;
  creator: string;
  creatorId?: string;
  updatedAt: string;
}): Assessment[] {
  if (a.verdict === undefined) return [];
  const reviewer = a.creatorId ? { id: a.creatorId, name: a.creator } : legacyReviewer(a.creator);
  return [{ reviewer, verdict: a.verdict, at: a.updatedAt }];
}
