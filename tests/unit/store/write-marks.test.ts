import { beforeEach, describe, expect, it } from 'vitest';
import { fieldsOf } from '../../../src/model/annotation-fields';
import { textOffset } from '../../../src/model/offsets';
import type { Annotation } from '../../../src/model/types';
import { DEFAULT_VERDICT_SCALE } from '../../../src/model/verdict-scale';
import {
  createAnnotation,
  deleteAnnotation,
  updateAnnotation,
} from '../../../src/store/annotations';
import { db } from '../../../src/store/db';
import { readMarks } from '../../../src/store/stored-counterparts';

// A merge trusts the records its preview read when the write marks are the same: every way a
// record of annotations or tombstones can change must give them a new mark, or a merge would
// write over a change made after its preview.

const marksNow = () => db.transaction('r', db.writeMarks, readMarks);
const target = { start: textOffset(0), end: textOffset(5), exact: 'claim', prefix: '', suffix: '' };

async function stored(): Promise<Annotation> {
  return createAnnotation('art', target, fieldsOf(), 'Ada', DEFAULT_VERDICT_SCALE);
}

beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
});

describe('the write marks', () => {
  const writes: [string, (a: Annotation) => Promise<unknown>][] = [
    ['a new annotation', () => stored()],
    [
      'an edit',
      a => updateAnnotation(a.id, { ...fieldsOf(a), note: 'edited' }, DEFAULT_VERDICT_SCALE, 'Ada'),
    ],
    ['a deletion (record and tombstone)', a => deleteAnnotation(a.id, 'Ada')],
    ['a put', a => db.annotations.put({ ...a, note: 'put' })],
    ['a bulkPut', a => db.annotations.bulkPut([{ ...a, note: 'bulk' }])],
    ['an update of one field', a => db.annotations.update(a.id, { note: 'updated' })],
    ['a modify of a collection', () => db.annotations.toCollection().modify({ note: 'modified' })],
    ['a delete by key', a => db.annotations.delete(a.id)],
    ['a clear', () => db.annotations.clear()],
    [
      'a tombstone put',
      a => db.tombstones.put({ id: a.id, articleId: 'art', by: 'Ada', at: a.createdAt }),
    ],
    ['a tombstone clear', () => db.tombstones.clear()],
  ];

  it.each(writes)('change with %s', async (_, write) => {
    const a = await stored();
    const before = await marksNow();
    await write(a);
    expect(await marksNow()).not.toBe(before);
  });

  it('change with each transaction, however many writes it makes', async () => {
    const a = await stored();
    const seen = new Set([await marksNow()]);
    for (const note of ['one', 'two', 'three']) {
      await db.transaction('rw', db.annotations, async () => {
        await db.annotations.put({ ...a, note });
        await db.annotations.put({ ...a, note: `${note} again` });
      });
      seen.add(await marksNow());
    }
    expect(seen.size).toBe(4);
  });

  it('stay as they were after reads, writes to other tables, and a transaction that failed', async () => {
    const a = await stored();
    const before = await marksNow();
    await db.annotations.toArray();
    await db.transaction('r', db.annotations, db.tombstones, () => db.annotations.get(a.id));
    await db.settings.put({ key: 'reviewerName', value: 'Ada' });
    await db.articles.clear();
    await expect(
      db.transaction('rw', db.annotations, async () => {
        await db.annotations.put({ ...a, note: 'never kept' });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await marksNow()).toBe(before);
    expect((await db.annotations.get(a.id))?.note).toBe(a.note);
  });
});
