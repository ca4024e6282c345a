import type { FloorTiming } from './open-floor';
import { annotationsOf, APP_DB, committed, done, openDb, openScratch } from './raw-idb';

/**
 * Load's floor: one raw `getAll` of the article's annotation records
 * through the app's `articleId` index, in the app's database (opened
 * before timing, as the app's is when it starts reading).
 */
export async function getAllFloor(articleId: string): Promise<FloorTiming> {
  const db = await openDb(APP_DB);
  try {
    const t0 = performance.now();
    const records = await annotationsOf(db, articleId);
    return { ms: performance.now() - t0, size: records.length };
  } finally {
    db.close();
  }
}

/** Load's second floor: the same records through a raw cursor, one value at a time. */
export async function cursorFloor(articleId: string): Promise<FloorTiming> {
  const db = await openDb(APP_DB);
  try {
    const t0 = performance.now();
    const index = db
      .transaction('annotations', 'readonly')
      .objectStore('annotations')
      .index('articleId');
    const records: unknown[] = [];
    await new Promise<void>((resolve, reject) => {
      const request = index.openCursor(IDBKeyRange.only(articleId));
      request.onerror = () => reject(request.error ?? new Error('cursor failed'));
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor) return resolve();
        records.push(cursor.value);
        cursor.continue();
      };
    });
    return { ms: performance.now() - t0, size: records.length };
  } finally {
    db.close();
  }
}

const SCRATCH_DB = 'factmark-bench-floor';

/**
 * Import's floor: the article's annotation records (read first, untimed)
 * written by raw `put`s in one readwrite transaction, until it commits,
 * into a scratch database of the same profile with the app's key path and
 * indexes; the scratch database is deleted after. The app's database is
 * never written.
 */
export async function putFloor(articleId: string): Promise<FloorTiming> {
  const app = await openDb(APP_DB);
  const records = await annotationsOf(app, articleId).finally(() => app.close());
  const db = await openScratch(SCRATCH_DB);
  try {
    const t0 = performance.now();
    const tx = db.transaction('annotations', 'readwrite');
    const store = tx.objectStore('annotations');
    for (const r of records) store.put(r);
    await committed(tx);
    return { ms: performance.now() - t0, size: records.length };
  } finally {
    db.close();
    await done(indexedDB.deleteDatabase(SCRATCH_DB));
  }
}
