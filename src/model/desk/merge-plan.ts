import { clampAnnotationTimes } from '../import-merge';
import type { Tombstone } from '../tombstone';
import type { Annotation } from '../types';
import { mergeDiverged } from './merge-diverged';
import { headOf, relate, revisionsOf, withRevision } from './revision';
import { sameJson } from '../same-json';

/**
 * What a merge does with one annotation of either side (docs/team-review.md):
 * - `added`: only the file has it;
 * - `unchanged`: both hold the same revision (or the same deletion);
 * - `fast-forward`: one side's chain holds the other's head, and the newer
 *   copy is kept (`side` says whose);
 * - `conflicting`: the chains diverged, or one side deleted what the other
 *   changed; merged without loss and flagged for a curator;
 * - `deleted`: a deletion is taken (`side` 'theirs': the file deleted it) or
 *   kept (`side` 'here': deleted here, the file's copy is no newer).
 */
export type MergeCategory = 'added' | 'unchanged' | 'fast-forward' | 'conflicting' | 'deleted';

/** One line of a merge's preview. */
export interface MergeItem {
  category: MergeCategory;
  id: string;
  side?: 'here' | 'theirs';
  /** The copy here before the merge. */
  here?: Annotation;
  /** What the merge stores; absent when it writes nothing for this id (or deletes it). */
  result?: Annotation;
  /** Of `added`: its id belonged to another article's annotation, so it got a new one. */
  reassigned?: boolean;
}

/** Everything a merge will write, worked out before anything is: shown as a preview, then written in one transaction. */
export interface MergePlan {
  items: MergeItem[];
  /** The records to store. */
  put: Annotation[];
  /** The ids of the annotations to delete here. */
  remove: string[];
  /** The tombstones to store. */
  bury: Tombstone[];
  /** The ids of tombstones here to drop: what they deleted is back, as a conflict. */
  unbury: string[];
}

export interface MergeInputs {
  /** The file's annotations, on the article they go to, their times as the file has them. */
  theirs: readonly Annotation[];
  /** The file's tombstones, on that article too. */
  theirTombstones: readonly Tombstone[];
  /** The stored annotations with the ids of the file's annotations and tombstones. */
  here: ReadonlyMap<string, Annotation>;
  /** The stored tombstones with those ids. */
  hereTombstones: ReadonlyMap<string, Tombstone>;
  /** The articles this merge may touch: the one written to, and one whose text it replaces. */
  articles: ReadonlySet<string>;
  /** The time of the merge, ISO 8601: no time after it is stored. */
  now: string;
  /** A new annotation id, for one whose id belongs to another article. */
  newId: () => string;
}

const deletion = (t: Tombstone) => ({
  by: t.by,
  ...(t.byId !== undefined && { byId: t.byId }),
  at: t.at,
});

/** Their copy of an annotation deleted here: still deleted, or back as a conflict. */
function againstTombstone(theirs: Annotation, tomb: Tombstone, now: string): MergeItem {
  const chain = revisionsOf(theirs);
  const stillDeleted = tomb.revs
    ? tomb.revs.includes(headOf(chain))
    : // a tombstone from before chains: the file's copy must be dated after the deletion (and not after now)
      !(
        Date.parse(theirs.updatedAt) > Date.parse(tomb.at) &&
        Date.parse(theirs.updatedAt) <= Date.parse(now)
      );
  if (stillDeleted) return { category: 'deleted', side: 'here', id: theirs.id };
  const back = clampAnnotationTimes(theirs, now);
  const conflict = { heads: [headOf(chain)], deleted: deletion(tomb) };
  return {
    category: 'conflicting',
    id: theirs.id,
    result: withRevision(back, { ...back, conflict }),
  };
}

/** Their deletion of an annotation here: taken, or a conflict if it was changed here since. */
function tombstoneAgainst(here: Annotation, tomb: Tombstone): MergeItem {
  const chain = revisionsOf(here);
  if (tomb.revs?.includes(headOf(chain)))
    return { category: 'deleted', side: 'theirs', id: here.id, here };
  const deleted = deletion(tomb);
  if (sameJson(here.conflict?.deleted, deleted))
    return { category: 'unchanged', id: here.id, here };
  const conflict = { ...here.conflict, heads: here.conflict?.heads ?? [headOf(chain)], deleted };
  const result = withRevision(here, { ...here, conflict });
  return { category: 'conflicting', id: here.id, here, result };
}

/** An item as drafted: a diverged one carries their copy, to be merged with the one here. */
type DraftItem = MergeItem & { diverged?: Annotation };

