import { clampAnnotationTimes } from '../model/import-merge';
import { newId } from '../model/ids';
import { countPlan, planMerge, type MergeCategory, type MergePlan } from '../model/desk/merge-plan';
import type { Annotation } from '../model/types';
import { db } from './db';
import { findDestination, type ImportFile } from './import-plan';

/**
 * The three-way merge of a file's annotations and tombstones into what is
 * stored (`planMerge`), on the article `articleId`, touching no article but
 * `articles`. Reads only: call it inside the import's transaction to write
 * the plan, or alone for a preview.
 */
export async function planFileMerge(
  file: ImportFile,
  articleId: string,
  articles: ReadonlySet<string>,
  now: string,
): Promise<MergePlan> {
  const theirs = file.annotations.map(a => ({ ...a, articleId }));
  const theirTombstones = (file.tombstones ?? []).map(t => ({ ...t, articleId }));
  const ids = [...theirs.map(a => a.id), ...theirTombstones.map(t => t.id)];
  // one cursor over the ids that are here, not a request per id: 20,000 gets held the page 2 s
  const [here, tombstones] = await Promise.all([
    db.annotations.where(':id').anyOf(ids).toArray(),
    db.tombstones.where(':id').anyOf(ids).toArray(),
  ]);
  return planMerge({
    theirs,
    theirTombstones,
    here: new Map(here.map(a => [a.id, a])),
    hereTombstones: new Map(tombstones.map(t => [t.id, t])),
    articles,
    now,
    newId,
  });
}

/** What a merge did, counted for the reviewer (the fields of `ImportReport`). */
export interface MergeCounts {
  /** Stored, `reassigned` among them. */
  added: number;
  /** Replaced by the file's copy: its chain holds the head here (a fast-forward). */
  updated: number;
  /** Already here as in the file. */
  unchanged: number;
  /** Kept as they are here: their chain holds the file's head. */
  keptLocal: number;
  /** Both sides changed them: merged without loss, and listed in Curation. */
  conflicting: number;
  /** Of the file's annotations, those with a time after the import: such times were set to the import's. */
  futureDated: number;
  /** Deleted here, the file's copy no newer: not brought back. */
  deletedHere: number;
  /** Deleted in the file's copy, unchanged here since: deleted here too. */
  deletedByFile: number;
  /** Of `added`: their id belongs to an annotation of another article, so they got a new one. */
  reassigned: number;
}

/** The counts of a merge plan. */
export function countReport(
  plan: MergePlan,
  theirs: readonly Annotation[],
  now: string,
): MergeCounts {
  const by = countPlan(plan);
  const side = (category: string, s: 'here' | 'theirs') =>
    plan.items.filter(i => i.category === category && i.side === s).length;
  return {
    added: by.added,
    updated: side('fast-forward', 'theirs'),
    unchanged: by.unchanged,
    keptLocal: side('fast-forward', 'here'),
    conflicting: by.conflicting,
    futureDated: theirs.filter(a => clampAnnotationTimes(a, now) !== a).length,
    deletedHere: side('deleted', 'here'),
    deletedByFile: plan.remove.length,
    reassigned: plan.items.filter(i => i.reassigned).length,
  };
}

/** What a merge of a file into an article here would do, for the reviewer to see before it is written. */
export interface MergePreview {
  /** The article merged into. */
  title: string;
  counts: MergeCounts;
  /** Each annotation concerned: its category, whose copy is kept, and its passage. */
  items: { category: MergeCategory; side?: 'here' | 'theirs'; exact: string }[];
}

/**
 * The preview of a file's merge into the article here with the same text;
 * null when the file would not merge (a new article, or a new version of
 * one) or would only add annotations. Reads only: the merge itself plans again in its own transaction.
 */
export async function previewFileMerge(
  file: ImportFile,
  now: string,
): Promise<MergePreview | null> {
  return db.transaction('r', db.articles, db.annotations, db.tombstones, async () => {
    const found = await findDestination(file);
    if (found.kind !== 'merged') return null;
    const plan = await planFileMerge(file, found.article.id, new Set([found.article.id]), now);
    // a file that only adds to the article needs no question: nothing here changes
    if (plan.items.every(i => i.category === 'added')) return null;
    const items = plan.items.map(i => ({
      category: i.category,
      ...(i.side !== undefined && { side: i.side }),
      exact:
        (i.result ?? i.here)?.target.exact ?? '(an annotation deleted where the file was made)',
    }));
    return { title: found.article.title, counts: countReport(plan, file.annotations, now), items };
  });
}
