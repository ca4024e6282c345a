import { beforeEach, describe, expect, it } from 'vitest';
import { articleFromDoc } from '../../../src/io/article-record';
import { docFromPlainText } from '../../../src/io/plain-text';
import {
  addArticle,
  addArticleUnlessKnown,
  deleteArticle,
  listLibrary,
  startArticleId,
} from '../../../src/store/articles';
import { db } from '../../../src/store/db';
import {
  LAST_ARTICLE,
  REVIEWER_NAME,
  exportedAtKey,
  filterKey,
  getSetting,
  setSetting,
} from '../../../src/store/settings';
import { dismissedKey } from '../../../src/store/suggestion-store';
import { claimReviewTextsKey } from '../../../src/store/claim-review-texts';
import { annotationRecord } from '../../fixtures/records';

beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
});

describe('deleteArticle', () => {
  it('takes the article’s own settings with it, and leaves every other', async () => {
    const gone = await articleFromDoc(docFromPlainText('A claim.'), { title: 'Gone' });
    const kept = await articleFromDoc(docFromPlainText('Another claim.'), { title: 'Kept' });
    await addArticle(gone);
    await addArticle(kept);
    for (const id of [gone.id, kept.id]) {
      await setSetting(exportedAtKey(id), '2026-12-01T00:00:00.000Z');
      await setSetting(filterKey(id), { query: 'tax' });
      await setSetting(dismissedKey(id), ['claim-0-8-abc']);
      await setSetting(claimReviewTextsKey(id), { x: { claimReviewed: 'As stated' } });
    }
    await setSetting(REVIEWER_NAME, 'Ada');

    await deleteArticle(gone.id);

    for (const key of [exportedAtKey, filterKey, dismissedKey, claimReviewTextsKey]) {
      expect(await getSetting(key(gone.id))).toBeUndefined();
      expect(await getSetting(key(kept.id))).toBeDefined();
    }
    expect(await getSetting(REVIEWER_NAME)).toBe('Ada');
    expect(await db.articles.get(kept.id)).toBeDefined();
  });
});

describe('listLibrary', () => {
  it('counts as checked only the claims whose status is checked, and the verdicts apart', async () => {
    const article = await articleFromDoc(docFromPlainText('A claim.'), { title: 'Counted' });
    await addArticle(article);
    await db.annotations.bulkAdd([
      annotationRecord({ articleId: article.id, verdict: 'unverifiable' }),
      annotationRecord({ articleId: article.id, verdict: 'false', status: 'checked' }),
      annotationRecord({ articleId: article.id }),
      annotationRecord({ articleId: article.id, kind: 'comment', status: 'checked' }),
    ]);
    const [entry] = await listLibrary();
    expect(entry).toMatchObject({ annotations: 4, claims: 3, checkedClaims: 1, withVerdict: 2 });
  });
});

describe('addArticleUnlessKnown', () => {
  it('opens the article that holds the same text instead of storing a copy', async () => {
    const first = await articleFromDoc(docFromPlainText('The same text.'), { title: 'First' });
    expect(await addArticleUnlessKnown(first)).toEqual({ id: first.id });
    const again = await articleFromDoc(docFromPlainText('The same text.'), { title: 'Again' });
    expect(await addArticleUnlessKnown(again)).toEqual({
      id: first.id,
      existing: { id: first.id, title: 'First' },
    });
    const other = await articleFromDoc(docFromPlainText('Another text.'), { title: 'Other' });
    expect(await addArticleUnlessKnown(other)).toEqual({ id: other.id });
    expect(await db.articles.count()).toBe(2);
  });
});

describe('listLibrary, for the search', () => {
  it('names each article’s author and reviewers, each once', async () => {
    const article = await articleFromDoc(docFromPlainText('A claim.'), {
      title: 'Named',
      author: 'Jane Doe',
    });
    await addArticle(article);
    await db.annotations.bulkAdd([
      annotationRecord({ articleId: article.id, creator: 'Mika' }),
      annotationRecord({ articleId: article.id, creator: ' Jonas ' }),
      annotationRecord({ articleId: article.id, creator: 'Mika' }),
      annotationRecord({ articleId: article.id, creator: '' }),
    ]);
    const [entry] = await listLibrary();
    expect(entry).toMatchObject({ author: 'Jane Doe', reviewers: ['Mika', 'Jonas'] });
  });
});

describe('startArticleId', () => {
  const article = (title: string, updatedAt: string) =>
    articleFromDoc(docFromPlainText(`${title}.`), { title }).then(a => ({ ...a, updatedAt }));
  const noSample = () => Promise.reject(new Error('the sample is not needed here'));

  it('opens the article opened last, checking it is there by its key alone', async () => {
    const last = await article('Last', '2026-01-01T00:00:00.000Z');
    await addArticle(last);
    await addArticle(await article('Newer', '2026-02-01T00:00:00.000Z'));
    await setSetting(LAST_ARTICLE, last.id);
    // Dexie's reading hook sees every record read: the view reads the article, not the start
    const read: string[] = [];
    const hook = (record: { id: string }) => (read.push(record.id), record);
    db.articles.hook('reading', hook);
    try {
      expect(await startArticleId(noSample)).toBe(last.id);
    } finally {
      db.articles.hook('reading').unsubscribe(hook);
    }
    expect(read).toEqual([]);
  });

  it('opens the newest article when the last one is gone, and the sample when there is none', async () => {
    const newest = await article('Newest', '2026-02-01T00:00:00.000Z');
    await addArticle(await article('Older', '2026-01-01T00:00:00.000Z'));
    await addArticle(newest);
    await setSetting(LAST_ARTICLE, 'a-deleted-article');
    expect(await startArticleId(noSample)).toBe(newest.id);

    await db.articles.clear();
    const sample = await article('Sample', '2026-03-01T00:00:00.000Z');
    expect(await startArticleId(() => Promise.resolve(sample))).toBe(sample.id);
    expect(await db.articles.count()).toBe(1);
  });
});
