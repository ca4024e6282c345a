import { beforeEach, describe, expect, it } from 'vitest';
import { fieldsOf } from '../../../src/model/annotation-fields';
import type { Draft } from '../../../src/model/draft';
import { textOffset } from '../../../src/model/offsets';
import { db } from '../../../src/store/db';
import { draftKey, dropDraft, keepDraft, loadDraft } from '../../../src/store/drafts';
import { setSetting } from '../../../src/store/settings';

const draft: Draft = {
  articleId: 'a1',
  on: {
    mode: 'new',
    target: { start: textOffset(3), end: textOffset(9), exact: 'claim!', prefix: 'a ', suffix: '' },
  },
  fields: { ...fieldsOf(), note: 'Half a thought', sources: [] },
  opened: fieldsOf(),
  savedAt: '2026-12-05T23:00:00.000Z',
};

beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
});

describe('drafts of the annotation form', () => {
  it('keeps a draft and gives it back, per article', async () => {
    await keepDraft(draft);
    expect(await loadDraft('a1')).toEqual(draft);
    expect(await loadDraft('a2')).toBeNull();
  });

  it('keeps an edit’s draft by the annotation’s id', async () => {
    const edit: Draft = { ...draft, on: { mode: 'edit', id: 'x-1' } };
    await keepDraft(edit);
    expect(await loadDraft('a1')).toEqual(edit);
  });

  it('keeps the origin of a new annotation from a suggestion, and drops one that does not read', async () => {
    const on = { ...draft.on, origin: { type: 'suggestion' as const, reasons: ['superlative'] } };
    await keepDraft({ ...draft, on });
    expect((await loadDraft('a1'))?.on).toEqual(on);
    // the typed fields matter more than why it was suggested: the draft stays, without it
    await setSetting(draftKey('a1'), { ...draft, on: { ...draft.on, origin: { type: 'x' } } });
    expect(await loadDraft('a1')).toEqual(draft);
  });

  it('forgets a dropped draft', async () => {
    await keepDraft(draft);
    await dropDraft('a1');
    expect(await loadDraft('a1')).toBeNull();
  });

  it.each([
    ['not an object', 'note'],
    ['a draft of another article', { ...draft, articleId: 'a2' }],
    ['an unknown kind', { ...draft, fields: { ...draft.fields, kind: 'rumour' } }],
    [
      'a source without its stance',
      { ...draft, fields: { ...draft.fields, sources: [{ url: '' }] } },
    ],
    [
      'a target that ends before it starts',
      {
        ...draft,
        on: { mode: 'new', target: { ...(draft.on as { target: object }).target, end: 1 } },
      },
    ],
    ['an edit without its id', { ...draft, on: { mode: 'edit' } }],
  ])('ignores a stored row that is %s', async (_, value) => {
    await setSetting(draftKey('a1'), value);
    expect(await loadDraft('a1')).toBeNull();
  });
});
