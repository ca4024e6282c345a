// @vitest-environment node
// The desk's rules on the real server: only curators decide, each reviewer writes only their own assessment.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setAssessment } from '../../../src/model/desk/assessment';
import type { Annotation } from '../../../src/model/types';
import { readDeskHello } from '../../../src/sync/desk-hello';
import { readSynced } from '../../../src/sync/read-synced';
import { sampleArticle } from '../../../src/io/sample-article';
import { annotationsMap, articleMap, putArticle } from '../../../src/sync/shared-article';
import { writeAnnotation } from '../../../src/sync/write-local';
import {
  articleDocument,
  connect,
  startTestDesk,
  waitUntil,
  type DeskClient,
  type TestReviewer,
  cleanupsAfterEach,
} from '../../fixtures/desk';
import { annotationRecord } from '../../fixtures/records';

const cleanups = cleanupsAfterEach();

async function desk() {
  const started = await startTestDesk(cleanups);
  const name = articleDocument();
  const client = (who: TestReviewer, doc?: Y.Doc) => {
    const c = connect(started.port, name, who.token, doc);
    cleanups.push(c.close);
    return c;
  };
  return { ...started, client };
}

const person = (r: TestReviewer) => ({ id: r.id, name: r.name });
const claimIn = (c: DeskClient) => readSynced(c.doc, 'art').annotations[0] as Annotation;
const decisionsIn = (c: DeskClient) =>
  (annotationsMap(c.doc).get('claim-1')?.get('decisions') as Y.Array<unknown> | undefined)
    ?.length ?? 0;
const assess = (a: Annotation, r: TestReviewer, verdict: string): Annotation => ({
  ...a,
  assessments: setAssessment(a.assessments ?? [], {
    reviewer: person(r),
    verdict,
    at: a.updatedAt,
  }),
});

