import { db } from './db';

/**
 * Calls `onUpgrade` when another tab opens a newer version of the database.
 * Dexie then closes this tab's connection so the upgrade is never blocked;
 * this tab must reload before it can read or write again. Returns an
 * unsubscribe function.
 */
export function watchForUpgradeElsewhere(onUpgrade: () => void): () => void {
  const listener = (event: IDBVersionChangeEvent) => {
    if (event.newVersion !== null && event.newVersion > 0) onUpgrade();
  };
  db.on('versionchange', listener);
  return () => db.on('versionchange').unsubscribe(listener);
}
