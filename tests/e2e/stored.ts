import type { Page } from 'playwright-core';

/** The app's articles and annotations as IndexedDB holds them. */
export interface Stored {
  articles: unknown[];
  annotations: unknown[];
}

/** Everything in the app's database, read straight from IndexedDB. */
export async function stored(page: Page): Promise<Stored> {
  return page.evaluate(
    () =>
      new Promise<Stored>((resolve, reject) => {
        const open = indexedDB.open('factmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['articles', 'annotations'], 'readonly');
          const all = (name: string) => tx.objectStore(name).getAll();
          const articles = all('articles');
          const annotations = all('annotations');
          tx.oncomplete = () => {
            resolve({
              articles: articles.result as unknown[],
              annotations: annotations.result as unknown[],
            });
            open.result.close();
          };
        };
      }),
  );
}

export interface Counts {
  articles: number;
  /** Annotations by article id. */
  annotations: Record<string, number>;
}

/** How many articles, and annotations of each, the app's database holds. */
export async function counts(page: Page): Promise<Counts> {
  const { articles, annotations } = await stored(page);
  const byArticle: Record<string, number> = {};
  for (const a of annotations as { articleId: string }[])
    byArticle[a.articleId] = (byArticle[a.articleId] ?? 0) + 1;
  return { articles: articles.length, annotations: byArticle };
}
