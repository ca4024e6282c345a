import { beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../src/model/types';
import { watchArticleChanges, type ArticleChange } from '../../../src/store/article-changes';
import { deleteAnnotation } from '../../../src/store/annotations';
import { db } from '../../../src/store/db';
import { annotationRecord, targetAt } from '../../fixtures/records';

const record = (i: number, articleId = 'art'): Annotation =>
  annotationRecord({ id: `${articleId}-${i}`, articleId, target: targetAt(i * 10, 'text') });

/** A watch of "art" and every change it was told of. */
async function watch() {
  const seen: ArticleChange[] = [];
  const w = watchArticleChanges('art', c => seen.push(c));
  await w.first;
  return { seen, stop: w.stop };
}

const until = async (what: () => boolean) => {
  for (let i = 0; i < 200 && !what(); i++) await new Promise(r => setTimeout(r, 5));
  expect(what()).toBe(true);
};

beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
  await db.annotations.bulkPut([record(1), record(2), record(3), record(1, 'other')]);
});

describe('watchArticleChanges', () => {
  it('reads the whole article first', async () => {
    const { seen, stop } = await watch();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.ids).toBeNull();
    expect(seen[0]?.annotations.map(a => a.id).sort()).toEqual(['art-1', 'art-2', 'art-3']);
    stop();
  });

  it('then reads only the records a committed change names', async () => {
    const { seen, stop } = await watch();
    await db.annotations.put({ ...record(2), note: 'changed' });
    await until(() => seen.length === 2);
    expect([...(seen[1]?.ids ?? [])]).toEqual(['art-2']);
    expect(seen[1]?.annotations.map(a => [a.id, a.note])).toEqual([['art-2', 'changed']]);
    stop();
  });

  it('tells of a deletion: the id read, no annotation, its tombstone', async () => {
    const { seen, stop } = await watch();
    await deleteAnnotation('art-3', 'Ada');
    await until(() => seen.length === 2);
    expect([...(seen[1]?.ids ?? [])]).toEqual(['art-3']);
    expect(seen[1]?.annotations).toEqual([]);
    expect(seen[1]?.tombstones.map(t => t.id)).toEqual(['art-3']);
    stop();
  });

  it('leaves out another article’s records, and reads a bulk change in full', async () => {
    const { seen, stop } = await watch();
    await db.annotations.put({ ...record(1, 'other'), note: 'elsewhere' });
    await until(() => seen.length === 2);
    expect(seen[1]?.annotations).toEqual([]);
    await db.annotations.where('articleId').equals('art').modify({ note: 'all' });
    await until(() => seen.length === 3);
    expect(seen[2]?.annotations.map(a => a.note)).toEqual(['all', 'all', 'all']);
    await db.annotations.clear();
    await until(() => seen.length === 4);
    expect(seen[3]).toEqual({ ids: null, annotations: [], tombstones: [] });
    stop();
  });

  it('is told of nothing once stopped', async () => {
    const { seen, stop } = await watch();
    stop();
    await db.annotations.put({ ...record(2), note: 'late' });
    await new Promise(r => setTimeout(r, 50));
    expect(seen).toHaveLength(1);
  });
});
