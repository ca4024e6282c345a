import { beforeEach, describe, expect, it } from 'vitest';
import { articleFromDoc } from '../../../src/io/article-record';
import { docFromPlainText } from '../../../src/io/plain-text';
import { describe as describeRange } from '../../../src/model/describe';
import { CodePointIndex, textOffset } from '../../../src/model/offsets';
import type { Annotation, Article } from '../../../src/model/types';
import { db } from '../../../src/store/db';
import { importAnnotatedArticle } from '../../../src/store/import-annotated';
import { annotationRecord } from '../../fixtures/records';

const NOW = '2026-11-25T12:00:00.000Z';
const TEXT = [
  'The request to Nishimura is believed to be the ministry’s first in this regard.',
  'The German government approved a request by Robert Hallbeck, the economy minister.',
  'Tokyo Electron and ASML occupy the leading positions in the world market.',
].join('\n\n');

async function article(
  text: string,
  id = '11111111-1111-4111-8111-111111111111',
): Promise<Article> {
  return articleFromDoc(
    docFromPlainText(text),
    { title: 'Chips', publisher: 'The Japan Times' },
    id,
  );
}

function annotationOn(
  a: Article,
  quote: string,
  id: string,
  updatedAt = '2026-11-01T00:00:00.000Z',
): Annotation {
  const index = new CodePointIndex(a.text);
  const at = a.text.indexOf(quote);
  const start = index.toOffset(at);
  return annotationRecord({
    id,
    articleId: a.id,
    target: describeRange(index, { start, end: textOffset(start + [...quote].length) }),
    verdict: 'unverifiable',
    note: `About ${quote}`,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt,
  });
}

const ID = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const snapshot = async () => ({
  articles: await db.articles.toArray(),
  annotations: await db.annotations.toArray(),
});

beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
});

describe('importAnnotatedArticle', () => {
  it('reports its progress between writes of a thousand, and is still one transaction', async () => {
    const a = await article(TEXT);
    const one = annotationOn(a, 'Robert Hallbeck', ID(1));
    const many = Array.from({ length: 2500 }, (_, i) => ({
      ...one,
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    }));
    const progress: [number, number][] = [];
    await importAnnotatedArticle({ article: a, annotations: many }, NOW, (done, total) =>
      progress.push([done, total]),
    );
    expect(progress).toEqual([
      [0, 2500],
      [1000, 2500],
      [2000, 2500],
      [2500, 2500],
    ]);
    expect(await db.annotations.count()).toBe(2500);
  });

  it('adds a new article and its annotations exactly as they are in the file', async () => {
    const a = await article(TEXT);
    const notes = [
      annotationOn(a, 'believed to be the ministry’s first', ID(1)),
      annotationOn(a, 'Robert Hallbeck', ID(2)),
    ];
    const report = await importAnnotatedArticle({ article: a, annotations: notes }, NOW);
    expect(report).toMatchObject({
      outcome: 'new-article',
      added: 2,
      anchored: 2,
      fuzzy: 0,
      orphaned: 0,
    });
    expect(await db.articles.get(a.id)).toEqual(a);
    expect(await db.annotations.orderBy('id').toArray()).toEqual(notes);
  });

  it('changes nothing when the same file is imported twice', async () => {
    const a = await article(TEXT);
    const file = { article: a, annotations: [annotationOn(a, 'Robert Hallbeck', ID(1))] };
    await importAnnotatedArticle(file, NOW);
    const before = await snapshot();
    const report = await importAnnotatedArticle(file, NOW);
    expect(report).toMatchObject({
      outcome: 'merged',
      added: 0,
      updated: 0,
      unchanged: 1,
      keptLocal: 0,
    });
    expect(await snapshot()).toEqual(before);
  });

  it('merges by id: the newer copy wins either way', async () => {
    const a = await article(TEXT);
    const old = annotationOn(a, 'Robert Hallbeck', ID(1), '2026-11-01T00:00:00.000Z');
    const mine = {
      ...annotationOn(a, 'Tokyo Electron', ID(2), '2026-11-20T00:00:00.000Z'),
      note: 'mine, newer',
    };
    await importAnnotatedArticle({ article: a, annotations: [old, mine] }, NOW);
    const theirsNewer = { ...old, note: 'theirs, newer', updatedAt: '2026-11-10T00:00:00.000Z' };
    const theirsOlder = { ...mine, note: 'theirs, older', updatedAt: '2026-11-02T00:00:00.000Z' };
    const report = await importAnnotatedArticle(
      { article: a, annotations: [theirsNewer, theirsOlder] },
      NOW,
    );
    expect(report).toMatchObject({ outcome: 'merged', updated: 1, keptLocal: 1 });
    expect((await db.annotations.get(ID(1)))?.note).toBe('theirs, newer');
    expect((await db.annotations.get(ID(2)))?.note).toBe('mine, newer');
  });

  it('stores another text of a known article as a new version and re-anchors the annotations here onto it', async () => {
    const v1 = await article(TEXT);
    const exact = annotationOn(v1, 'believed to be the ministry’s first in this regard', ID(1));
    const fuzzy = annotationOn(
      v1,
      'The German government approved a request by Robert Hallbeck',
      ID(2),
    );
    const gone = annotationOn(v1, 'Tokyo Electron and ASML occupy the leading positions', ID(3));
    await importAnnotatedArticle({ article: v1, annotations: [exact, fuzzy, gone] }, NOW);

    const edited = `Update: the story was corrected.\n\n${TEXT}`
      .replace('Robert Hallbeck', 'Robert Habeck')
      .replace(
        'Tokyo Electron and ASML occupy the leading positions in the world market.',
        'Several firms compete.',
      );
    const v2 = await article(edited); // same id, other text
    const report = await importAnnotatedArticle({ article: v2, annotations: [] }, NOW);

    expect(report).toMatchObject({ outcome: 'new-version', anchored: 1, fuzzy: 1, orphaned: 1 });
    const stored = await db.articles.get(report.articleId);
    expect(stored).toMatchObject({
      text: edited.split('\n\n').join('\n'),
      previousVersionId: v1.id,
    });
    expect(await db.articles.get(v1.id)).toEqual(v1); // the old version is kept as it was
    const moved = await db.annotations.where('articleId').equals(report.articleId).sortBy('id');
    expect(moved).toHaveLength(3);
    const [m1, m2, m3] = moved;
    expect(m1?.target.exact).toBe(exact.target.exact);
    expect(m1?.anchoring?.method).toBe('quote');
    expect(m2?.anchoring).toMatchObject({
      method: 'fuzzy',
      confirmed: false,
      previousExact: fuzzy.target.exact,
    });
    expect(m2?.target.exact).toContain('Robert Habeck');
    expect(m3?.anchoring).toEqual({ method: 'orphan' });
    expect(m3?.target).toEqual(gone.target); // an orphan keeps its quote for the reviewer
  });

  it('writes nothing when the transaction fails half way', async () => {
    const a = await article(TEXT);
    await importAnnotatedArticle(
      { article: a, annotations: [annotationOn(a, 'Robert Hallbeck', ID(1))] },
      NOW,
    );
    const before = await snapshot();
    const other = await article(
      'A different article entirely.',
      '22222222-2222-4222-8222-222222222222',
    );
    const broken = {
      ...annotationOn(other, 'different', ID(2)),
      id: undefined as unknown as string,
    };
    await expect(
      importAnnotatedArticle({ article: other, annotations: [broken] }, NOW),
    ).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });
});
