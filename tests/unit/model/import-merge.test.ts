import { describe, expect, it } from 'vitest';
import {
  clampAnnotationTimes,
  decideMerge,
  type MergeAction,
  type MergeInput,
} from '../../../src/model/import-merge';
import { textOffset } from '../../../src/model/offsets';
import type { Annotation } from '../../../src/model/types';

const NOW = '2026-11-25T12:00:00.000Z';
const EARLY = '2026-11-01T00:00:00.000Z';
const LATE = '2026-11-20T00:00:00.000Z';
const FUTURE = '2099-01-01T00:00:00.000Z';

const note = (articleId: string, updatedAt: string, text = 'n'): Annotation => ({
  id: 'x',
  articleId,
  kind: 'comment',
  target: { start: textOffset(0), end: textOffset(1), exact: 'a', prefix: '', suffix: '' },
  note: text,
  sources: [],
  tags: [],
  status: 'open',
  creator: 'Ada',
  createdAt: EARLY,
  updatedAt,
  history: [],
});
const grave = (articleId: string, at: string) => ({ id: 'x', articleId, by: 'Ada', at });

const cases: [string, Omit<MergeInput, 'articles' | 'now'>, MergeAction][] = [
  ['nothing here: add', { theirs: note('A', EARLY), here: undefined, tombstone: undefined }, 'add'],
  [
    'the file’s copy is later: take it',
    { theirs: note('A', LATE, 'new'), here: note('A', EARLY), tombstone: undefined },
    'take-theirs',
  ],
  [
    'the same record: unchanged',
    { theirs: note('A', EARLY), here: note('A', EARLY), tombstone: undefined },
    'unchanged',
  ],
  [
    'the same record on the version it moves from: unchanged',
    { theirs: note('A', EARLY), here: note('OLD', EARLY), tombstone: undefined },
    'unchanged',
  ],
  [
    'the copy here is later: keep it',
    { theirs: note('A', EARLY, 'old'), here: note('A', LATE), tombstone: undefined },
    { keep: 'newer-here' },
  ],
  [
    'a tie with other content: keep the copy here',
    { theirs: note('A', EARLY, 'other'), here: note('A', EARLY), tombstone: undefined },
    { keep: 'newer-here' },
  ],
  [
    'dated in the future: keep the copy here',
    { theirs: note('A', FUTURE, 'file'), here: note('A', LATE), tombstone: undefined },
    { keep: 'future-dated' },
  ],
  [
    'an id of another article’s annotation: new id',
    { theirs: note('A', LATE), here: note('B', EARLY), tombstone: undefined },
    'new-id',
  ],
  [
    'even when that one is later: new id',
    { theirs: note('A', EARLY), here: note('B', LATE), tombstone: undefined },
    'new-id',
  ],
  [
    'an id deleted from another article: new id',
    { theirs: note('A', EARLY), here: undefined, tombstone: grave('B', LATE) },
    'new-id',
  ],
  [
    'deleted here after the file’s copy: stays deleted',
    { theirs: note('A', EARLY), here: undefined, tombstone: grave('A', LATE) },
    'deleted-here',
  ],
  [
    'changed after the deletion: back',
    { theirs: note('A', LATE), here: undefined, tombstone: grave('A', EARLY) },
    'add',
  ],
  [
    'changed “after” the deletion by a future date: stays deleted',
    { theirs: note('A', FUTURE), here: undefined, tombstone: grave('A', EARLY) },
    'deleted-here',
  ],
];

describe('decideMerge', () => {
  it.each(cases)('%s', (_, input, expected) => {
    expect(decideMerge({ ...input, articles: new Set(['A', 'OLD']), now: NOW })).toEqual(expected);
  });
});

describe('clampAnnotationTimes', () => {
  it('sets every time after the import to the import’s', () => {
    const a = {
      ...note('A', FUTURE),
      createdAt: FUTURE,
      history: [
        { field: 'status' as const, to: 'checked', by: 'Ada', at: EARLY },
        { field: 'status' as const, from: 'checked', by: 'Ada', at: FUTURE },
      ],
    };
    expect(clampAnnotationTimes(a, NOW)).toMatchObject({
      createdAt: NOW,
      updatedAt: NOW,
      history: [{ at: EARLY }, { at: NOW }],
    });
  });

  it('returns the same record when no time is later than the import, offsets and all', () => {
    const a = { ...note('A', '2026-11-25T20:59:00+09:00') };
    expect(clampAnnotationTimes(a, NOW)).toBe(a);
  });
});
