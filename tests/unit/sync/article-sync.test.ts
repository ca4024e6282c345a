// One reviewer's app (Dexie on fake-indexeddb, the sync layer) and a colleague's Yjs client on a real desk server.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sampleArticle } from '../../../src/io/sample-article';
import { describe as describeRange } from '../../../src/model/describe';
import { CodePointIndex, textOffset } from '../../../src/model/offsets';
import type { Annotation, Article } from '../../../src/model/types';
import { createAnnotation, updateAnnotation } from '../../../src/store/annotations';
import { addArticle } from '../../../src/store/articles';
import { db } from '../../../src/store/db';
import { getReviewer } from '../../../src/store/reviewer-store';
import type { ArticleSync } from '../../../src/sync/article-sync';
import { startDeskSync } from '../../../src/sync/desk-sync-session';
import { readSynced } from '../../../src/sync/read-synced';
import { annotationsMap, documentName } from '../../../src/sync/shared-article';
import { mapItemOf } from '../../../src/sync/concurrent-creation';
import type { SyncReport } from '../../../src/sync/sync-state';
import { writeAnnotation, writeDeletion } from '../../../src/sync/write-local';
import { fieldsOf } from '../../../src/model/annotation-fields';
import { planMerge } from '../../../src/model/desk/merge-plan';
import { withRevision } from '../../../src/model/desk/revision';
import { DEFAULT_VERDICT_SCALE } from '../../../src/model/verdict-scale';
import {
  ClosableWebSocket,
  connect,
  deskFolder,
  freePort,
  startDeskProcess,
  startTestDesk,
  stopProcess,
  waitUntil,
  type DeskClient,
  type TestReviewer,
} from '../../fixtures/desk';
import { annotationRecord } from '../../fixtures/records';

const TEXT = 'Habeck said the plant will close in May.\nThe ministry denied it on Friday.';
const cleanups: (() => Promise<void> | void)[] = [];
beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setUp() {
  const started = await startTestDesk(cleanups);
  const article = await sampleArticle(TEXT);
  await addArticle(article);
  const reports: SyncReport[] = [];
  const url = `ws://127.0.0.1:${started.port}`;
  const app = (who: TestReviewer, persist = false): ArticleSync => {
    // as the sidebar starts it
    const sync = startDeskSync({
      url,
      token: who.token,
      articleId: article.id,
      onReport: r => reports.push(r),
      WebSocketPolyfill: ClosableWebSocket,
      persist,
    });
    cleanups.push(sync.stop);
    return sync;
  };
  const colleague = (who: TestReviewer): DeskClient => {
    const c = connect(started.port, documentName(article.id), who.token);
    cleanups.push(c.close);
    return c;
  };
  return { ...started, article, reports, app, colleague };
}

/**
 * Ada's app as a page starts it (its document kept in IndexedDB, `start`),
 * on a desk run as its own process, which a test stops and starts again.
 */
async function pageOnDesk() {
  const folder = deskFolder();
  const port = await freePort();
  let desk = await startDeskProcess(port, folder.dataDir);
  cleanups.push(() => stopProcess(desk));
  const article = await sampleArticle(TEXT);
  await addArticle(article);
  const reports: SyncReport[] = [];
  const start = () => {
    const sync = startDeskSync({
      url: `ws://127.0.0.1:${port}`,
      token: folder.ada.token,
      articleId: article.id,
      onReport: r => reports.push(r),
      WebSocketPolyfill: ClosableWebSocket,
      persist: true,
    });
    cleanups.push(sync.stop);
    return sync;
  };
  const stopDesk = () => stopProcess(desk);
  const startDesk = async () => {
    desk = await startDeskProcess(port, folder.dataDir);
  };
  return { folder, port, article, reports, start, stopDesk, startDesk };
}

const targetOf = (article: Article, exact: string) => {
  const index = new CodePointIndex(article.text);
  const start = [...article.text.slice(0, article.text.indexOf(exact))].length;
  return describeRange(index, {
    start: textOffset(start),
    end: textOffset(start + [...exact].length),
  });
};
const person = (r: TestReviewer) => ({ id: r.id, name: r.name });
const last = (reports: SyncReport[]) => reports.at(-1);
const stored = (id: string) => db.annotations.get(id);

