// A first sync reads the document's records once: `begin` reads them all, and the first apply
// takes that read. Reading 10,000 records from the document costs 50-100 ms of the page.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleArticle } from '../../../src/io/sample-article';
import { addArticle } from '../../../src/store/articles';
import { db } from '../../../src/store/db';
import type * as deskSyncSession from '../../../src/sync/desk-sync-session';
import type * as readSyncedModule from '../../../src/sync/read-synced';
import { documentName } from '../../../src/sync/shared-article';
import { writeAnnotation } from '../../../src/sync/write-local';
import {
  ClosableWebSocket,
  cleanupsAfterEach,
  connect,
  startTestDesk,
  waitUntil,
} from '../../fixtures/desk';
import { annotationRecord, targetAt } from '../../fixtures/records';

vi.mock('../../../src/sync/read-synced', async original => {
  const actual = await original<typeof readSyncedModule>();
  return { ...actual, readSynced: vi.fn(actual.readSynced) };
});

// the unit files share modules (isolate: false): another file may have loaded the sync with the
// real read-synced already, so the sync and the mocked module are imported afresh here
let startDeskSync: typeof deskSyncSession.startDeskSync;
let readSynced: typeof readSyncedModule.readSynced;
beforeAll(async () => {
  vi.resetModules();
  ({ startDeskSync } = await import('../../../src/sync/desk-sync-session'));
  ({ readSynced } = await import('../../../src/sync/read-synced'));
});

const cleanups = cleanupsAfterEach();
beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
});

describe('a first sync to a browser with none of the desk’s annotations', () => {
  it('reads the document’s records once, and stores every one', async () => {
    const desk = await startTestDesk(cleanups);
    const article = await sampleArticle('Habeck said the plant will close in May.');
    await addArticle(article);
    // a colleague puts three annotations on the desk first
    const ben = connect(desk.port, documentName(article.id), desk.ben.token);
    cleanups.push(ben.close);
    const author = { reviewer: { id: desk.ben.id, name: desk.ben.name }, canDecide: false };
    const ids = ['a', 'b', 'c'].map(k => `${k}${'0'.repeat(7)}-0000-4000-8000-000000000000`);
    for (const id of ids)
      writeAnnotation(
        ben.doc,
        undefined,
        annotationRecord({ id, articleId: article.id, target: targetAt(0, 'Habeck') }),
        author,
      );
    await waitUntil('the desk has them', () => ben.synced);
    const reads = vi.mocked(readSynced);
    reads.mockClear();
    const sync = startDeskSync({
      url: `ws://127.0.0.1:${desk.port}`,
      token: desk.ada.token,
      articleId: article.id,
      onReport: () => {},
      WebSocketPolyfill: ClosableWebSocket,
      persist: false,
    });
    cleanups.push(sync.stop);
    let count = 0;
    await waitUntil('all three stored', () => {
      void db.annotations.count().then(n => (count = n));
      return count === 3;
    });
    expect(reads.mock.calls.length).toBe(1);
  });
});
