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

/**
 * How many articles, and annotations of each, the app's database holds (an annotation of no
 * stored article too): counted in the page by the `articleId` index, as sending 20,000 records
 * over to count them took 14 s.
 */
export function counts(page: Page): Promise<Counts> {
  return page.evaluate(
    () =>
      new Promise<Counts>((resolve, reject) => {
        const open = indexedDB.open('factmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['articles', 'annotations'], 'readonly');
          const articles = tx.objectStore('articles').count();
          const byArticle: Record<string, number> = {};
          const index = tx.objectStore('annotations').index('articleId');
          const ids = index.openKeyCursor(null, 'nextunique');
          ids.onsuccess = () => {
            const cursor = ids.result;
            if (!cursor) return;
            const id = cursor.key as string;
            const count = index.count(id);
            count.onsuccess = () => (byArticle[id] = count.result);
            cursor.continue();
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve({ articles: articles.result, annotations: byArticle });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
