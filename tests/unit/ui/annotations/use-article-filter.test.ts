// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_FILTER, type AnnotationFilter } from '../../../../src/model/annotation-filter';
import { db } from '../../../../src/store/db';
import { getSetting, setSetting } from '../../../../src/store/settings';
import { useArticleFilter } from '../../../../src/ui/annotations/use-article-filter';

const claims: AnnotationFilter = { ...EMPTY_FILTER, kinds: ['claim'] };
const checked: AnnotationFilter = { ...EMPTY_FILTER, statuses: ['checked'], query: 'tax' };

beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
});
afterEach(cleanup);

const renderFilter = (articleId: string) =>
  renderHook(({ id }) => useArticleFilter(id), { initialProps: { id: articleId } });

describe('useArticleFilter', () => {
  it('loads the article’s stored filter, keeping only its valid parts', async () => {
    await setSetting('filters:a', { kinds: ['claim', 'nonsense'], noSources: 'yes' });
    const { result } = renderFilter('a');
    await waitFor(() => expect(result.current[0]).toEqual(claims));
  });

  it('shows a change at once and saves it once typing pauses', async () => {
    const { result } = renderFilter('a');
    act(() => result.current[1]({ ...EMPTY_FILTER, query: 't' }));
    act(() => result.current[1]({ ...EMPTY_FILTER, query: 'ta' }));
    act(() => result.current[1](checked));
    expect(result.current[0]).toEqual(checked);
    expect(await getSetting('filters:a')).toBeUndefined();
    await waitFor(async () => expect(await getSetting('filters:a')).toEqual(checked));
  });

  it('keeps a filter per article, saving the one left at once', async () => {
    await setSetting('filters:b', claims);
    const { result, rerender } = renderFilter('a');
    act(() => result.current[1](checked));
    rerender({ id: 'b' });
    await waitFor(() => expect(result.current[0]).toEqual(claims));
    expect(await getSetting('filters:a')).toEqual(checked);
    rerender({ id: 'a' });
    expect(result.current[0]).toEqual(checked);
  });
});