describe('the desk’s rules', () => {
  it('tells each client who the desk knows it as', async () => {
    const { ada, client } = await desk();
    const a = client(ada);
    await waitUntil('Ada has her hello', () => a.stateless.length > 0);
    expect(readDeskHello(a.stateless[0] as string)).toEqual({
      id: ada.id,
      name: 'Ada',
      role: 'reviewer',
    });
  });

  it('refuses a decision from a reviewer who is not a curator, and passes on a curator’s', async () => {
    const { ada, ben, log, client } = await desk();
    const a = client(ada);
    const b = client(ben);
    await waitUntil('both are synced', () => a.synced && b.synced);
    const claim = annotationRecord({ id: 'claim-1' });
    writeAnnotation(a.doc, undefined, claim, { reviewer: person(ada), canDecide: false });
    await waitUntil('Ben has Ada’s claim', () => annotationsMap(b.doc).has('claim-1'));

    // a client that appends a decision for a reviewer (as a hostile or buggy one would)
    writeAnnotation(
      a.doc,
      claim,
      { ...claim, verdict: 'false' },
      { reviewer: person(ada), canDecide: true },
    );
    expect(decisionsIn(a)).toBe(1);
    await waitUntil('the server refused it', () =>
      log.some(l => l.includes('refused a change by Ada')),
    );
    expect(log.join('\n')).toContain('a decision from a reviewer who is not a curator');

    writeAnnotation(
      b.doc,
      claim,
      { ...claim, verdict: 'true' },
      { reviewer: person(ben), canDecide: true },
    );
    const late = client(ben);
    await waitUntil('a new client has Ben’s decision', () => decisionsIn(late) === 1);
    expect(claimIn(late).verdict).toBe('true');
    // Ada's decision never reached anyone
    await new Promise(r => setTimeout(r, 300));
    expect(decisionsIn(late)).toBe(1);
    expect(decisionsIn(b)).toBe(1);
  });

  it('refuses a decision in another curator’s name', async () => {
    const { ada, ben, log, client } = await desk();
    const b = client(ben);
    await waitUntil('Ben is synced', () => b.synced);
    const claim = annotationRecord({ id: 'claim-1', verdict: 'true' });
    writeAnnotation(b.doc, undefined, claim, { reviewer: person(ada), canDecide: true });
    await waitUntil('the server refused it', () =>
      log.some(l => l.includes('refused a change by Ben')),
    );
    expect(log.join('\n')).toContain('a decision in another curator’s name');
    const late = client(ben);
    await waitUntil('a new client is synced', () => late.synced);
    expect(annotationsMap(late.doc).size).toBe(0);
  });

  it('keeps each reviewer’s own assessment and refuses one written under another’s id', async () => {
    const { ada, ben, log, client } = await desk();
    const a = client(ada);
    await waitUntil('Ada is synced', () => a.synced);
    const claim = annotationRecord({ id: 'claim-1' });
    writeAnnotation(a.doc, undefined, claim, { reviewer: person(ada), canDecide: false });
    writeAnnotation(a.doc, claim, assess(claim, ada, 'true'), {
      reviewer: person(ada),
      canDecide: false,
    });
    const b = client(ben);
    await waitUntil('Ben has Ada’s assessment', () => claimIn(b)?.assessments?.length === 1);

    // Ada's client writes an assessment under Ben's id
    const theirs = annotationsMap(a.doc).get('claim-1')?.get('assessments') as Y.Map<unknown>;
    theirs.set(ben.id, { reviewer: person(ben), verdict: 'false', at: claim.updatedAt });
    await waitUntil('the server refused it', () =>
      log.some(l => l.includes('another reviewer’s id')),
    );
    await new Promise(r => setTimeout(r, 300));
    expect(claimIn(b).assessments?.map(x => x.reviewer.id)).toEqual([ada.id]);
  });

  it('refuses an annotation removed from the document, or its log rewritten', async () => {
    const { ada, ben, log, client } = await desk();
    const b = client(ben);
    await waitUntil('Ben is synced', () => b.synced);
    const claim = annotationRecord({ id: 'claim-1', verdict: 'true' });
    writeAnnotation(b.doc, undefined, claim, { reviewer: person(ben), canDecide: true });
    const a = client(ada);
    await waitUntil('Ada has the decision', () => decisionsIn(a) === 1);
    (annotationsMap(a.doc).get('claim-1')?.get('decisions') as Y.Array<unknown>).delete(0, 1);
    annotationsMap(a.doc).delete('claim-1');
    await waitUntil('the server refused it', () =>
      log.some(l => l.includes('refused a change by Ada')),
    );
    await new Promise(r => setTimeout(r, 300));
    expect(decisionsIn(b)).toBe(1);
  });
  it('takes the same article put on the desk by two clients at once, and never a changed one', async () => {
    const { ada, ben, log, client } = await desk();
    const article = await sampleArticle('The harbour board met on Monday.');
    const a = client(ada);
    await waitUntil('Ada is synced', () => a.synced);
    putArticle(a.doc, article);
    const late = client(ben);
    await waitUntil('the desk has the article', () => articleMap(late.doc).has('id'));
    /** A client that put `put` before the desk's copy reached it; its Yjs id decides which copy Yjs keeps. */
    const putOffline = async (who: TestReviewer, put: typeof article, clientID: number) => {
      const offline = new Y.Doc();
      offline.clientID = clientID;
      putArticle(offline, put);
      const c = client(who, offline);
      await waitUntil(`${who.name} is synced`, () => c.synced || c.stateless.length > 1);
      await new Promise(r => setTimeout(r, 300));
      return c;
    };
    // Ben opened the article before Ada's reached him (two instances, Redis behind): he puts it
    // too, put in his browser at another time; whichever copy Yjs keeps, the article is the same
    const his = {
      ...article,
      createdAt: '2026-12-01T10:00:00.000Z',
      updatedAt: '2026-12-01T10:00:00.000Z',
    };
    await putOffline(ben, his, 0xfffffff0);
    await putOffline(ben, his, 1);
    expect(log.join('\n')).not.toContain('refused');
    // another text under the article's id: refused where Yjs would keep it, kept out where not
    await putOffline(ada, { ...article, text: 'The harbour board never met.' }, 0xfffffff1);
    await waitUntil('the server refused it', () =>
      log.some(l => l.includes('refused a change by Ada')),
    );
    expect(log.join('\n')).toContain('the article changed');
    await putOffline(ada, { ...article, text: 'The harbour board never met.' }, 2);
    // and a client that has the article cannot rename it
    late.doc.transact(() => articleMap(late.doc).set('title', 'Another title'));
    await waitUntil('the server refused Ben’s title', () =>
      log.some(l => l.includes('refused a change by Ben')),
    );
    const again = client(ben);
    await waitUntil('a new client has the article', () => articleMap(again.doc).has('id'));
    expect(articleMap(again.doc).get('text')).toBe(article.text);
    expect(articleMap(again.doc).get('title')).toBe(article.title);
  });
  it('takes a plain list of tags made a shared one, and refuses a shared list replaced', async () => {
    const { ada, ben, log, client } = await desk();
    const a = client(ada);
    const b = client(ben);
    await waitUntil('both are synced', () => a.synced && b.synced);
    const claim = annotationRecord({ id: 'claim-1', tags: ['energy'] });
    // written as before tags were a shared list: a plain one, in the map's first update
    a.doc.transact(() => {
      writeAnnotation(a.doc, undefined, claim, { reviewer: person(ada), canDecide: false });
      annotationsMap(a.doc).get('claim-1')?.set('tags', ['energy']);
    });
    await waitUntil('Ben has the plain tags', () =>
      Array.isArray(annotationsMap(b.doc).get('claim-1')?.get('tags')),
    );
    // Ben's change makes them a shared list: taken
    writeAnnotation(
      b.doc,
      claimIn(b),
      { ...claimIn(b), tags: ['energy', 'nuclear'] },
      {
        reviewer: person(ben),
        canDecide: true,
      },
    );
    await waitUntil('Ada has Ben’s tags', () => claimIn(a).tags.length === 2);
    expect(log.join('\n')).not.toContain('refused');
    // a shared list replaced by another, as a buggy client would, drops what it held: refused
    annotationsMap(a.doc)
      .get('claim-1')
      ?.set('tags', Y.Array.from(['spam']));
    await waitUntil('the server refused it', () =>
      log.some(l => l.includes('refused a change by Ada')),
    );
    expect(log.join('\n')).toContain('the tags of an annotation replaced');
    await new Promise(r => setTimeout(r, 300));
    expect(claimIn(b).tags).toEqual(['energy', 'nuclear']);
  });
});
