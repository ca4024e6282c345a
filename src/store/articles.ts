import type { Article } from '../model/types';
import { db } from './db';
import { LAST_ARTICLE, getSetting } from './settings';

/** The article with this id, or undefined. */
export function getArticle(id: string): Promise<Article | undefined> {
  return db.articles.get(id);
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
  if (last && (await db.articles.get(last))) return last;
  if ((await db.articles.count()) === 0) return addArticleOnce(await fallback());
  const newest = await db.articles.orderBy('updatedAt').last();
  return newest ? newest.id : addArticleOnce(await fallback());
}
