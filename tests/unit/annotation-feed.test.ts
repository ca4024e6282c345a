import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fieldsOf } from '../../src/model/annotation-fields';
import { textOffset } from '../../src/model/offsets';
import type { Annotation } from '../../src/model/types';
import { DEFAULT_VERDICT_SCALE } from '../../src/model/verdict-scale';
import { AnnotationFeed, type FeedSnapshot } from '../../src/store/annotation-feed';
import { createAnnotation, updateAnnotation } from '../../src/store/annotations';
import { db } from '../../src/store/db';

const record = (i: number, articleId = 'art'): Annotation => ({
  id: `${articleId === 'art' ? 'id' : articleId}-${String(i).padStart(5, '0')}`,
  articleId,
  kind: 'claim',
  target: {
    start: textOffset(i * 10),
    end: textOffset(i * 10 + 4),
    exact: 'text',
    prefix: '',
    suffix: '',
  },
  note: `note ${i}`,
  sources: [],
  tags: [],
  status: 'open',
  creator: 'Ada',
  createdAt: '2026-11-25T00:00:00.000Z',
  updatedAt: '2026-11-25T00:00:00.000Z',
  history: [],
});

/** A feed on "art" and every snapshot it gave. */
function follow() {
  const seen: FeedSnapshot[] = [];
  const feed = new AnnotationFeed('art', s => seen.push(s));
  feed.start();
  const last = () => seen.at(-1) ?? { annotations: [], complete: false };
  return { feed, seen, last };
}

beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
});

describe('the annotation feed', () => {
  it('gives the first page in reading order, then all, then says it is complete', async () => {
    await db.annotations.bulkAdd([
      ...Array.from({ length: 700 }, (_, i) => record(699 - i)),
      record(1, 'other'),
    ]);
    const { feed, seen, last } = follow();
    await vi.waitFor(() => expect(last().complete).toBe(true));
    expect(seen[0]?.complete).toBe(false);
    expect(seen[0]?.annotations.map(a => a.target.start)).toEqual(
      Array.from({ length: 300 }, (_, i) => i * 10),
    );
    expect(last().annotations).toHaveLength(700);
    expect(last().annotations.every(a => a.articleId === 'art')).toBe(true);
    feed.stop();
  });

  it('shows a write of this tab at once, and a committed one of any tab by reading that record', async () => {
    const { feed, last } = follow();
    await vi.waitFor(() => expect(last().complete).toBe(true));
    const created = await createAnnotation(
      'art',
      record(3).target,
      fieldsOf(),
      'Ada',
      DEFAULT_VERDICT_SCALE,
    );
    feed.put(created);
    expect(last().annotations.map(a => a.id)).toEqual([created.id]);
    // written behind the feed's back, as another tab would: the change event brings it
    await db.annotations.put(record(1));
    await vi.waitFor(() =>
      expect(last().annotations.map(a => a.id)).toEqual(['id-00001', created.id]),
    );
    await updateAnnotation(
      created.id,
      { ...fieldsOf(created), note: 'changed' },
      DEFAULT_VERDICT_SCALE,
      'Ben',
    );
    await vi.waitFor(() =>
      expect(last().annotations.find(a => a.id === created.id)?.note).toBe('changed'),
    );
    await db.annotations.delete('id-00001');
    await vi.waitFor(() => expect(last().annotations.map(a => a.id)).toEqual([created.id]));
    feed.stop();
  });

  it('reads the article again after a bulk write, and ignores other articles', async () => {
    const { feed, last, seen } = follow();
    await vi.waitFor(() => expect(last().complete).toBe(true));
    await db.annotations.bulkPut(Array.from({ length: 50 }, (_, i) => record(i)));
    await vi.waitFor(() => expect(last().annotations).toHaveLength(50));
    await new Promise(resolve => setTimeout(resolve, 50));
    const count = seen.length;
    await db.annotations.put(record(7, 'other'));
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(seen).toHaveLength(count);
    feed.stop();
  });

  it('gives nothing more once stopped', async () => {
    const { feed, seen } = follow();
    feed.stop();
    await db.annotations.put(record(1));
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(seen).toEqual([]);
  });
});
