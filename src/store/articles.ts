import { hasCountedVerdict, isClaimChecked } from '../model/verdict-scale';
import { loadVerdictScale } from './verdict-scale-store';
import type { Article } from '../model/types';
import { db } from './db';
import { LAST_ARTICLE, exportedAtKey, filterKey, getSetting } from './settings';
import { dismissedKey } from './suggestion-store';
import { claimReviewTextsKey } from './claim-review-texts';

/** The article with this id, or undefined. */
export function getArticle(id: string): Promise<Article | undefined> {
  return db.articles.get(id);
}

/** Whether an article with this id is stored, read from its key alone (not its megabyte of text). */
export async function hasArticle(id: string): Promise<boolean> {
  return (await db.articles.where(':id').equals(id).count()) > 0;
}

/** The ids of every stored article, read from the keys alone. */
export async function articleIds(): Promise<Set<string>> {
  return new Set(await db.articles.toCollection().primaryKeys());
}

/**
 * Stores the article unless a record with its id exists; safe when two tabs
 * seed the same sample at once. Returns the id.
 */
export async function addArticleOnce(article: Article): Promise<string> {
  await db.transaction('rw', db.articles, async () => {
    if (!(await db.articles.get(article.id))) await db.articles.add(article);
  });
  return article.id;
}

/** The id of the article to open on start: the last opened one if it still exists. */
export async function startArticleId(fallback: () => Promise<Article>): Promise<string> {
  const last = await getSetting<string>(LAST_ARTICLE);
  // its key alone: the record (a megabyte of text and its document) is read once, by the view
  if (last && (await hasArticle(last))) return last;
  if ((await db.articles.count()) === 0) return addArticleOnce(await fallback());
  const newest = await db.articles.orderBy('updatedAt').last();
  return newest ? newest.id : addArticleOnce(await fallback());
}

/** One row of the library: an article and how far its review has come. */
export interface LibraryEntry {
  id: string;
  title: string;
  publisher?: string;
  author?: string;
  publishedAt?: string;
  createdAt: string;
  updatedAt: string;
  /** Set when this is an edited text of an earlier article. */
  previousVersionId?: string;
  annotations: number;
  claims: number;
  /** Claims whose status is checked. */
  checkedClaims: number;
  /** Claims with a verdict that counts, whatever their status. */
  withVerdict: number;
  /** Who made its annotations, each once, in the order first seen. */
  reviewers: string[];
}

/** Every stored article, newest first, with its annotation counts (read through the articleId index). */
export async function listLibrary(): Promise<LibraryEntry[]> {
  return db.transaction('r', db.articles, db.annotations, db.settings, async () => {
    const scale = await loadVerdictScale();
    const articles = await db.articles.orderBy('updatedAt').reverse().toArray();
    return Promise.all(
      articles.map(async a => {
        const notes = await db.annotations.where('articleId').equals(a.id).toArray();
        const claims = notes.filter(n => n.kind === 'claim');
        return {
          id: a.id,
          title: a.title,
          ...(a.publisher !== undefined && { publisher: a.publisher }),
          ...(a.author !== undefined && { author: a.author }),
          ...(a.publishedAt !== undefined && { publishedAt: a.publishedAt }),
          ...(a.previousVersionId !== undefined && { previousVersionId: a.previousVersionId }),
          createdAt: a.createdAt,
          updatedAt: a.updatedAt,
          annotations: notes.length,
          claims: claims.length,
          checkedClaims: claims.filter(isClaimChecked).length,
          withVerdict: claims.filter(c => hasCountedVerdict(c, scale)).length,
          reviewers: [...new Set(notes.map(n => n.creator.trim()).filter(Boolean))],
        };
      }),
    );
  });
}

/** Stores a newly loaded article and returns its id. */
export async function addArticle(article: Article): Promise<string> {
  await db.articles.add(article);
  return article.id;
}

/**
 * Stores a newly loaded article unless the library holds the same text
 * already (the same `textHash`): then nothing is written and the newest
 * article with that text is returned as `existing`, to open instead of a
 * copy that would split the review in two.
 */
export async function addArticleUnlessKnown(
  article: Article,
): Promise<{ id: string; existing?: Pick<Article, 'id' | 'title'> }> {
  return db.transaction('rw', db.articles, async () => {
    // no index on textHash: a library is hundreds of articles, read once on a load
    const same = await db.articles.filter(a => a.textHash === article.textHash).toArray();
    const newest = same.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)).at(-1);
    if (newest) return { id: newest.id, existing: { id: newest.id, title: newest.title } };
    await db.articles.add(article);
    return { id: article.id };
  });
}

/** Changes an article's metadata (never its text: an edited text is a new version). */
export async function updateArticleMeta(
  id: string,
  meta: Pick<Article, 'title' | 'sourceUrl' | 'publisher' | 'author' | 'publishedAt'>,
  now: string,
): Promise<void> {
  await db.transaction('rw', db.articles, async () => {
    const article = await db.articles.get(id);
    if (!article) throw new Error('This article was deleted in the meantime.');
    const { sourceUrl: _s, publisher: _p, author: _a, publishedAt: _d, ...rest } = article;
    const kept = Object.fromEntries(
      Object.entries(meta).filter(([, v]) => v !== undefined && v !== ''),
    );
    await db.articles.put({ ...rest, ...kept, title: meta.title, updatedAt: now });
  });
}

/**
 * Deletes an article and all its annotations, in one transaction. Their
 * tombstones go too: importing the article again brings it back whole.
 */
export async function deleteArticle(id: string): Promise<void> {
  await db.transaction(
    'rw',
    [db.articles, db.annotations, db.settings, db.tombstones],
    async () => {
      await db.annotations.where('articleId').equals(id).delete();
      await db.tombstones.where('articleId').equals(id).delete();
      await db.articles.delete(id);
      // what was kept for the article alone goes with it
      await db.settings.bulkDelete([
        exportedAtKey(id),
        filterKey(id),
        dismissedKey(id),
        claimReviewTextsKey(id),
      ]);
    },
  );
}
