import { describe, expect, it } from 'vitest';
import { reviewProgress, stepThrough } from '../../../src/model/review-progress';
import type { Annotation } from '../../../src/model/types';
import { DEFAULT_VERDICT_SCALE } from '../../../src/model/verdict-scale';
import { annotationRecord, targetAt } from '../../fixtures/records';
import { deskAnnotations } from '../../fixtures/same-claim';

// each its own claim: annotations with one id are one claim (issue 18, point 4)
let ids = 0;
const annotation = (over: Partial<Annotation>): Annotation =>
  annotationRecord({
    id: `x${++ids}`,
    articleId: 'a',
    target: targetAt(0, 'x'),
    creator: 'Mika',
    ...over,
  });

describe('reviewProgress', () => {
  it('counts claims, checked claims and verdicts in the scale’s order; other kinds do not count', () => {
    const progress = reviewProgress(
      [
        annotation({ verdict: 'false', status: 'checked' }),
        annotation({ verdict: 'true' }),
        annotation({ verdict: 'false' }),
        annotation({}),
        annotation({ verdict: 'retired-verdict' }),
        annotation({ kind: 'correction', status: 'checked' }),
        annotation({ kind: 'comment' }),
      ],
      DEFAULT_VERDICT_SCALE,
    );
    expect(progress.claims).toBe(5);
    expect(progress.checked).toBe(1);
    expect(progress.unrated).toBe(2);
    const counts = Object.fromEntries(progress.byVerdict.map(v => [v.verdict.id, v.count]));
    expect(counts).toEqual({
      true: 1,
      'mostly-true': 0,
      mixed: 0,
      misleading: 0,
      'mostly-false': 0,
      false: 2,
      unverifiable: 0,
    });
    expect(progress.byVerdict.map(v => v.verdict.id)).toEqual(DEFAULT_VERDICT_SCALE.map(v => v.id));
  });

  it('counts as checked only claims whose status is checked; a verdict is its own figure', () => {
    const scale = DEFAULT_VERDICT_SCALE.map(v =>
      v.id === 'unverifiable' ? { ...v, countsAsChecked: false } : v,
    );
    const all = [
      annotation({ verdict: 'true' }),
      annotation({ verdict: 'false', status: 'checked' }),
      annotation({ verdict: 'unverifiable' }),
      annotation({ status: 'checked' }),
      annotation({}),
    ];
    const progress = reviewProgress(all, scale);
    expect([progress.claims, progress.checked, progress.withVerdict]).toEqual([5, 2, 2]);
  });

  it('counts a claim annotated by two reviewers once, without a verdict while their decisions differ', () => {
    const progress = reviewProgress(deskAnnotations(), DEFAULT_VERDICT_SCALE);
    expect([progress.claims, progress.checked, progress.withVerdict, progress.unrated]).toEqual([
      2, 1, 1, 1,
    ]);
    const agreed = deskAnnotations().map(a =>
      a.id === 'ben-shared' ? { ...a, verdict: 'false' } : a,
    );
    const counts = reviewProgress(agreed, DEFAULT_VERDICT_SCALE).byVerdict.filter(v => v.count);
    expect(counts.map(v => [v.verdict.id, v.count])).toEqual([
      ['mostly-true', 1],
      ['false', 1],
    ]);
  });

  it('is all zero with no annotations', () => {
    const progress = reviewProgress([], DEFAULT_VERDICT_SCALE);
    expect([progress.claims, progress.checked, progress.withVerdict, progress.unrated]).toEqual([
      0, 0, 0, 0,
    ]);
  });
});

describe('stepThrough', () => {
  const ordered = [
    { id: 'a', start: 10 },
    { id: 'b', start: 50 },
    { id: 'c', start: 90 },
  ];

  it('steps from the current one, and stops at either end', () => {
    expect(stepThrough(ordered, 'a', 0, 1)?.id).toBe('b');
    expect(stepThrough(ordered, 'b', 0, -1)?.id).toBe('a');
    expect(stepThrough(ordered, 'c', 0, 1)).toBeUndefined();
    expect(stepThrough(ordered, 'a', 0, -1)).toBeUndefined();
  });

  it('with no current one, starts from the caret', () => {
    expect(stepThrough(ordered, null, 50, 1)?.id).toBe('b');
    expect(stepThrough(ordered, null, 51, 1)?.id).toBe('c');
    expect(stepThrough(ordered, null, 50, -1)?.id).toBe('a');
    expect(stepThrough(ordered, null, 95, 1)).toBeUndefined();
    expect(stepThrough(ordered, null, 5, -1)).toBeUndefined();
  });

  it('starts from the caret when the current one is not among them (filtered out)', () => {
    expect(stepThrough(ordered, 'gone', 60, 1)?.id).toBe('c');
  });
});
