import { clampAnnotationTimes } from '../model/import-merge';
import { newId } from '../model/ids';
import {
  countPlan,
  draftMerge,
  settleMerge,
  type DraftPlan,
  type MergeCategory,
  type MergePlan,
} from '../model/desk/merge-plan';
import type { Annotation } from '../model/types';
import { db } from './db';
import { findDestination, type ImportFile } from './import-plan';
import {
  readCounterparts,
  readMarks,
  type CounterpartsAhead,
  type StoredCounterparts,
} from './stored-counterparts';
import { sameJson } from '../model/same-json';

/**
 * A merge plan with what it was planned from: the article, the stored
 * records the file's ids named then, and the write marks they were read
 * with. Kept from the preview, so the merge need not plan again, nor read
 * the records again, unless the store has changed since. Its diverged
 * annotations are merged while the reviewer reads the preview
 * (`settleWhileIdle`), or when it is written (`settledPlan`).
 */
export interface PlannedMerge {
  articleId: string;
  articles: ReadonlySet<string>;
  stored: StoredCounterparts;
  /** `readMarks` in the transaction that read `stored`. */
  marks: string;
  draft: DraftPlan;
}

/** The plan complete: what is left of its diverged annotations merged now. */
export function settledPlan(planned: PlannedMerge): MergePlan {
  settleMerge(planned.draft);
  return planned.draft.plan;
}

/** Diverged annotations merged per task while the page is otherwise idle: some tens of milliseconds. */
const SETTLED_PER_TASK = 500;

/**
 * Merges a preview's diverged annotations a few hundred per task, so the
 * plan is complete by the time the reviewer clicks Merge and the page stays
 * responsive meanwhile; whatever is left when the merge is written is
 * merged then (`settledPlan`). Stops when `signal` aborts (the reviewer
 * cancelled).
 */
export async function settleWhileIdle(planned: PlannedMerge, signal: AbortSignal): Promise<void> {
  while (!signal.aborted && !settleMerge(planned.draft, SETTLED_PER_TASK))
    await new Promise(resolve => setTimeout(resolve));
}

const sameArticles = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every(id => b.has(id));

/** The same ids, whatever their order. */
const sameIds = (read: ReadonlySet<string>, ids: readonly string[]) =>
  ids.every(id => read.has(id)) && new Set(ids).size === read.size;

/** True if both reads found the same records, equal in every field. */
function sameStored(a: StoredCounterparts, b: StoredCounterparts): boolean {
  const same = <T>(x: ReadonlyMap<string, T>, y: ReadonlyMap<string, T>) =>
    x.size === y.size && [...x].every(([id, r]) => y.has(id) && sameJson(r, y.get(id)));
  return same(a.here, b.here) && same(a.tombstones, b.tombstones);
}

/**
 * The three-way merge of a file's annotations and tombstones into what is
 * stored (`planFileMerge`), on the article `articleId`, touching no article but
 * `articles`. Reads only: call it inside the import's transaction to write
 * the plan, or alone for a preview; either transaction must take `writeMarks`.
 * `earlier` is a plan of the same file made before (the preview's): it is
 * returned as it is when nothing was written to annotations or tombstones
 * since (the same marks: 10,000 records are not read again), or when the
 * records it was planned from are still stored as they were; it is planned
 * anew otherwise. `ahead`: the stored records read before
 * (`readCounterpartsAhead`), used instead of reading them when they were read
 * for the file's very ids and nothing was written since.
 */
export async function planFileMerge(
  file: ImportFile,
  articleId: string,
  articles: ReadonlySet<string>,
  now: string,
  earlier?: PlannedMerge,
  ahead?: CounterpartsAhead | null,
): Promise<PlannedMerge> {
  const marks = await readMarks();
  const sameTarget = earlier?.articleId === articleId && sameArticles(earlier.articles, articles);
  if (sameTarget && earlier.marks === marks) return earlier;
  const theirs = file.annotations.map(a => ({ ...a, articleId }));
  const theirTombstones = (file.tombstones ?? []).map(t => ({ ...t, articleId }));
  const ids = [...theirs.map(a => a.id), ...theirTombstones.map(t => t.id)];
  const stored =
    ahead?.marks === marks && sameIds(ahead.ids, ids) ? ahead.stored : await readCounterparts(ids);
  if (sameTarget && sameStored(earlier.stored, stored)) return { ...earlier, marks };
  const draft = draftMerge({
    theirs,
    theirTombstones,
    here: stored.here,
    hereTombstones: stored.tombstones,
    articles,
    now,
    newId,
  });
  return { articleId, articles, stored, marks, draft };
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

/** A merge's preview, and the plan it shows, for the merge to write unless the store changed meanwhile. */
export interface PreviewedMerge {
  /** Null when there is nothing to ask: the file would not merge, or would only add. */
  preview: MergePreview | null;
  /** Null when the file would not merge (a new article, or a new version of one). */
  planned: PlannedMerge | null;
}

/**
 * The preview of a file's merge into the article here with the same text;
 * none when the file would not merge (a new article, or a new version of
 * one) or would only add annotations. Reads only: the merge itself reads again in
 * its own transaction, and plans again if anything it was planned from changed
 * (so a preview planned from records read `ahead`, while the file was checked,
 * never writes what they were if they changed since).
 */
export async function previewFileMerge(
  file: ImportFile,
  now: string,
  ahead?: CounterpartsAhead | null,
): Promise<PreviewedMerge> {
  const tables = [db.articles, db.annotations, db.tombstones, db.writeMarks];
  return db.transaction('r', tables, async () => {
    const found = await findDestination(file);
    if (found.kind !== 'merged') return { preview: null, planned: null };
    const articles = new Set([found.article.id]);
    const planned = await planFileMerge(file, found.article.id, articles, now, undefined, ahead);
    const { plan } = planned.draft; // every item's category; diverged ones merged later
    // a file that only adds to the article needs no question: nothing here changes
    if (plan.items.every(i => i.category === 'added')) return { preview: null, planned };
    const items = plan.items.map(i => ({
      category: i.category,
      ...(i.side !== undefined && { side: i.side }),
      exact:
        (i.result ?? i.here)?.target.exact ?? '(an annotation deleted where the file was made)',
    }));
    const counts = countReport(plan, file.annotations, now);
    return { preview: { title: found.article.title, counts, items }, planned };
  });
}
