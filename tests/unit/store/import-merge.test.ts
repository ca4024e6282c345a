import { withDeskFields } from '../../../src/model/desk/desk-fields';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportAnnotatedJson } from '../../../src/io/annotated-json-export';
import { parseAnnotatedJson } from '../../../src/io/annotated-json-import';
import { articleFromDoc } from '../../../src/io/article-record';
import { docFromPlainText } from '../../../src/io/plain-text';
import { fieldsOf } from '../../../src/model/annotation-fields';
import type { Annotation, Article } from '../../../src/model/types';
import { DEFAULT_VERDICT_SCALE } from '../../../src/model/verdict-scale';
import {
  deleteAnnotation,
  listAnnotations,
  restoreAnnotation,
  updateAnnotation,
} from '../../../src/store/annotations';
import { db } from '../../../src/store/db';
import { importAnnotatedArticle } from '../../../src/store/import-annotated';
import { planImport } from '../../../src/store/import-plan';
import { annotationOn } from '../../fixtures/formats/annotation-on';

// What an import does with annotations already here: the cases of issue 15
// (defects 2, 4, 6 and 11), each through the file format and the store.

const NOW = '2026-11-25T12:00:00.000Z';
const LATER = '2026-11-26T08:00:00.000Z';
const SAMPLE = readFileSync(
  new URL('../../fixtures/formats/sample-export.json', import.meta.url),
  'utf8',
);
const TEXT = [
  'The request to Nishimura is believed to be the ministry’s first in this regard.',
  'The German government approved a request by Robert Hallbeck, the economy minister.',
  'Tokyo Electron and ASML occupy the leading positions in the world market.',
].join('\n\n');
const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const X = 'aaaaaaaa-0000-4000-8000-000000000001';

/** An article dated before every import here (a time after the import would be clamped). */
async function article(text: string, id: string, title = 'Chips'): Promise<Article> {
  const a = await articleFromDoc(docFromPlainText(text), { title }, id);
  return { ...a, createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' };
}

const on = annotationOn;

/** Exports, parses and imports, as the app does with a file. */
async function importJson(json: string, now = NOW, options = {}) {
  const parsed = await parseAnnotatedJson(json);
  if (!parsed.ok) throw new Error(`${parsed.error.path}: ${parsed.error.message}`);
  return importAnnotatedArticle(parsed, now, options);
}
const importRecords = (a: Article, annotations: Annotation[], now = NOW, options = {}) =>
  importJson(exportAnnotatedJson(a, annotations), now, options);

const snapshot = async () => ({
  articles: await db.articles.orderBy('id').toArray(),
  annotations: await db.annotations.orderBy('id').toArray(),
});

beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
});

describe('an import never takes over another article’s annotation (defect 2)', () => {
  it('gives the incoming annotation a new id when a newer copy claims one of another article', async () => {
    const a = await article(TEXT, A);
    const mine = on(a, 'Robert Hallbeck', X, { note: 'mine' });
    await importRecords(a, [mine]);

    const b = await article('An unrelated article about Robert Hallbeck.', B, 'Other');
    const theirs = on(b, 'Robert Hallbeck', X, {
      note: 'theirs',
      updatedAt: '2026-11-20T00:00:00.000Z',
    });
    const report = await importRecords(b, [theirs]);

    expect(report).toMatchObject({ outcome: 'new-article', added: 1, updated: 0, reassigned: 1 });
    expect(await db.annotations.get(X)).toEqual(withDeskFields(mine));
    const [copy] = await listAnnotations(B);
    expect(copy).toMatchObject({ articleId: B, note: 'theirs' });
    expect(copy?.id).not.toBe(X);
  });

  it('still gives the new article its annotation when the copy here is newer', async () => {
    const a = await article(TEXT, A);
    const mine = on(a, 'Robert Hallbeck', X, { updatedAt: '2026-11-20T00:00:00.000Z' });
    await importRecords(a, [mine]);
    const b = await article('An unrelated article about Robert Hallbeck.', B, 'Other');
    const report = await importRecords(b, [on(b, 'Robert Hallbeck', X, { note: 'theirs' })]);

    expect(report).toMatchObject({ added: 1, keptLocal: 0, reassigned: 1 });
    expect(await listAnnotations(B)).toHaveLength(1);
    expect(await db.annotations.get(X)).toEqual(withDeskFields(mine));
  });
});

