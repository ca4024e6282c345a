import * as Y from 'yjs';
import { annotationsMap } from '../../src/sync/shared-article';
import type { FloorTiming } from './open-floor';
import { annotationsOf, APP_DB, committed, done, nextFrame, openDb, openScratch } from './raw-idb';

const SCRATCH_DB = 'factmark-bench-sync-floor';

/**
 * The initial sync's floor: the least any code could do to bring the
 * article's annotations from the desk into this browser. The desk's whole
 * document as one Yjs update (written beside the app by the bench, at
 * `updateUrl`, served by the same desk server) fetched over the same
 * loopback, applied to a bare `Y.Doc`, and the records the sync stored here
 * (read first, untimed) written by raw `put`s in one readwrite transaction
 * to its commit, into a scratch database with the app's indexes (deleted
 * after); then a frame. No authentication, no reading the document into
 * records, no gate, no anchoring, no React.
 */
export async function syncFloor(articleId: string, updateUrl: string): Promise<FloorTiming> {
  const app = await openDb(APP_DB);
  const records = await annotationsOf(app, articleId).finally(() => app.close());
  const db = await openScratch(SCRATCH_DB);
  try {
    const t0 = performance.now();
    const response = await fetch(updateUrl, { cache: 'no-store' });
    const update = new Uint8Array(await response.arrayBuffer());
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update);
    const tx = db.transaction('annotations', 'readwrite');
    const store = tx.objectStore('annotations');
    for (const r of records) store.put(r);
    await committed(tx);
    await nextFrame();
    const ms = performance.now() - t0;
    // the document must hold as many annotations as were stored, or the floor did other work
    const shared = annotationsMap(doc).size;
    if (shared !== records.length)
      throw new Error(`the update holds ${shared} annotations, the store ${records.length}`);
    doc.destroy();
    return { ms, size: update.length };
  } finally {
    db.close();
    await done(indexedDB.deleteDatabase(SCRATCH_DB));
  }
}
