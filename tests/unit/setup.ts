// Dexie must find IndexedDB when it is first imported.
import 'fake-indexeddb/auto';
