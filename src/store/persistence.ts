/** Whether the browser keeps this site's storage until the user clears it ('persistent') or may evict it. */
export type Persistence = 'persistent' | 'best-effort' | 'unknown';

const storage = (): StorageManager | undefined =>
  typeof navigator === 'undefined' ? undefined : navigator.storage;

/** The current persistence of this site's storage. */
export async function storagePersistence(): Promise<Persistence> {
  const s = storage();
  if (!s?.persisted) return 'unknown';
  return (await s.persisted()) ? 'persistent' : 'best-effort';
}

/** Asks the browser to keep this site's storage (it may say no); returns the persistence after asking. */
export async function requestPersistence(): Promise<Persistence> {
  const s = storage();
  if (!s?.persist) return 'unknown';
  return (await s.persist()) ? 'persistent' : 'best-effort';
}
