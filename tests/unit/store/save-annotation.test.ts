import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fieldsOf } from '../../../src/model/annotation-fields';
import { textOffset } from '../../../src/model/offsets';
import { DEFAULT_VERDICT_SCALE } from '../../../src/model/verdict-scale';
import { db } from '../../../src/store/db';
import { saveAnnotation } from '../../../src/store/save-annotation';

const target = {
  start: textOffset(0),
  end: textOffset(5),
  exact: 'Claim',
  prefix: '',
  suffix: ' made',
};
const context = { articleId: 'art', scale: DEFAULT_VERDICT_SCALE, reviewer: 'Ada' };

beforeEach(async () => {
  await db.annotations.clear();
});

describe('saveAnnotation', () => {
  it('gives the errors of bad fields, keyed by field, and writes nothing', async () => {
    const fields = { ...fieldsOf(), kind: 'correction' as const, correction: ' ' };
    const saved = await saveAnnotation({ mode: 'new', target }, fields, fields, context);
    expect(saved).toEqual({ ok: false, errors: { correction: expect.any(String) } });
    expect(await db.annotations.count()).toBe(0);
  });

  it('stores a new annotation, marking it while it is written, then an edit of it', async () => {
    const mark = vi.fn();
    const fields = { ...fieldsOf(), note: 'first' };
    const created = await saveAnnotation({ mode: 'new', target }, fields, fields, {
      ...context,
      mark,
    });
    if (!created.ok) throw new Error('not saved');
    expect(mark).toHaveBeenCalledExactlyOnceWith(created.annotation.id);
    const edited = { ...fields, note: 'second' };
    const saved = await saveAnnotation(
      { mode: 'edit', id: created.annotation.id },
      edited,
      fields,
      context,
    );
    expect(saved).toMatchObject({ ok: true, annotation: { note: 'second' } });
    expect(await db.annotations.toArray()).toMatchObject([{ note: 'second', creator: 'Ada' }]);
  });

  it('unmarks a new annotation whose write failed, and throws what the write threw', async () => {
    const mark = vi.fn();
    vi.spyOn(db.annotations, 'add').mockRejectedValueOnce(new Error('disk on fire'));
    await expect(
      saveAnnotation({ mode: 'new', target }, fieldsOf(), fieldsOf(), { ...context, mark }),
    ).rejects.toThrow('disk on fire');
    expect(mark.mock.calls.at(-1)).toEqual([null]);
  });
});
