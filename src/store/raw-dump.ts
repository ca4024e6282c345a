/**
 * Everything that can be read from the `factmark` database without Dexie and
 * without knowing its version: for the recovery screen, when the app itself
 * cannot open the database (a newer version from another build, a broken
 * profile). Resolves with the stores' records, or rejects if even that fails.
 */
export function readWhatCanBeRead(name = 'factmark'): Promise<Record<string, unknown[]>> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name); // no version: whatever is there, never an upgrade
    let absent = false;
    request.onupgradeneeded = () => {
      // there was no database: do not leave an empty one behind
      absent = true;
      request.transaction?.abort();
    };
    request.onerror = () =>
      absent ? resolve({}) : reject(request.error ?? new Error('the database could not be opened'));
    request.onblocked = () => reject(new Error('another tab is holding the database'));
    request.onsuccess = () => {
      const idb = request.result;
      const names = [...idb.objectStoreNames];
      if (names.length === 0) {
        idb.close();
        return resolve({});
      }
      const tx = idb.transaction(names, 'readonly');
      const reads = names.map(store => [store, tx.objectStore(store).getAll()] as const);
      tx.oncomplete = () => {
        idb.close();
        resolve(
          Object.fromEntries(reads.map(([store, read]) => [store, read.result as unknown[]])),
        );
      };
      tx.onerror = () => {
        idb.close();
        reject(tx.error ?? new Error('the records could not be read'));
      };
    };
  });
}
