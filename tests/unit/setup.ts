// Dexie must find IndexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { afterAll } from 'vitest';

// Files share modules (isolate off), the app's database among them: a file that closed it,
// deleted it or left it at another version hands the next file an empty, open one.
afterAll(async () => {
  const [{ default: Dexie }, { db }] = await Promise.all([
    import('dexie'),
    import('../../src/store/db'),
  ]);
  db.close();
  await Dexie.delete('factmark');
  await db.open();
});
