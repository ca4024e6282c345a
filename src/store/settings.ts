import { db } from './db';

/** The stored value of a setting, or undefined. */
export async function getSetting<T>(key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

/** The reviewer's name, as builds before reviewer ids stored it (`reviewer-store.ts` reads it once). */
export const REVIEWER_NAME = 'reviewerName';
/** This browser's reviewer `{ id, name }` (`reviewer-store.ts`). */
export const REVIEWER = 'reviewer';
/** The article shown on start. */
export const LAST_ARTICLE = 'lastArticleId';

/** The setting that records when an article was last exported as annotated JSON. */
export const exportedAtKey = (articleId: string) => `exportedAt:${articleId}`;

/** The sidebar filter kept for an article. */
export const filterKey = (articleId: string) => `filters:${articleId}`;
