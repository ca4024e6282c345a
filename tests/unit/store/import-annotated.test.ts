import { withRevision } from '../../../src/model/desk/revision';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportAnnotatedJson } from '../../../src/io/annotated-json-export';
import { parseAnnotatedJson } from '../../../src/io/annotated-json-import';
import { articleFromDoc } from '../../../src/io/article-record';
import { docFromPlainText } from '../../../src/io/plain-text';
import { CodePointIndex } from '../../../src/model/offsets';
import type { Article } from '../../../src/model/types';
import { db } from '../../../src/store/db';
import { importAnnotatedArticle } from '../../../src/store/import-annotated';
import { annotationOn as on } from '../../fixtures/formats/annotation-on';

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
  // dated before the import: a time after it would be clamped
  const a = await articleFromDoc(
    docFromPlainText(text),
    { title: 'Chips', publisher: 'The Japan Times' },
    id,
  );
  return { ...a, createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' };
}

const annotationOn = (a: Article, quote: string, id: string, updatedAt?: string) =>
  on(a, quote, id, updatedAt === undefined ? {} : { updatedAt });

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
    await importAnnotatedArticle({ article: a, annotations: many }, NOW, {
      onProgress: (done, total) => progress.push([done, total]),
    });
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

  it('merges by id along revision chains: a later revision is taken, an earlier one kept out, whatever the times', async () => {
    const a = await article(TEXT);
    const old = withRevision(
      undefined,
      annotationOn(a, 'Robert Hallbeck', ID(1), '2026-11-01T00:00:00.000Z'),
    );
    const base = withRevision(
      undefined,
      annotationOn(a, 'Tokyo Electron', ID(2), '2026-11-01T00:00:00.000Z'),
    );
    const mine = withRevision(base, { ...base, note: 'mine, later revision' });
    await importAnnotatedArticle({ article: a, annotations: [old, mine] }, NOW);
    // the file's clock says otherwise: the chains decide
    const theirsNewer = withRevision(old, { ...old, note: 'theirs, later revision' });
    const theirsOlder = { ...base, updatedAt: '2026-11-24T00:00:00.000Z' };
    const report = await importAnnotatedArticle(
      { article: a, annotations: [theirsNewer, theirsOlder] },
      NOW,
    );
    expect(report).toMatchObject({ outcome: 'merged', updated: 1, keptLocal: 1 });
    expect((await db.annotations.get(ID(1)))?.note).toBe('theirs, later revision');
    expect((await db.annotations.get(ID(2)))?.note).toBe('mine, later revision');
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
    // the orphan says which text its target describes: a later version maps from there
    expect(m3?.anchoring).toEqual({ method: 'orphan', textHash: v1.textHash });
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

describe('importing a file whose text came decomposed (NFD)', () => {
  it('stores the text composed (NFC) and maps the annotations onto it', async () => {
    const nfd =
      'Prague forum\n“We are entering a decade of friction,” said Tomáš Sedláček and 김서연.'.normalize(
        'NFD',
      );
    const a = await article(nfd);
    const notes = [
      annotationOn(a, 'Tomáš Sedláček'.normalize('NFD'), ID(1)),
      annotationOn(a, '김서연'.normalize('NFD'), ID(2)),
    ];
    const json = exportAnnotatedJson(a, notes, { generated: NOW });
    const parsed = await parseAnnotatedJson(json);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const report = await importAnnotatedArticle(parsed, NOW);
    expect(report).toMatchObject({ outcome: 'new-article', anchored: 2, fuzzy: 0, orphaned: 0 });
    const stored = await db.articles.get(a.id);
    expect(stored?.text).toBe(nfd.normalize('NFC'));
    const index = new CodePointIndex(stored?.text ?? '');
    const placed = (await db.annotations.orderBy('id').toArray()).map(n =>
      index.slice(n.target.start, n.target.end),
    );
    expect(placed).toEqual(['Tomáš Sedláček', '김서연']);
  });
});

describe('an orphan over several versions', () => {
  it('comes back on a later version, mapped from the text it was last anchored on', async () => {
    const v1 = await article(TEXT);
    const gone = annotationOn(v1, 'Tokyo Electron and ASML occupy the leading positions', ID(1));
    await importAnnotatedArticle({ article: v1, annotations: [gone] }, NOW);
    // v2 drops the paragraph: the annotation is orphaned, and says which text it describes
    const v2 = await article(TEXT.split('\n\n').slice(0, 2).join('\n\n'));
    const second = await importAnnotatedArticle({ article: v2, annotations: [] }, NOW);
    const orphan = await db.annotations.get(ID(1));
    expect(orphan?.anchoring).toEqual({ method: 'orphan', textHash: v1.textHash });
    // v3, a new version of v2, brings it back with a line added before it
    const v3 = await article(
      TEXT.replace('Tokyo Electron', 'Update: prices rose.\n\nTokyo Electron'),
      second.articleId,
    );
    const third = await importAnnotatedArticle({ article: v3, annotations: [] }, NOW);
    expect(third).toMatchObject({ outcome: 'new-version', anchored: 1, orphaned: 0 });
    const back = await db.annotations.get(ID(1));
    expect(back?.articleId).toBe(third.articleId);
    expect(back?.anchoring).toEqual({ method: 'quote' });
    const stored = await db.articles.get(third.articleId);
    const index = new CodePointIndex(stored?.text ?? '');
    expect(index.slice(back?.target.start ?? 0, back?.target.end ?? 0)).toBe(gone.target.exact);
  });
});
