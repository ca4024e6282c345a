import { clampArticleTimes } from '../model/import-merge';
import { newId } from '../model/ids';
import { CodePointIndex } from '../model/offsets';
import type { ReanchorSummary } from '../model/reanchor';
import type { Annotation, Article } from '../model/types';
import { db } from './db';
import { VERDICT_SCALE } from './verdict-scale-store';
import type { VerdictScale } from '../model/verdict-scale';
import { findDestination, loadReanchoring, type ImportFile } from './import-plan';
import { anchoredTexts } from './known-texts';
import { putInChunks } from './put-in-chunks';
import {
  countReport,
  planFileMerge,
  settledPlan,
  type MergeCounts,
  type PlannedMerge,
} from './merge-file';

export interface ImportReport extends ReanchorSummary, MergeCounts {
  /** The article the annotations now belong to. */
  articleId: string;
  title: string;
  /**
   * A new article; merged into the same text already here; a new version of an
   * article here with other text; or, as the reviewer chose, that other text
   * as an article of its own.
   */
  outcome: 'new-article' | 'merged' | 'new-version' | 'separate-article';
}

export interface ImportOptions {
  /** Told how many of the annotations are saved, between writes. */
  onProgress?: (saved: number, total: number) => void;
  /** Aborting it undoes the import: the transaction is abandoned before it commits. */
  signal?: AbortSignal;
  /** Store a file whose id names an article here with other text as an article of its own. */
  asSeparateArticle?: boolean;
  /**
   * The verdict scale with the file's verdicts the reviewer chose to add
   * (`scaleWithAdded`): stored in the import's transaction, so a cancelled or
   * failed import leaves the scale as it was.
   */
  scale?: VerdictScale;
  /**
   * The merge planned for the preview (`previewFileMerge`): written as it is
   * if what it was planned from is still stored as it was, else planned again.
   */
  planned?: PlannedMerge;
}

/** The article the file's annotations go to (added unless merged), and the one it replaces. */
async function placeArticle(file: ImportFile, now: string, separate: boolean) {
  const found = await findDestination(file);
  if (found.kind === 'merged') return { article: found.article, outcome: 'merged' as const };
  const incoming = clampArticleTimes(file.article, now);
  if (found.kind === 'new-article') {
    await db.articles.add(incoming);
    return { article: incoming, outcome: 'new-article' as const };
  }
  const article: Article = separate
    ? { ...incoming, id: newId(), createdAt: now, updatedAt: now }
    : {
        ...incoming,
        id: newId(),
        previousVersionId: found.replaced.id,
        createdAt: now,
        updatedAt: now,
      };
  await db.articles.add(article);
  return separate
    ? { article, outcome: 'separate-article' as const }
    : { article, outcome: 'new-version' as const, replaced: found.replaced };
}

/**
 * Writes a validated annotated-JSON file in one transaction: all or nothing.
 * - The same text is already here (same hash): annotations merge by id.
 * - An article with the file's id but another text is here: the file's text
 *   becomes a new version of it (`previousVersionId`), and the annotations of
 *   the version here move onto it, re-anchored by their quotes; or, with
 *   `asSeparateArticle`, an article of its own, the one here left alone.
 * - Otherwise the article and its annotations are added as they are.
 * Each annotation and tombstone of the file is merged by its revision chain
 * (`planFileMerge`, docs/team-review.md): added, unchanged, fast-forwarded,
 * merged as a conflict, or deleted; times never decide, no time after `now`
 * is stored, a deletion here is honoured, and an id of another article's
 * annotation is never merged but given to a new one. Every annotation is
 * anchored on the text it ends up on; none is dropped but those deleted.
 */
export async function importAnnotatedArticle(
  file: ImportFile,
  now: string,
  { onProgress, signal, asSeparateArticle = false, scale, planned }: ImportOptions = {},
): Promise<ImportReport> {
  const { reanchorAnnotations } = await loadReanchoring();
  const tables = [db.articles, db.annotations, db.tombstones, db.settings, db.writeMarks];
  return db.transaction('rw', tables, async () => {
    if (scale) await db.settings.put({ key: VERDICT_SCALE, value: scale });
    const placed = await placeArticle(file, now, asSeparateArticle);
    const { article } = placed;
    const replaced = 'replaced' in placed ? placed.replaced : undefined;
    const moved = replaced
      ? await db.annotations.where('articleId').equals(replaced.id).toArray()
      : [];
    const articles = new Set([article.id, ...(replaced ? [replaced.id] : [])]);
    const plan = settledPlan(await planFileMerge(file, article.id, articles, now, planned));
    const counts = countReport(plan, file.annotations, now);
    const inFile = new Set(plan.items.map(i => i.id));
    // the annotations moving to the new text, unless the file has its own copy
    const candidates: Annotation[] = moved
      .filter(a => !inFile.has(a.id))
      .map(a => ({ ...a, articleId: article.id }));
    // ids of the copies from here: they were anchored on the replaced text, not the file's
    const fromHere = new Set(candidates.map(a => a.id));
    for (const item of plan.items) {
      const mine = item.here;
      const movesHere = mine !== undefined && mine.articleId !== article.id;
      if (item.result) {
        candidates.push({ ...item.result, articleId: article.id });
        // a merged copy keeps the passage here: it was anchored on the replaced text
        if (movesHere && item.category === 'conflicting') fromHere.add(item.result.id);
      } else if (mine && movesHere && item.category !== 'deleted') {
        candidates.push({ ...mine, articleId: article.id });
        fromHere.add(mine.id);
      }
    }

    const sourceOf = await anchoredTexts(
      candidates,
      file.described ?? { text: file.article.text, hash: file.article.textHash },
      replaced && { text: replaced.text, hash: replaced.textHash },
      a => fromHere.has(a.id),
    );
    performance.mark('fm:reanchor:start');
    const { annotations, summary } = reanchorAnnotations(
      new CodePointIndex(article.text),
      candidates,
      now,
      sourceOf,
    );
    performance.measure('fm:reanchor', 'fm:reanchor:start');
    await db.tombstones.bulkDelete(plan.unbury);
    await db.annotations.bulkDelete(plan.remove);
    await db.tombstones.bulkPut(plan.bury);
    await putInChunks(annotations, { onProgress, signal });
    return {
      articleId: article.id,
      title: article.title,
      outcome: placed.outcome,
      ...counts,
      ...summary,
    };
  });
}
