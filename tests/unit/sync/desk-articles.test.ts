// @vitest-environment node
// The desk's list of articles and getting one from it: a real desk (Hocuspocus, SQLite), clients
// over WebSockets, and the file got from the desk through the import's own parser.
import sqlite3 from 'sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startDesk } from '../../../src/desk-server/desk-server';
import { parseAnnotatedJson } from '../../../src/io/annotated-json-import';
import { sampleArticle } from '../../../src/io/sample-article';
import {
  DeskFetchError,
  deskArticleFile,
  deskListUrl,
  listDeskArticles,
  readDeskArticle,
} from '../../../src/sync/desk-articles';
import { readDeskCatalog } from '../../../src/sync/desk-catalog';
import { documentName, putArticle } from '../../../src/sync/shared-article';
import {
  ClosableWebSocket,
  connect,
  deskConfig,
  startTestDesk,
  waitUntil,
} from '../../fixtures/desk';

const TEXT = 'The harbour board met on Monday.\nIt approved a new quay costing 40 million euros.';
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A desk with the article put on it by Ada's client, as her app does when she opens it. */
async function deskWithArticle() {
  const desk = await startTestDesk(cleanups);
  const article = { ...(await sampleArticle(TEXT)), title: 'Harbour minutes' };
  const ada = connect(desk.port, documentName(article.id), desk.ada.token);
  cleanups.push(ada.close);
  await waitUntil('Ada is synced', () => ada.synced);
  putArticle(ada.doc, article);
  const url = `ws://127.0.0.1:${desk.port}`;
  await listed(url, desk.ben.token, 1);
  return { desk, article, url };
}

const list = (url: string, token: string) => listDeskArticles(url, token);

/** The desk's list once it holds `n` articles (a change reaches the desk a moment after it is made). */
async function listed(url: string, token: string, n: number) {
  const end = Date.now() + 10_000;
  for (;;) {
    const articles = await list(url, token);
    if (articles.length === n) return articles;
    if (Date.now() > end) throw new Error(`the desk listed ${articles.length}, not ${n}`);
    await new Promise(r => setTimeout(r, 50));
  }
}

describe('the desk’s list of articles', () => {
  it('lists an article once a reviewer’s client puts it on the desk, with who did', async () => {
    const { desk, article, url } = await deskWithArticle();
    const [entry] = await list(url, desk.cy.token); // a reader may see the list too
    expect(entry).toMatchObject({ id: article.id, title: 'Harbour minutes', addedBy: 'Ada' });
    expect(entry?.textLength).toBe(TEXT.length);
  });

  it('gives nothing of the list without a reviewer’s token', async () => {
    const { url } = await deskWithArticle();
    const where = deskListUrl(url);
    const tries: Record<string, string>[] = [
      {},
      { Authorization: 'Bearer not-a-token' },
      { Authorization: 'x' },
    ];
    for (const headers of tries) {
      const response = await fetch(where, { headers });
      expect(response.status).toBe(401);
      expect(await response.text()).not.toContain('Harbour');
    }
    await expect(list(url, 'not-a-token')).rejects.toThrow('The desk refused this token');
  });

  it('does not list a document whose article claims another id', async () => {
    const desk = await startTestDesk(cleanups);
    const article = await sampleArticle(TEXT);
    const other = connect(desk.port, documentName(crypto.randomUUID()), desk.ada.token);
    cleanups.push(other.close);
    await waitUntil('synced', () => other.synced);
    putArticle(other.doc, article);
    await waitUntil('sent', () => !other.provider.hasUnsyncedChanges);
    expect(await list(`ws://127.0.0.1:${desk.port}`, desk.ada.token)).toEqual([]);
  });

  it('lists, at start, what a desk stored before it kept its list', async () => {
    const { desk, article } = await deskWithArticle();
    await Promise.all(
      cleanups
        .splice(0)
        .reverse()
        .map(c => c()),
    ); // the desk stops, stored
    const file = new sqlite3.Database(join(desk.dataDir, 'desk.sqlite'));
    await new Promise<void>((resolve, reject) =>
      file.run('DELETE FROM "articles"', e => (e ? reject(e) : resolve())),
    );
    await new Promise<void>(resolve => file.close(() => resolve()));
    const again = await startDesk(await deskConfig(desk), () => {});
    cleanups.push(() => again.stop());
    const [entry] = await list(`ws://127.0.0.1:${again.port}`, desk.ada.token);
    expect(entry).toMatchObject({ id: article.id, title: 'Harbour minutes' });
    expect(entry?.addedBy).toBeUndefined();
  });

  it('keeps of a desk’s answer only entries a list can show', () => {
    const good = { id: crypto.randomUUID(), title: 'T', textLength: 3, addedAt: 'now' };
    expect(readDeskCatalog({ articles: [good, { ...good, id: '../x' }, null, { id: 1 }] })).toEqual(
      [good],
    );
    expect(() => readDeskCatalog({ nope: [] })).toThrow(TypeError);
  });
});

describe('getting an article from the desk', () => {
  it('gives the article as a file the import reads to the same article', async () => {
    const { desk, article, url } = await deskWithArticle();
    const fields = await readDeskArticle(url, desk.ben.token, article.id, ClosableWebSocket);
    const file = deskArticleFile(fields);
    expect(file.name).toBe('Harbour minutes (from the desk).json');
    const parsed = await parseAnnotatedJson(await file.text());
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.annotations).toEqual([]);
    const { id, title, text, textHash, doc } = parsed.article;
    expect({ id, title, text, textHash, doc }).toEqual({
      id: article.id,
      title: article.title,
      text: article.text,
      textHash: article.textHash,
      doc: article.doc,
    });
  });

  it('gives a file the import refuses when the desk’s text does not match its hash', async () => {
    const desk = await startTestDesk(cleanups);
    const article = await sampleArticle(TEXT);
    const hostile = connect(desk.port, documentName(article.id), desk.ada.token);
    cleanups.push(hostile.close);
    await waitUntil('synced', () => hostile.synced);
    putArticle(hostile.doc, { ...article, text: `${TEXT} And more.` });
    await waitUntil('sent', () => !hostile.provider.hasUnsyncedChanges);
    const url = `ws://127.0.0.1:${desk.port}`;
    const fields = await readDeskArticle(url, desk.ben.token, article.id, ClosableWebSocket);
    expect((await parseAnnotatedJson(await deskArticleFile(fields).text())).ok).toBe(false);
  });

  it('says in plain words what kept it from the article', async () => {
    const { desk, article, url } = await deskWithArticle();
    await expect(
      readDeskArticle(url, 'not-a-token', article.id, ClosableWebSocket),
    ).rejects.toThrow('The desk refused this token');
    const missing = readDeskArticle(url, desk.ben.token, crypto.randomUUID(), ClosableWebSocket);
    await expect(missing).rejects.toBeInstanceOf(DeskFetchError);
    await expect(missing).rejects.toThrow('The desk does not hold this article.');
    expect(() => deskArticleFile({ ...article, title: 5 })).toThrow('not one Factmark can read');
  });
});
