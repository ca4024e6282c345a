import { beforeEach, describe, expect, it } from 'vitest';
import {
  emptySource,
  fieldsOf,
  mergeFields,
  type AnnotationFields,
} from '../../../src/model/annotation-fields';
import { legacyReviewer } from '../../../src/model/desk/reviewer';
import { HISTORY_LIMIT, recordChanges } from '../../../src/model/history';
import { textOffset } from '../../../src/model/offsets';
import { DEFAULT_VERDICT_SCALE } from '../../../src/model/verdict-scale';
import { createAnnotation, updateAnnotation } from '../../../src/store/annotations';
import { db } from '../../../src/store/db';

const scale = DEFAULT_VERDICT_SCALE;
const target = { start: textOffset(0), end: textOffset(4), exact: 'Text', prefix: '', suffix: '' };
const fields = (patch: Partial<AnnotationFields> = {}): AnnotationFields => ({
  ...fieldsOf(),
  ...patch,
});
const withoutTimes = (entries: { at: string }[]) => entries.map(({ at: _at, ...rest }) => rest);
// a bare name given to the store is the reviewer derived from it, whose id is recorded beside it
const ADA = legacyReviewer('Ada').id;
const BEN = legacyReviewer('Ben').id;

beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
});

describe('recordChanges', () => {
  const at = '2026-11-25T10:00:00.000Z';

  it('records a new annotation’s first verdict, and a status other than open', () => {
    expect(
      recordChanges([], undefined, { verdict: 'false', status: 'checked' }, 'Ada', at),
    ).toEqual([
      { field: 'verdict', to: 'false', by: 'Ada', at },
      { field: 'status', from: 'open', to: 'checked', by: 'Ada', at },
    ]);
    expect(recordChanges([], undefined, { status: 'open' }, 'Ada', at)).toEqual([]);
  });

  it('records a cleared verdict without a "to"', () => {
    const before = { verdict: 'true', status: 'open' } as const;
    expect(recordChanges([], before, { status: 'open' }, 'Ben', at)).toEqual([
      { field: 'verdict', from: 'true', by: 'Ben', at },
    ]);
  });

  it('keeps only the newest entries beyond the limit', () => {
    let history = recordChanges([], undefined, { verdict: 'true', status: 'open' }, 'Ada', at);
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) {
      const [from, to] = i % 2 ? ['false', 'true'] : ['true', 'false'];
      history = recordChanges(
        history,
        { verdict: from, status: 'open' },
        { verdict: to, status: 'open' },
        'Ada',
        `${i}`,
      );
    }
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history.at(-1)?.at).toBe(`${HISTORY_LIMIT + 9}`);
  });
});

describe('saving keeps a history of verdict and status changes', () => {
  it('adds an entry per change, by the reviewer who saved, and none for other edits', async () => {
    const created = await createAnnotation(
      'art',
      target,
      fields({ verdict: 'true' }),
      'Ada',
      scale,
    );
    expect(withoutTimes(created.history)).toEqual([
      { field: 'verdict', to: 'true', by: 'Ada', byId: ADA },
    ]);

    const opened = fieldsOf(created);
    await updateAnnotation(
      created.id,
      { ...opened, note: 'Checked the census table.' },
      scale,
      'Ben',
    );
    const changed = await updateAnnotation(
      created.id,
      { ...opened, verdict: 'mostly-false', status: 'checked' },
      scale,
      'Ben',
      opened,
    );
    expect(withoutTimes(changed.history)).toEqual([
      { field: 'verdict', to: 'true', by: 'Ada', byId: ADA },
      { field: 'verdict', from: 'true', to: 'mostly-false', by: 'Ben', byId: BEN },
      { field: 'status', from: 'open', to: 'checked', by: 'Ben', byId: BEN },
    ]);
    expect(changed.history.at(-1)?.at).toBe(changed.updatedAt);
    expect(await db.annotations.get(created.id)).toEqual(changed);
  });

  it('records the verdict dropped when a claim becomes a correction', async () => {
    const created = await createAnnotation(
      'art',
      target,
      fields({ verdict: 'false' }),
      'Ada',
      scale,
    );
    const updated = await updateAnnotation(
      created.id,
      fields({ kind: 'correction', correction: 'Habeck', verdict: 'false' }),
      scale,
      'Ada',
    );
    expect(withoutTimes(updated.history).at(-1)).toEqual({
      field: 'verdict',
      from: 'false',
      by: 'Ada',
      byId: ADA,
    });
  });
});

describe('two saves of one annotation from forms opened on the same version', () => {
  it('keeps both when they changed different fields', async () => {
    const created = await createAnnotation(
      'art',
      target,
      fields({ verdict: 'true' }),
      'Ada',
      scale,
    );
    const opened = fieldsOf(created);
    // both forms opened before either saved; the saves race
    await Promise.all([
      updateAnnotation(created.id, { ...opened, note: 'From tab A' }, scale, 'Ada', opened),
      updateAnnotation(created.id, { ...opened, status: 'checked' }, scale, 'Ben', opened),
    ]);
    const stored = await db.annotations.get(created.id);
    expect(stored).toMatchObject({ note: 'From tab A', status: 'checked', verdict: 'true' });
    expect(withoutTimes(stored?.history ?? []).at(-1)).toEqual({
      field: 'status',
      from: 'open',
      to: 'checked',
      by: 'Ben',
      byId: BEN,
    });
  });

  it('lets the later save win on the same field', async () => {
    const created = await createAnnotation('art', target, fields(), 'Ada', scale);
    const opened = fieldsOf(created);
    await updateAnnotation(created.id, { ...opened, note: 'first' }, scale, 'Ada', opened);
    await updateAnnotation(created.id, { ...opened, note: 'second' }, scale, 'Ben', opened);
    expect((await db.annotations.get(created.id))?.note).toBe('second');
  });

  it('merges field by field: a source list is one field, the rest untouched', () => {
    const base = fields({ note: 'n', tags: 'a' });
    const source = { ...emptySource(), url: 'https://example.org/' };
    const mine = { ...base, sources: [source] };
    const current = { ...base, tags: 'a, b', note: 'other tab' };
    expect(mergeFields(base, mine, current)).toEqual({ ...current, sources: [source] });
  });
});

it('keeps a source’s archived copy through an edit of something else', async () => {
  const source = {
    ...emptySource(),
    url: 'https://example.org/report',
    archivedUrl: 'https://web.archive.org/web/2026/https://example.org/report',
  };
  const created = await createAnnotation(
    'art',
    target,
    fields({ sources: [source] }),
    'Ada',
    scale,
  );
  const opened = fieldsOf(created);
  const updated = await updateAnnotation(
    created.id,
    { ...opened, note: 'n' },
    scale,
    'Ada',
    opened,
  );
  expect(updated.sources).toEqual([
    { url: source.url, stance: 'supports', archivedUrl: source.archivedUrl },
  ]);
});
