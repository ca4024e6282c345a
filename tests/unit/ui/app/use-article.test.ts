// @vitest-environment happy-dom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleFromDoc } from '../../../../src/io/article-record';
import { docFromPlainText } from '../../../../src/io/plain-text';
import { addArticle } from '../../../../src/store/articles';
import { db } from '../../../../src/store/db';
import { useArticle } from '../../../../src/ui/app/use-article';

beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
});
afterEach(cleanup);

describe('useArticle', () => {
  it('is null for an id that is not stored: the app then shows the library', async () => {
    const { result } = renderHook(() => useArticle('no-such-article'));
    await waitFor(() => expect(result.current).toBeNull());
  });

  it('never says “not stored” while the id is still being chosen', async () => {
    // App renders the library for null: that flash read every annotation of every article
    const article = await articleFromDoc(docFromPlainText('A claim.'), { title: 'T' });
    await addArticle(article);
    const seen: unknown[] = [];
    const { rerender, result } = renderHook(
      ({ id }: { id: string | undefined }) => {
        const value = useArticle(id);
        seen.push(value === undefined ? 'undefined' : value === null ? 'null' : 'article');
        return value;
      },
      { initialProps: { id: undefined as string | undefined } },
    );
    // long enough for a live query with nothing to wait for to settle (the null case above)
    await new Promise(resolve => setTimeout(resolve, 50));
    rerender({ id: article.id });
    await waitFor(() => expect(result.current?.id).toBe(article.id));
    expect(seen).not.toContain('null');
  });
});