describe('a file’s clock never beats the reviewer (defect 4)', () => {
  const FUTURE = '2099-01-01T00:00:00.000Z';

  it('stores times from the future as the time of the import', async () => {
    const a = await article(TEXT, A);
    await importRecords({ ...a, updatedAt: FUTURE }, [
      on(a, 'Robert Hallbeck', X, {
        createdAt: FUTURE,
        updatedAt: FUTURE,
        history: [{ field: 'verdict', to: 'unverifiable', by: 'Ada', at: FUTURE }],
      }),
    ]);
    expect(await db.annotations.get(X)).toMatchObject({
      createdAt: NOW,
      updatedAt: NOW,
      history: [{ at: NOW }],
    });
    expect((await db.articles.get(A))?.updatedAt).toBe(NOW);
  });

  it('keeps a later local edit on every re-import of a file dated in the future', async () => {
    const a = await article(TEXT, A);
    const file = exportAnnotatedJson(a, [
      on(a, 'Robert Hallbeck', X, { note: 'from the file', updatedAt: FUTURE }),
    ]);
    await importJson(file);
    await updateAnnotation(
      X,
      { ...fieldsOf((await db.annotations.get(X)) as Annotation), note: 'my edit' },
      DEFAULT_VERDICT_SCALE,
      'Ada',
    );
    for (const now of [LATER, '2026-12-01T00:00:00.000Z']) {
      const report = await importJson(file, now);
      expect(report).toMatchObject({ updated: 0, keptLocal: 1 });
      expect((await db.annotations.get(X))?.note).toBe('my edit');
    }
  });
});

describe('ids differing only in case are one id (defect 6)', () => {
  it('merges a file whose ids are upper-cased into the annotations it already imported', async () => {
    await importJson(SAMPLE);
    const before = await snapshot();
    const upper = SAMPLE.replace(
      /urn:uuid:([0-9a-f-]{36})/g,
      (_, id: string) => `urn:uuid:${id.toUpperCase()}`,
    );
    const report = await importJson(upper);
    expect(report).toMatchObject({ outcome: 'merged', added: 0, unchanged: 4 });
    expect(await snapshot()).toEqual(before);
    // and the next export imports again
    const [stored] = before.articles;
    if (!stored) throw new Error('no article');
    const again = await parseAnnotatedJson(
      exportAnnotatedJson(stored, await listAnnotations(stored.id)),
    );
    expect(again.ok).toBe(true);
  });

  it('stores the ids of an upper-case file in lower case', async () => {
    const upper = SAMPLE.replace(
      /urn:uuid:([0-9a-f-]{36})/g,
      (_, id: string) => `urn:uuid:${id.toUpperCase()}`,
    );
    await importJson(upper);
    const { articles, annotations } = await snapshot();
    for (const id of [...articles.map(a => a.id), ...annotations.map(a => a.id)]) {
      expect(id).toBe(id.toLowerCase());
    }
    expect(new Set(annotations.map(a => a.articleId))).toEqual(new Set(articles.map(a => a.id)));
  });
});

describe('a deleted annotation stays deleted (defect 11)', () => {
  it('does not come back on the next import of the older file', async () => {
    const a = await article(TEXT, A);
    const file = exportAnnotatedJson(a, [
      on(a, 'Robert Hallbeck', X),
      on(a, 'Tokyo Electron', 'aaaaaaaa-0000-4000-8000-000000000002'),
    ]);
    await importJson(file);
    await deleteAnnotation(X, 'Ada');
    const report = await importJson(file, LATER);
    expect(report).toMatchObject({ added: 0, unchanged: 1, deletedHere: 1 });
    expect(await db.annotations.get(X)).toBeUndefined();
    expect(await db.table('tombstones').get(X)).toMatchObject({ id: X, articleId: A, by: 'Ada' });
  });

  it('comes back when the file’s copy was changed after the deletion', async () => {
    const a = await article(TEXT, A);
    await importRecords(a, [on(a, 'Robert Hallbeck', X)]);
    await deleteAnnotation(X, 'Ada');
    const deletedAt = (await db.table('tombstones').get(X)).at as string;
    const edited = on(a, 'Robert Hallbeck', X, {
      note: 'edited elsewhere',
      updatedAt: new Date(Date.parse(deletedAt) + 60_000).toISOString(),
    });
    const report = await importRecords(a, [edited], '2027-01-01T00:00:00.000Z');
    // its chain is not the one deleted here: back, and listed for the curator with who deleted it
    expect(report).toMatchObject({ conflicting: 1, added: 0, deletedHere: 0 });
    const back = await db.annotations.get(X);
    expect(back?.note).toBe('edited elsewhere');
    expect(back?.conflict?.deleted?.by).toBe('Ada');
    expect(await db.table('tombstones').get(X)).toBeUndefined();
  });

  it('forgets the deletion when it is undone', async () => {
    const a = await article(TEXT, A);
    const file = exportAnnotatedJson(a, [on(a, 'Robert Hallbeck', X)]);
    await importJson(file);
    const gone = await deleteAnnotation(X, 'Ada');
    if (!gone) throw new Error('nothing deleted');
    await restoreAnnotation(gone);
    expect(await db.table('tombstones').count()).toBe(0);
    expect(await importJson(file, LATER)).toMatchObject({ unchanged: 1, deletedHere: 0 });
  });
});

