// Plain IndexedDB, no Dexie: what a floor is made of.

/** The app's database (src/store/db.ts), opened at whatever version it has. */
export const APP_DB = 'factmark';

/** A request's result, as a promise. */
export function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Opens `name` (creating its stores with `upgrade` when new). */
export function openDb(name: string, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  const request = upgrade ? indexedDB.open(name, 1) : indexedDB.open(name);
  if (upgrade) request.onupgradeneeded = () => upgrade(request.result);
  return done(request);
}

/** Resolves when the transaction has committed. */
export function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/**
 * A scratch database of this profile with the app's annotation store, key
 * path and indexes (deleted first if a run left one behind): what the
 * floors that write are timed against, never the app's own database.
 */
export async function openScratch(name: string): Promise<IDBDatabase> {
  await done(indexedDB.deleteDatabase(name));
  return openDb(name, d => {
    const store = d.createObjectStore('annotations', { keyPath: 'id' });
    store.createIndex('articleId', 'articleId');
    store.createIndex('[articleId+target.start]', ['articleId', 'target.start']);
  });
}

/** Every annotation record of an article, through the app's `articleId` index. */
export async function annotationsOf(db: IDBDatabase, articleId: string): Promise<unknown[]> {
  const index = db
    .transaction('annotations', 'readonly')
    .objectStore('annotations')
    .index('articleId');
  return done(index.getAll(IDBKeyRange.only(articleId)));
}

/** A frame presented after now: requestAnimationFrame, then a task (as the app's marks). */
export const nextFrame = () =>
  new Promise<void>(resolve => requestAnimationFrame(() => setTimeout(resolve)));
