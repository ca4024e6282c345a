import { beforeEach, describe, expect, it } from 'vitest';
import { emptySource, fieldsOf, type AnnotationFields } from '../../../src/model/annotation-fields';
import { textOffset } from '../../../src/model/offsets';
import type { Target } from '../../../src/model/types';
import { DEFAULT_VERDICT_SCALE } from '../../../src/model/verdict-scale';
import {
  InvalidAnnotationError,
  createAnnotation,
  deleteAnnotation,
  listAnnotations,
  restoreAnnotation,
  updateAnnotation,
} from '../../../src/store/annotations';
import { db } from '../../../src/store/db';

const scale = DEFAULT_VERDICT_SCALE;
const target = (start: number, end: number, exact = 'x'.repeat(end - start)): Target => ({
  start: textOffset(start),
  end: textOffset(end),
  exact,
  prefix: '',
  suffix: '',
});
const fields = (patch: Partial<AnnotationFields> = {}): AnnotationFields => ({
  ...fieldsOf(),
  ...patch,
});

beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
});

describe('the annotation store', () => {
  it('lists an article’s annotations in reading order, enclosing ones first', async () => {
    await createAnnotation('art', target(50, 60), fields(), 'Ada', scale);
    await createAnnotation('art', target(10, 20), fields(), 'Ada', scale);
    await createAnnotation('art', target(10, 40), fields(), 'Ada', scale);
    await createAnnotation('other', target(0, 5), fields(), 'Ada', scale);
    const listed = await listAnnotations('art');
    expect(listed.map(a => [a.target.start, a.target.end])).toEqual([
      [10, 40],
      [10, 20],
      [50, 60],
    ]);
  });

  it('stores the target, the creator and timestamps of a new annotation', async () => {
    const created = await createAnnotation(
      'art',
      target(3, 8, 'claim'),
      fields({ verdict: 'false', note: ' Wrong. ', tags: 'a, b, a' }),
      'Ada',
      scale,
    );
    const stored = await db.annotations.get(created.id);
    expect(stored).toEqual(created);
    expect(stored).toMatchObject({
      kind: 'claim',
      verdict: 'false',
      note: 'Wrong.',
      tags: ['a', 'b'],
      creator: 'Ada',
    });
    expect(stored?.createdAt).toBe(stored?.updatedAt);
    expect(Date.parse(stored?.createdAt ?? '')).not.toBeNaN();
  });

  it('refuses a source that is not http(s) and stores nothing', async () => {
    const bad = fields({ sources: [{ ...emptySource(), url: 'javascript:alert(1)' }] });
    await expect(createAnnotation('art', target(0, 4), bad, 'Ada', scale)).rejects.toBeInstanceOf(
      InvalidAnnotationError,
    );
    expect(await db.annotations.count()).toBe(0);
  });

  it('drops the verdict when a claim becomes a correction', async () => {
    const created = await createAnnotation(
      'art',
      target(0, 4),
      fields({ verdict: 'true' }),
      'Ada',
      scale,
    );
    const updated = await updateAnnotation(
      created.id,
      fields({ kind: 'correction', verdict: 'true', correction: 'Habeck' }),
      scale,
      'Ada',
    );
    expect(updated.verdict).toBeUndefined();
    expect(updated.correction).toBe('Habeck');
    expect(updated.createdAt).toBe(created.createdAt);
    expect(await db.annotations.get(created.id)).toEqual(updated);
  });

  it('restores a deleted annotation exactly as it was', async () => {
    const created = await createAnnotation(
      'art',
      target(0, 4),
      fields({ note: 'n' }),
      'Ada',
      scale,
    );
    const gone = await deleteAnnotation(created.id, 'Ada');
    expect(await db.annotations.count()).toBe(0);
    await restoreAnnotation(gone ?? created);
    expect(await db.annotations.get(created.id)).toEqual(created);
  });

  it('refuses to update an annotation deleted in the meantime', async () => {
    await expect(updateAnnotation('missing', fields(), scale, 'Ada')).rejects.toThrow(/deleted/);
  });
});