describe('syncing an article with the desk', () => {
  it('sends the store’s annotation to a colleague, and brings the colleague’s into the store', async () => {
    const { ada, ben, article, reports, app, colleague } = await setUp();
    app(ada);
    await waitUntil('Ada’s app is synced', () => last(reports)?.status === 'synced');
    // the app took the desk's identity: its assessments are the ones the desk accepts as Ada's
    expect((await getReviewer())?.id).toBe(ada.id);
    const mine = await createAnnotation(
      article.id,
      targetOf(article, 'Habeck said'),
      { ...fieldsOf(annotationRecord()), note: 'Check the quote', verdict: 'true' },
      person(ada),
      DEFAULT_VERDICT_SCALE,
    );
    const b = colleague(ben);
    b.provider.setAwarenessField('user', person(ben));
    await waitUntil('Ben has Ada’s annotation', () => annotationsMap(b.doc).has(mine.id));
    const got = readSynced(b.doc, article.id).annotations[0] as Annotation;
    expect(got.note).toBe('Check the quote');
    expect(got.assessments?.map(a => [a.reviewer.id, a.verdict])).toEqual([[ada.id, 'true']]);

    const theirs = annotationRecord({
      id: '11111111-1111-4111-8111-111111111111',
      articleId: article.id,
      target: targetOf(article, 'The ministry denied it'),
      note: 'Ben’s claim',
      creator: 'Ben',
      creatorId: ben.id,
    });
    writeAnnotation(b.doc, undefined, theirs, { reviewer: person(ben), canDecide: true });
    const arrived = Date.now();
    let found: Annotation | undefined;
    await waitUntil('Ada’s store has Ben’s annotation', () => {
      void stored(theirs.id).then(a => (found = a));
      return found !== undefined;
    });
    expect(Date.now() - arrived).toBeLessThan(1000);
    expect(found).toMatchObject({ note: 'Ben’s claim', articleId: article.id, creator: 'Ben' });
    await waitUntil('Ada sees Ben on the article', () =>
      (last(reports)?.peers ?? []).some(p => p.name === 'Ben'),
    );
  });

  it('stores a colleague’s annotation with the colleague’s revision chain: a file from either merges unchanged', async () => {
    const { ada, ben, article, reports, app, colleague } = await setUp();
    app(ada);
    await waitUntil('Ada’s app is synced', () => last(reports)?.status === 'synced');
    const b = colleague(ben);
    // Ben made it and changed its note since: a chain of two revisions in his browser
    const made = withRevision(
      undefined,
      annotationRecord({
        id: '22222222-2222-4222-8222-222222222222',
        articleId: article.id,
        target: targetOf(article, 'The ministry denied it'),
        note: 'Ben’s first words',
        creator: 'Ben',
        creatorId: ben.id,
      }),
    );
    const bens = withRevision(made, { ...made, note: 'Ben’s claim, checked' });
    writeAnnotation(b.doc, undefined, made, { reviewer: person(ben), canDecide: false });
    writeAnnotation(b.doc, made, bens, { reviewer: person(ben), canDecide: false });
    let found: Annotation | undefined;
    await waitUntil('Ada’s store has Ben’s edit', () => {
      void stored(bens.id).then(a => (found = a));
      return found?.note === bens.note;
    });
    expect(found?.revs).toEqual(bens.revs);
    // Ben's file merged into Ada's store, and Ada's into Ben's: the same revision both ways
    const merge = (theirs: Annotation, here: Annotation) =>
      planMerge({
        theirs: [theirs],
        theirTombstones: [],
        here: new Map([[here.id, here]]),
        hereTombstones: new Map(),
        articles: new Set([article.id]),
        now: new Date().toISOString(),
        newId: () => 'unused',
      }).items.map(i => i.category);
    expect(merge(bens, found as Annotation)).toEqual(['unchanged']);
    expect(merge(found as Annotation, bens)).toEqual(['unchanged']);
  });

  it('keeps a colleague’s record the import would refuse out of the store, and takes the rest', async () => {
    const { ada, ben, article, reports, app, colleague } = await setUp();
    app(ada);
    await waitUntil('Ada’s app is synced', () => last(reports)?.status === 'synced');
    const b = colleague(ben);
    await waitUntil('Ben is synced', () => b.synced);
    const good = annotationRecord({
      id: '22222222-2222-4222-8222-222222222222',
      articleId: article.id,
      target: targetOf(article, 'Habeck'),
    });
    const beyond = annotationRecord({
      id: '33333333-3333-4333-8333-333333333333',
      articleId: article.id,
      // a passage past the end of the text
      target: { ...targetOf(article, 'Habeck'), start: textOffset(500), end: textOffset(506) },
    });
    const huge = annotationRecord({
      id: '44444444-4444-4444-8444-444444444444',
      articleId: article.id,
      target: targetOf(article, 'Habeck'),
      note: 'x'.repeat(100_001),
    });
    b.doc.transact(() => {
      for (const a of [good, beyond, huge])
        writeAnnotation(b.doc, undefined, a, { reviewer: person(ben), canDecide: false });
      // and one that is no annotation at all
      annotationsMap(b.doc).set('55555555-5555-4555-8555-555555555555', new Y.Map([['kind', 42]]));
    });
    let got: (Annotation | undefined)[] = [];
    await waitUntil('the good one arrived', () => {
      void db.annotations.bulkGet([good.id, beyond.id, huge.id]).then(r => (got = r));
      return got[0] !== undefined;
    });
    await new Promise(r => setTimeout(r, 300));
    expect(await db.annotations.count()).toBe(1);
    expect(last(reports)?.problem?.message).toContain('could not be accepted');
    expect(last(reports)?.problem?.details).toContain(beyond.id);
  });

  it('applies a colleague’s deletion with its tombstone, and lists a concurrent decision conflict', async () => {
    const { ada, ben, article, reports, app, colleague } = await setUp();
    const sync = app(ben);
    await waitUntil('Ben’s app is synced', () => last(reports)?.status === 'synced');
    const claim = await createAnnotation(
      article.id,
      targetOf(article, 'Habeck said'),
      { ...fieldsOf(annotationRecord()), verdict: 'mixed' },
      person(ben),
      DEFAULT_VERDICT_SCALE,
    );
    const other = await createAnnotation(
      article.id,
      targetOf(article, 'The ministry'),
      fieldsOf(annotationRecord()),
      person(ben),
      DEFAULT_VERDICT_SCALE,
    );
    const a = colleague(ada);
    await waitUntil('Ada has both', () => annotationsMap(a.doc).size === 2);
    writeDeletion(a.doc, other.id, person(ada), '2026-12-06T01:00:00.000Z');
    let tomb: unknown;
    await waitUntil('Ben’s store has the tombstone', () => {
      void db.tombstones.get(other.id).then(t => (tomb = t));
      return tomb !== undefined;
    });
    expect(await stored(other.id)).toBeUndefined();
    expect(tomb).toMatchObject({ by: 'Ada', byId: ada.id });

    // a second curator's decision made on the same decision Ben had: both kept, listed as a conflict
    const cur = readSynced(sync.doc, article.id).annotations.find(
      x => x.id === claim.id,
    ) as Annotation;
    const b2 = colleague(ben);
    await waitUntil('the second client is synced', () => b2.synced);
    // a copy of the document taken offline, where Ben (on another machine) decides otherwise
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(b2.doc));
    const there = readSynced(offline, article.id).annotations.find(
      x => x.id === claim.id,
    ) as Annotation;
    writeAnnotation(
      offline,
      there,
      { ...there, verdict: 'false' },
      { reviewer: person(ben), canDecide: true },
    );
    await updateAnnotation(
      claim.id,
      { ...fieldsOf(cur), verdict: 'true' },
      DEFAULT_VERDICT_SCALE,
      person(ben),
    );
    await waitUntil('the other client has the app’s decision', () =>
      readSynced(b2.doc, article.id).annotations.some(
        x => x.id === claim.id && x.verdict === 'true',
      ),
    );
    // back online: what it did offline is sent
    Y.applyUpdate(b2.doc, Y.encodeStateAsUpdate(offline));
    let conflicted: Annotation | undefined;
    await waitUntil('Ben’s store lists the conflict', () => {
      void stored(claim.id).then(x => (conflicted = x));
      return conflicted?.conflict !== undefined;
    });
    expect(conflicted?.conflict?.decisions).toEqual(['false', 'true']);
    // Ada's assessment stays apart from the decisions
    expect(conflicted?.assessments?.map(x => x.reviewer.id)).toEqual([ben.id]);
  });

  it('says so when the desk refuses its changes, with the desk’s reason under Details', async () => {
    const { ada, ben, article, reports, app, colleague } = await setUp();
    const sync = app(ada);
    const b = colleague(ben);
    await waitUntil('Ada’s app is synced', () => last(reports)?.status === 'synced');
    writeAnnotation(b.doc, undefined, annotationRecord({ id: 'claim-1', articleId: article.id }), {
      reviewer: person(ben),
      canDecide: true,
    });
    await waitUntil('Ada has Ben’s claim', () => annotationsMap(sync.doc).has('claim-1'));
    // a buggy client: it removes an annotation rather than writing a tombstone
    annotationsMap(sync.doc).delete('claim-1');
    const rejected = () => reports.find(r => r.status === 'rejected');
    await waitUntil('Ada’s app says the desk refused', () => rejected() !== undefined);
    const report = rejected();
    expect(report?.problem?.message).toMatch(/desk refused the changes made here/);
    expect(report?.problem?.details).toContain('an annotation removed or replaced');
  });

  it('drops a change the desk refused and syncs the rest: what the reviewer writes next reaches a colleague', async () => {
    const { ada, ben, article, reports, app, colleague } = await setUp();
    // its copy of the document kept in IndexedDB, as in the app: the copy is what holds the refused change
    const sync = app(ada, true);
    const b = colleague(ben);
    await waitUntil('Ada’s app is synced', () => last(reports)?.status === 'synced');
    const claim = annotationRecord({
      id: '33333333-3333-4333-8333-333333333333',
      articleId: article.id,
      target: targetOf(article, 'The ministry denied it'),
      creator: 'Ben',
      creatorId: ben.id,
    });
    writeAnnotation(b.doc, undefined, claim, { reviewer: person(ben), canDecide: true });
    await waitUntil('Ada has Ben’s claim', () => annotationsMap(sync.doc).has(claim.id));
    // a buggy client: it removes an annotation rather than writing a tombstone
    annotationsMap(sync.doc).delete(claim.id);
    await waitUntil('the desk refused it', () => reports.some(r => r.status === 'rejected'));
    await waitUntil('Ada’s app is synced again', () => last(reports)?.status === 'synced', 10_000);
    expect(last(reports)?.problem?.message).toMatch(/refused a change made here.*left out/);
    expect(last(reports)?.problem?.details).toContain('an annotation removed or replaced');
    expect(annotationsMap(sync.doc).has(claim.id)).toBe(true);
    const mine = await createAnnotation(
      article.id,
      targetOf(article, 'Habeck said'),
      { ...fieldsOf(annotationRecord()), note: 'After the refusal' },
      person(ada),
      DEFAULT_VERDICT_SCALE,
    );
    await waitUntil('Ben has what Ada wrote next', () => annotationsMap(b.doc).has(mine.id));
    expect(annotationsMap(b.doc).has(claim.id)).toBe(true);
    // refused again after starting over: it stays refused, rather than starting over for ever
    annotationsMap(sync.doc).delete(claim.id);
    await waitUntil('refused again', () => last(reports)?.status === 'rejected');
    await new Promise(r => setTimeout(r, 1500));
    expect(last(reports)?.status).toBe('rejected');
  });

  it('never writes a colleague’s change back over a newer one that arrived while it was stored', async () => {
    const { ada, ben, article, reports, app, colleague } = await setUp();
    const sync = app(ada);
    const b = colleague(ben);
    await waitUntil('Ada’s app is synced', () => last(reports)?.status === 'synced');
    const byBen = { reviewer: person(ben), canDecide: true };
    const first = annotationRecord({
      id: '22222222-2222-4222-8222-222222222222',
      articleId: article.id,
      target: targetOf(article, 'The ministry denied it'),
      tags: ['energy'],
    });
    writeAnnotation(b.doc, undefined, first, byBen);
    const tagsHere = () => (stored(first.id) as Promise<Annotation | undefined>).then(a => a?.tags);
    await expect.poll(tagsHere, { timeout: 5000 }).toEqual(['energy']);
    // Ben's next change arrives while Ada's store takes the one before it
    const second = { ...first, tags: ['energy', 'nuclear'] };
    const third = { ...second, tags: ['energy', 'nuclear', 'May'] };
    writeAnnotation(b.doc, first, second, byBen);
    const later = new Y.Doc();
    Y.applyUpdate(later, Y.encodeStateAsUpdate(b.doc));
    const before = Y.encodeStateVector(later);
    writeAnnotation(later, second, third, byBen);
    const arriving = Y.encodeStateAsUpdate(later, before);
    let arrived = false;
    const meanwhile = (changes: object, key: unknown) => {
      if (key !== first.id || (changes as Partial<Annotation>).tags?.length !== 2) return;
      arrived = true;
      db.annotations.hook('updating').unsubscribe(meanwhile);
      Y.applyUpdate(sync.doc, arriving, 'the desk');
    };
    db.annotations.hook('updating', meanwhile);
    await waitUntil('the newer change arrived while the older was stored', () => arrived);
    await expect.poll(tagsHere, { timeout: 5000 }).toEqual(['energy', 'nuclear', 'May']);
    await waitUntil('Ada’s app is synced again', () => last(reports)?.status === 'synced');
    expect(readSynced(b.doc, article.id).annotations[0]?.tags).toEqual(third.tags);
  });
  it('sends what was written offline after the page started again, from its stored copy of the document', async () => {
    const { folder, port, article, reports, start, stopDesk, startDesk } = await pageOnDesk();
    const before = start();
    await waitUntil('Ada’s app is synced', () => last(reports)?.status === 'synced');
    await stopDesk();
    await waitUntil('Ada’s app is offline', () => last(reports)?.status === 'offline');
    const offline = await createAnnotation(
      article.id,
      targetOf(article, 'The ministry denied it'),
      { ...fieldsOf(annotationRecord()), note: 'Written with the desk gone' },
      person(folder.ada),
      DEFAULT_VERDICT_SCALE,
    );
    await waitUntil('the edit is in Ada’s document', () =>
      annotationsMap(before.doc).has(offline.id),
    );
    // the page closes: the edit is in the store and in the stored copy of the document
    before.stop();
    await startDesk();
    const after = start();
    await waitUntil('Ada’s app started again has the edit', () =>
      annotationsMap(after.doc).has(offline.id),
    );
    const ben = connect(port, documentName(article.id), folder.ben.token);
    cleanups.push(ben.close);
    await waitUntil(
      'the desk has the edit made offline',
      () => annotationsMap(ben.doc).has(offline.id),
      15_000,
    );
    expect(readSynced(ben.doc, article.id).annotations[0]?.note).toBe('Written with the desk gone');
  });
  /**
   * Ben's claim, stored by Ada's app, whose sync then stops (the article closed): what Ben
   * writes next, as his app saves it, and Ada's app opened again.
   */
  async function claimAdaClosed(id: string) {
    const set = await setUp();
    const { ada, ben, article, app, colleague } = set;
    const b = colleague(ben);
    const claim = withRevision(
      undefined,
      annotationRecord({
        id,
        articleId: article.id,
        target: targetOf(article, 'The ministry denied it'),
        note: 'Ben’s claim.',
        tags: ['energy'],
        creatorId: ben.id,
      }),
    );
    const byBen = { reviewer: person(ben), canDecide: true };
    writeAnnotation(b.doc, undefined, claim, byBen);
    const first = app(ada);
    await expect.poll(() => stored(id).then(a => a?.note), { timeout: 5000 }).toBe(claim.note);
    first.stop();
    const onDesk = () => readSynced(b.doc, article.id).annotations[0] as Annotation;
    const benWrites = (change: Partial<Annotation>) => {
      const seen = onDesk();
      const later = withRevision(seen, { ...seen, ...change });
      writeAnnotation(b.doc, seen, later, byBen);
      return later;
    };
    const reopen = async () => {
      app(ada);
      await waitUntil('Ada’s app is synced again', () => last(set.reports)?.status === 'synced');
    };
    return { ...set, claim, onDesk, benWrites, reopen };
  }

  it('does not undo a colleague’s change when a store behind the desk starts syncing again', async () => {
    const { claim, onDesk, benWrites, reopen } = await claimAdaClosed(
      '33333333-3333-4333-8333-333333333333',
    );
    const later = benWrites({ note: 'Ben’s claim, sourced.', tags: ['energy', 'May'] });
    // Ada opens it again: her store is behind the desk
    await reopen();
    await expect
      .poll(() => stored(claim.id).then(a => a?.note), { timeout: 5000 })
      .toBe(later.note);
    await new Promise(r => setTimeout(r, 300));
    expect([onDesk().note, onDesk().tags]).toEqual([later.note, later.tags]);
    expect((await stored(claim.id))?.tags).toEqual(later.tags);
  });

  it('keeps both sides when the store and the desk each changed a claim since they last met', async () => {
    const { ada, claim, onDesk, benWrites, reopen } = await claimAdaClosed(
      '44444444-4444-4444-8444-444444444444',
    );
    // each changes the claim while Ada's sync is off
    benWrites({ tags: ['energy', 'May'] });
    const mine = (await stored(claim.id)) as Annotation;
    await updateAnnotation(
      mine.id,
      {
        ...fieldsOf(mine),
        note: 'Ben’s claim. Ada: the ministry confirmed.',
        tags: 'energy, Japan',
      },
      DEFAULT_VERDICT_SCALE,
      person(ada),
    );
    await reopen();
    const both = ['Japan', 'May', 'energy'];
    await expect.poll(() => [...onDesk().tags].sort(), { timeout: 5000 }).toEqual(both);
    expect(onDesk().note).toContain('Ada: the ministry confirmed.');
    await expect
      .poll(() => stored(claim.id).then(a => [...(a?.tags ?? [])].sort()), { timeout: 5000 })
      .toEqual(both);
  });
  // a page started again has no queue of what it sent offline: its document answers the desk's
  // state with its own, and the desk merges its map Yjs drops; its app, comparing its store with
  // the document, merged the same words again (Ada's sentence twice in the note)
  it('keeps what was written offline into an annotation a colleague created meanwhile, once, the page started again', async () => {
    const { folder, port, article, reports, start, stopDesk, startDesk } = await pageOnDesk();
    const before = start();
    await waitUntil('Ada’s app is synced', () => last(reports)?.status === 'synced');
    // Ben's map is the one Yjs keeps: the highest client id
    const bensDoc = new Y.Doc();
    bensDoc.clientID = 0xffffffff;
    const ben = connect(port, documentName(article.id), folder.ben.token, bensDoc);
    cleanups.push(ben.close);
    await waitUntil('Ben is synced', () => ben.synced);
    await stopDesk();
    await waitUntil('Ada’s app is offline', () => last(reports)?.status === 'offline');
    // both bring Cleo's claim in, each adding to it
    const cleos = withRevision(
      undefined,
      annotationRecord({
        id: '55555555-5555-4555-8555-555555555555',
        articleId: article.id,
        target: targetOf(article, 'The ministry denied it'),
        note: 'Cleo’s note.',
      }),
    );
    await db.annotations.put(cleos);
    const adas = withRevision(cleos, {
      ...cleos,
      note: 'Cleo’s note. Ada: the ministry confirmed.',
    });
    await db.annotations.put(adas);
    await waitUntil('Ada’s words are in her document', () =>
      String(annotationsMap(before.doc).get(cleos.id)?.get('note')).includes('Ada:'),
    );
    before.stop();
    await startDesk();
    await waitUntil('Ben is back', () => ben.provider.isSynced, 15_000);
    const byBen = { reviewer: person(folder.ben), canDecide: true };
    writeAnnotation(ben.doc, undefined, cleos, byBen);
    const bens = withRevision(cleos, { ...cleos, note: 'Cleo’s note. Ben: a second source.' });
    writeAnnotation(ben.doc, cleos, bens, byBen);
    await waitUntil('the desk has Ben’s', () => !ben.provider.hasUnsyncedChanges);
    // Ada's page starts again
    start();
    const onDesk = () => readSynced(ben.doc, article.id).annotations[0]?.note ?? '';
    const once = (note: string, words: string) => note.split(words).length === 2;
    const bothOnce = (note = '') =>
      once(note, 'Ada: the ministry confirmed.') && once(note, 'Ben: a second source.');
    await waitUntil('the desk has both reviewers’ words', () => bothOnce(onDesk()), 15_000);
    await expect.poll(() => stored(cleos.id).then(a => a?.note)).toBe(onDesk());
    // and stays so: no second merge on its way
    await new Promise(r => setTimeout(r, 500));
    expect(bothOnce(onDesk())).toBe(true);
    // Ada's map was the one Yjs dropped
    expect(mapItemOf(ben.doc, cleos.id)?.startsWith(`${bensDoc.clientID}:`)).toBe(true);
  });
});