function mergeOne(theirs: Annotation, inputs: MergeInputs): DraftItem {
  const { here: hereById, hereTombstones, articles, now } = inputs;
  const here = hereById.get(theirs.id);
  const tomb = hereTombstones.get(theirs.id);
  const elsewhere = here ? !articles.has(here.articleId) : tomb && !articles.has(tomb.articleId);
  if (elsewhere) {
    const result = { ...clampAnnotationTimes(theirs, now), id: inputs.newId() };
    return { category: 'added', id: theirs.id, result, reassigned: true };
  }
  if (!here) {
    if (tomb) return againstTombstone(theirs, tomb, now);
    return { category: 'added', id: theirs.id, result: clampAnnotationTimes(theirs, now) };
  }
  const relation = relate(revisionsOf(here), revisionsOf(theirs));
  if (relation === 'same') return { category: 'unchanged', id: here.id, here };
  if (relation === 'here-ahead')
    return { category: 'fast-forward', side: 'here', id: here.id, here };
  if (relation === 'theirs-ahead') {
    const result = { ...clampAnnotationTimes(theirs, now), articleId: here.articleId };
    return { category: 'fast-forward', side: 'theirs', id: here.id, here, result };
  }
  // the merged copy is made by `settleMerge`: a preview needs only the category
  return {
    category: 'conflicting',
    id: here.id,
    here,
    diverged: clampAnnotationTimes(theirs, now),
  };
}

/**
 * A merge plan whose every item has its category, but whose diverged
 * annotations are not merged yet (`settleMerge` makes their merged copies):
 * all a preview shows, for a fraction of the cost (merging 5,000 diverged
 * annotations was most of a 10,000-annotation plan's 170 ms).
 */
export interface DraftPlan {
  /** The plan; its `put` is filled once settled. */
  plan: MergePlan;
  /** The items still to merge: their index in `plan.items`, their copy in the file. */
  unsettled: { index: number; theirs: Annotation }[];
}

/** `planMerge`, its diverged annotations left to `settleMerge`. */
export function draftMerge(inputs: MergeInputs): DraftPlan {
  const plan: MergePlan = { items: [], put: [], remove: [], bury: [], unbury: [] };
  const unsettled: DraftPlan['unsettled'] = [];
  const inFile = new Set(inputs.theirs.map(a => a.id));
  for (const theirs of inputs.theirs) {
    const { diverged, ...item } = mergeOne(theirs, inputs);
    if (diverged) unsettled.push({ index: plan.items.length, theirs: diverged });
    plan.items.push(item);
    // a diverged one is stored once merged: here, not reassigned
    if ((item.result || diverged) && !item.reassigned && inputs.hereTombstones.has(item.id))
      plan.unbury.push(item.id);
  }
  for (const tomb of inputs.theirTombstones) {
    if (inFile.has(tomb.id)) continue; // a file holds an annotation or its tombstone, never both
    const clamped =
      Date.parse(tomb.at) > Date.parse(inputs.now) ? { ...tomb, at: inputs.now } : tomb;
    const here = inputs.here.get(tomb.id);
    if (here && !inputs.articles.has(here.articleId)) continue; // never another article's
    if (!here) {
      if (inputs.hereTombstones.has(tomb.id)) {
        plan.items.push({ category: 'unchanged', id: tomb.id });
      } else {
        plan.items.push({ category: 'deleted', side: 'theirs', id: tomb.id });
        plan.bury.push(clamped);
      }
      continue;
    }
    const item = tombstoneAgainst(here, clamped);
    plan.items.push(item);
    if (!item.result && item.category === 'deleted') {
      plan.remove.push(here.id);
      plan.bury.push({ ...clamped, articleId: here.articleId });
    }
  }
  return { plan, unsettled };
}

/**
 * Merges up to `most` of a draft's diverged annotations, in order; when none
 * is left, its plan's `put` lists every item's result in the items' order,
 * as `planMerge` gives it. True when the plan is complete.
 */
export function settleMerge(draft: DraftPlan, most = Number.POSITIVE_INFINITY): boolean {
  const { plan, unsettled } = draft;
  for (const { index, theirs } of unsettled.splice(0, most)) {
    const item = plan.items[index] as MergeItem & { here: Annotation };
    item.result = mergeDiverged(item.here, theirs);
  }
  if (unsettled.length > 0) return false;
  plan.put = plan.items.flatMap(i => (i.result ? [i.result] : []));
  return true;
}

/**
 * The three-way merge of a file into what is stored, as a plan: each of the
 * file's annotations and tombstones decided by revision chains alone (times
 * order events for people; they never decide), an id of another article's
 * annotation never merged, no time after `now` stored. Merging a plan's
 * result with the same file again plans nothing to write.
 */
export function planMerge(inputs: MergeInputs): MergePlan {
  const draft = draftMerge(inputs);
  settleMerge(draft);
  return draft.plan;
}

/** How many items of each category a plan holds, for the preview. */
export function countPlan(plan: MergePlan): Record<MergeCategory, number> {
  const counts: Record<MergeCategory, number> = {
    added: 0,
    unchanged: 0,
    'fast-forward': 0,
    conflicting: 0,
    deleted: 0,
  };
  for (const item of plan.items) counts[item.category]++;
  return counts;
}
