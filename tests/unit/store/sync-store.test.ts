import type { DBCore, DBCoreMutateRequest, DBCoreTable } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleArticle } from '../../../src/io/sample-article';
import type { Annotation, Article } from '../../../src/model/types';
import { DEFAULT_VERDICT_SCALE, type VerdictScale } from '../../../src/model/verdict-scale';
import { AnnotationFeed, type FeedSnapshot } from '../../../src/store/annotation-feed';
import { addArticle } from '../../../src/store/articles';
import { db } from '../../../src/store/db';
import { applySynced, type SyncedRecords } from '../../../src/store/sync-store';
import { saveVerdictScale } from '../../../src/store/verdict-scale-store';
import { annotationRecord, targetAt } from '../../fixtures/records';

let article: Article;
const record = (id: string, fields: Partial<Annotation> = {}): Annotation =>
  annotationRecord({ id, articleId: article.id, target: targetAt(0, 'Habeck'), ...fields });

/** Checked records as the sync hands them over: none decided, none seen before. */
const checked = (annotations: Annotation[], seen = new Map<string, Annotation>()) =>
  ({
    annotations,
    tombstones: [],
    undecided: new Set(annotations.map(a => a.id)),
    seen: id => seen.get(id),
  }) satisfies SyncedRecords;

// the default scale without its middle verdicts
const SCALE: VerdictScale = [DEFAULT_VERDICT_SCALE[0], DEFAULT_VERDICT_SCALE.at(-1)].filter(
  v => v !== undefined,
);

const FUZZY = {
  method: 'fuzzy',
  confidence: 0.9,
  confirmed: true,
  previousExact: 'Habek',
} as const;

beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
  article = await sampleArticle('Habeck said the plant will close in May.');
  await addArticle(article);
});

describe('applySynced', () => {
  it('checks the records against the scale stored now and stores what the check passed', async () => {
    await saveVerdictScale(SCALE);
    const asked: VerdictScale[] = [];
    const result = await applySynced(article.id, {
      ids: ['a', 'b'],
      check: scale => {
        asked.push(scale);
        return checked([record('a', { note: 'from the desk' })]);
      },
    });
    expect(result).toEqual({ skipped: [] });
    expect(asked).toEqual([SCALE]);
    expect((await db.annotations.get('a'))?.note).toBe('from the desk');
    expect(await db.annotations.get('b')).toBeUndefined();
  });

  it('reads the article for a check that asks for it, in the same transaction', async () => {
    let read: Article | undefined;
    await applySynced(article.id, {
      ids: ['a'],
      check: async (scale, stored) => {
        expect(scale).toEqual(DEFAULT_VERDICT_SCALE);
        read = await stored();
        return checked([record('a')]);
      },
    });
    expect(read?.text).toBe(article.text);
    expect(await db.annotations.get('a')).toBeDefined();
  });

  it('stores nothing once the article is deleted, and asks for no check', async () => {
    await db.articles.delete(article.id);
    let asked = false;
    const result = await applySynced(article.id, {
      ids: ['a'],
      check: () => ((asked = true), checked([record('a')])),
    });
    expect(result).toBeNull();
    expect(asked).toBe(false);
    expect(await db.annotations.count()).toBe(0);
  });

  it('stores nothing when the check says so', async () => {
    const result = await applySynced(article.id, { ids: ['a'], check: () => null });
    expect(result).toBeNull();
    expect(await db.annotations.count()).toBe(0);
  });

  it('merges with the stored record it read with the scale, and leaves one changed here since', async () => {
    const mine = record('a', { note: 'mine', anchoring: FUZZY });
    const changedHere = record('b', { note: 'changed here' });
    await db.annotations.bulkPut([mine, changedHere]);
    const seen = new Map([
      ['a', mine],
      ['b', { ...changedHere, note: 'as the sync saw it' }],
    ]);
    const result = await applySynced(article.id, {
      ids: ['a', 'b'],
      check: () =>
        checked([record('a', { note: 'theirs' }), record('b', { note: 'theirs too' })], seen),
    });
    expect(result).toEqual({ skipped: ['b'] });
    const a = await db.annotations.get('a');
    expect(a?.note).toBe('theirs');
    // the local anchoring and revision chain stay
    expect(a?.anchoring).toEqual(FUZZY);
    expect((await db.annotations.get('b'))?.note).toBe('changed here');
  });

  it('leaves out a record whose id was not read with the others', async () => {
    const result = await applySynced(article.id, {
      ids: ['a'],
      check: () => checked([record('a'), record('stray')]),
    });
    expect(result).toEqual({ skipped: [] });
    expect(await db.annotations.get('a')).toBeDefined();
    expect(await db.annotations.get('stray')).toBeUndefined();
  });

  describe('when the write fails', () => {
    const FAIL_PUTS = 'fail annotation puts';
    afterEach(async () => {
      db.unuse({ stack: 'dbcore', name: FAIL_PUTS });
      db.close({ disableAutoOpen: false });
      await db.open();
    });

    /** Fails the annotation puts for which `fails` says so, as a full disk would. */
    async function failPuts(fails: () => boolean) {
      db.use({
        stack: 'dbcore',
        name: FAIL_PUTS,
        create: (down: DBCore): DBCore => ({
          ...down,
          table: (name: string): DBCoreTable => {
            const table = down.table(name);
            if (name !== 'annotations') return table;
            const mutate = (req: DBCoreMutateRequest) =>
              req.type === 'put' && fails()
                ? Promise.reject(new Error('injected: the disk is full'))
                : table.mutate(req);
            return { ...table, mutate };
          },
        }),
      });
      db.close({ disableAutoOpen: false });
      await db.open();
    }

    it('takes back what it showed while writing, and stores nothing', async () => {
      const here = record('a', { note: 'here' });
      await db.annotations.put(here);
      const seen: FeedSnapshot[] = [];
      const feed = new AnnotationFeed(article.id, snapshot => seen.push(snapshot));
      feed.start();
      await vi.waitFor(() => expect(seen.at(-1)?.complete).toBe(true));
      await failPuts(() => true);
      const notes = () => (seen.at(-1)?.annotations ?? []).map(a => `${a.id}: ${a.note}`);
      const shown: string[][] = [];
      const result = applySynced(article.id, {
        ids: ['a', 'b'],
        check: () => ({
          ...checked(
            [record('a', { note: 'from the desk' }), record('b', { note: 'new' })],
            new Map([['a', here]]),
          ),
          stored: () => queueMicrotask(() => shown.push(notes())),
        }),
      });
      await expect(result).rejects.toThrow('the disk is full');
      // shown while it was written, then taken back
      expect(shown.at(-1)).toEqual(['a: from the desk', 'b: new']);
      expect(notes()).toEqual(['a: here']);
      expect(await db.annotations.toArray()).toEqual([here]);
      feed.stop();
    });

    it('stores none of a first sync written in several requests when a later one fails', async () => {
      let puts = 0;
      await failPuts(() => ++puts === 2);
      // more than one request holds: a first sync's thousands
      const many = Array.from({ length: 2500 }, (_, i) => record(`r${i}`));
      const result = applySynced(article.id, {
        ids: many.map(a => a.id),
        check: () => checked(many),
      });
      await expect(result).rejects.toThrow('the disk is full');
      expect(puts).toBe(2); // the first request was written, inside the transaction
      expect(await db.annotations.count()).toBe(0);
    });
  });
});