describe('another text under an article’s id (defect 11)', () => {
  const EDITED = TEXT.replace('Robert Hallbeck', 'Robert Habeck').replace(
    'Tokyo Electron and ASML occupy the leading positions in the world market.',
    'Several firms compete.',
  );

  async function withFour() {
    const a = await article(TEXT, A);
    await importRecords(a, [
      on(a, 'believed to be the ministry’s first in this regard', X),
      on(a, 'The German government approved a request by Robert Hallbeck', `${X.slice(0, -1)}2`),
      on(a, 'Tokyo Electron and ASML occupy the leading positions', `${X.slice(0, -1)}3`),
      on(a, 'in the world market', `${X.slice(0, -1)}4`),
    ]);
    return a;
  }

  it('says beforehand how many annotations would move and how many may be orphaned, writing nothing', async () => {
    await withFour();
    const before = await snapshot();
    const parsed = await parseAnnotatedJson(exportAnnotatedJson(await article(EDITED, A), []));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(await planImport(parsed, LATER)).toEqual({
      outcome: 'new-version',
      title: 'Chips',
      replacedTitle: 'Chips',
      moving: 4,
      anchored: 1,
      fuzzy: 1,
      orphaned: 2,
    });
    expect(await snapshot()).toEqual(before);
  });

  it('asks nothing of a file that adds an article or merges into the same text', async () => {
    const a = await withFour();
    for (const file of [
      exportAnnotatedJson(a, []),
      exportAnnotatedJson(await article(EDITED, B), []),
    ]) {
      const parsed = await parseAnnotatedJson(file);
      if (!parsed.ok) throw new Error(parsed.error.message);
      expect((await planImport(parsed, LATER)).moving).toBe(0);
    }
  });

  it('imports the other text as a separate article when asked, leaving the article here alone', async () => {
    const a = await withFour();
    const before = await snapshot();
    const b = await article(EDITED, A);
    const report = await importRecords(b, [on(b, 'Robert Habeck', X)], LATER, {
      asSeparateArticle: true,
    });
    expect(report).toMatchObject({ outcome: 'separate-article', added: 1, reassigned: 1 });
    expect(report.articleId).not.toBe(A);
    const after = await snapshot();
    expect(after.articles.find(x => x.id === A)).toEqual(a);
    expect(after.annotations.filter(x => x.articleId === A)).toEqual(
      before.annotations.filter(x => x.articleId === A),
    );
    const [copy] = await listAnnotations(report.articleId);
    expect(copy).toMatchObject({ target: { exact: 'Robert Habeck' } });
    expect((await db.articles.get(report.articleId))?.previousVersionId).toBeUndefined();
  });
});

describe('a cancelled import', () => {
  it('writes nothing when cancelled while it saves', async () => {
    const a = await article(TEXT, A);
    await importRecords(a, [on(a, 'Robert Hallbeck', X)]);
    const before = await snapshot();
    const b = await article('Another article about Tokyo Electron.', B, 'Other');
    const many = Array.from({ length: 2500 }, (_, i) =>
      on(b, 'Tokyo Electron', `bbbbbbbb-0000-4000-8000-${String(i).padStart(12, '0')}`),
    );
    const controller = new AbortController();
    const saving = importRecords(b, many, NOW, {
      signal: controller.signal,
      // the reviewer presses Cancel once the first thousand are written
      onProgress: (done: number) => done >= 1000 && controller.abort(),
    });
    await expect(saving).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });
});
