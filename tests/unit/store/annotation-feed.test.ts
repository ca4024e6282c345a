import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fieldsOf } from '../../../src/model/annotation-fields';
import { textOffset } from '../../../src/model/offsets';
import type { Annotation } from '../../../src/model/types';
import { DEFAULT_VERDICT_SCALE } from '../../../src/model/verdict-scale';
import { byReadingOrder } from '../../../src/model/reading-order';
import { AnnotationFeed, type FeedSnapshot } from '../../../src/store/annotation-feed';
import {
  confirmAnchoring,
  createAnnotation,
  deleteAnnotation,
  reattachAnnotation,
  restoreAnnotation,
  updateAnnotation,
} from '../../../src/store/annotations';
import { db } from '../../../src/store/db';
import { annotationRecord, targetAt } from '../../fixtures/records';

const record = (i: number, articleId = 'art'): Annotation =>
  annotationRecord({
    id: `${articleId === 'art' ? 'id' : articleId}-${String(i).padStart(5, '0')}`,
    articleId,
    target: targetAt(i * 10, 'text'),
    note: `note ${i}`,
  });

/** A claim of Ada's on "art", stored through the store as the editor stores it. */
const createClaim = () =>
  createAnnotation('art', record(3).target, fieldsOf(), 'Ada', DEFAULT_VERDICT_SCALE);

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
    const created = await createClaim();
    // the store showed it: no change event has been read yet
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

  it('reads all in slices of the text, each given as it arrives', async () => {
    // 2,500 records, 1,200 of them at one offset: one slice holds more than the others
    const sameStart = (i: number) => {
      const r = record(i);
      return { ...r, target: { ...r.target, start: textOffset(500), end: textOffset(504 + i) } };
    };
    await db.annotations.bulkAdd(
      Array.from({ length: 2500 }, (_, i) => (i >= 40 && i < 1240 ? sameStart(i) : record(i))),
    );
    const pages: number[] = [];
    const bulks: boolean[] = [];
    let feed: AnnotationFeed | undefined;
    const done = new Promise<FeedSnapshot>(resolve => {
      feed = new AnnotationFeed(
        'art',
        (snapshot, bulk) => {
          bulks.push(bulk);
          if (snapshot.complete) resolve(snapshot);
        },
        page => pages.push(page.length),
      );
      feed.start();
    });
    const all = await done;
    feed?.stop();
    // the first page is drawn at once; the whole article when the view has time
    expect(bulks).toEqual([false, true]);
    expect(pages.reduce((a, b) => a + b, 0)).toBe(2500);
    expect(pages.length).toBeGreaterThan(2);
    expect(new Set(all.annotations.map(a => a.id)).size).toBe(2500);
    expect(all.annotations).toEqual([...all.annotations].sort(byReadingOrder));
  });

  it('moves a changed record within its order instead of sorting again, and removes one', async () => {
    await db.annotations.bulkAdd(Array.from({ length: 5 }, (_, i) => record(i)));
    const { feed, last } = follow();
    await vi.waitFor(() => expect(last().complete).toBe(true));
    const moved = { ...record(0), target: { ...record(0).target, start: textOffset(35) } };
    feed.put(moved);
    expect(last().annotations.map(a => a.id)).toEqual([
      'id-00001',
      'id-00002',
      'id-00003',
      'id-00000',
      'id-00004',
    ]);
    feed.remove('id-00002');
    expect(last().annotations.map(a => a.id)).toEqual([
      'id-00001',
      'id-00003',
      'id-00000',
      'id-00004',
    ]);
    feed.stop();
  });

  it('takes a sync’s thousands of records in one change, in reading order', async () => {
    await db.annotations.bulkAdd(Array.from({ length: 5 }, (_, i) => record(i)));
    const { feed, seen, last } = follow();
    await vi.waitFor(() => expect(last().complete).toBe(true));
    const before = seen.length;
    const many = Array.from({ length: 2000 }, (_, i) => record(2004 - i));
    const moved = { ...record(1), target: { ...record(1).target, start: textOffset(99_999) } };
    feed.written([...many, moved, record(7, 'other')], ['id-00003', 'id-09999']);
    expect(seen).toHaveLength(before + 1);
    const ids = last().annotations.map(a => a.id);
    expect(ids).toHaveLength(2005 - 1); // 2,000 new, 5 here, one removed; the other article's left out
    expect(ids).not.toContain('id-00003');
    expect(ids.at(-1)).toBe('id-00001');
    expect(last().annotations).toEqual([...last().annotations].sort(byReadingOrder));
    feed.stop();
  });

  it('prepares and draws again only what differs from what this tab wrote and showed', async () => {
    const seen: FeedSnapshot[] = [];
    const prepared: string[] = [];
    const feed = new AnnotationFeed(
      'art',
      s => seen.push(s),
      slice => prepared.push(...slice.map(a => a.id)),
    );
    feed.start();
    await vi.waitFor(() => expect(seen.at(-1)?.complete).toBe(true));
    const many = Array.from({ length: 1500 }, (_, i) => record(i));
    // as a sync shows what it writes, while it writes it; one record differs from what was shown
    const writing = db.annotations.bulkPut(
      many.map((a, i) => (i === 7 ? { ...a, note: 'as stored' } : a)),
    );
    feed.written(many, []);
    await writing;
    const shown = seen.length;
    // over a thousand changed keys: the feed reads the whole article again
    await vi.waitFor(() => expect(seen.at(-1)?.annotations[7]?.note).toBe('as stored'));
    expect(seen).toHaveLength(shown + 1);
    expect(prepared).toEqual(['id-00007']);
    const now = seen.at(-1)?.annotations ?? [];
    expect(now.filter((a, i) => a === many[i])).toHaveLength(1499);
    feed.stop();
  });

  it('keeps the very records it holds when another write makes it read the article again', async () => {
    await db.annotations.bulkAdd(Array.from({ length: 1200 }, (_, i) => record(i)));
    const { feed, last } = follow();
    await vi.waitFor(() => expect(last().complete).toBe(true));
    const held = new Map(last().annotations.map(a => [a.id, a]));
    // over a thousand records written elsewhere (another tab): one of them changed
    const copies = Array.from({ length: 1200 }, (_, i) =>
      i === 5 ? { ...record(i), note: 'changed elsewhere' } : record(i),
    );
    await db.annotations.bulkPut(copies);
    await vi.waitFor(() => expect(last().annotations[5]?.note).toBe('changed elsewhere'));
    const now = last().annotations;
    expect(now.filter(a => a === held.get(a.id))).toHaveLength(1199);
    expect(now[5]).not.toBe(held.get(now[5]?.id ?? ''));
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

describe('a write of this tab through the store', () => {
  // each is read right after the write returns: no change event has been read yet
  it('shows in the article’s feed at once, whichever function wrote it', async () => {
    await db.annotations.bulkAdd([
      {
        ...record(1),
        anchoring: { method: 'fuzzy', confidence: 0.9, confirmed: false, previousExact: 'test' },
      },
      { ...record(2), anchoring: { method: 'orphan' } },
    ]);
    const { feed, last } = follow();
    await vi.waitFor(() => expect(last().complete).toBe(true));
    const byId = (id: string) => last().annotations.find(a => a.id === id);

    const created = await createClaim();
    expect(byId(created.id)).toEqual(created);

    await updateAnnotation(
      created.id,
      { ...fieldsOf(created), note: 'changed' },
      DEFAULT_VERDICT_SCALE,
      'Ada',
    );
    expect(byId(created.id)?.note).toBe('changed');

    await confirmAnchoring('id-00001');
    expect(byId('id-00001')?.anchoring).toMatchObject({ method: 'fuzzy', confirmed: true });

    await reattachAnnotation('id-00002', record(5).target);
    expect(byId('id-00002')).toMatchObject({
      target: record(5).target,
      anchoring: { method: 'position' },
    });

    const gone = await deleteAnnotation(created.id, 'Ada');
    expect(byId(created.id)).toBeUndefined();
    await restoreAnnotation(gone as Annotation);
    expect(byId(created.id)).toEqual(gone);
    feed.stop();
  });

  it('is taken back from the feed when the write fails', async () => {
    const { feed, last, seen } = follow();
    await vi.waitFor(() => expect(last().complete).toBe(true));
    vi.spyOn(db.annotations, 'add').mockRejectedValueOnce(new Error('disk on fire'));
    await expect(createClaim()).rejects.toThrow('disk on fire');
    // shown while the write ran, then taken back
    expect(seen.some(s => s.annotations.length === 1)).toBe(true);
    expect(last().annotations).toEqual([]);
    feed.stop();
  });
});
