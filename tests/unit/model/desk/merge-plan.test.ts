import { describe, expect, it } from 'vitest';
import { setAssessment } from '../../../../src/model/desk/assessment';
import { countPlan, planMerge, type MergeInputs } from '../../../../src/model/desk/merge-plan';
import { headOf, revisionsOf, withRevision } from '../../../../src/model/desk/revision';
import type { Tombstone } from '../../../../src/model/tombstone';
import type { Annotation } from '../../../../src/model/types';
import { annotationRecord } from '../../../fixtures/records';

const NOW = '2026-12-01T00:00:00.000Z';
const ADA = { id: '00000000-0000-4000-8000-00000000000a', name: 'Ada' };
const BEN = { id: '00000000-0000-4000-8000-00000000000b', name: 'Ben' };

/** A new stored annotation with its first revision. */
const created = (fields: Partial<Annotation> = {}) =>
  withRevision(undefined, annotationRecord({ articleId: 'art', ...fields }));
/** An edit of `a`, with its revision. */
const edited = (a: Annotation, fields: Partial<Annotation>) => withRevision(a, { ...a, ...fields });

function inputs(
  here: readonly Annotation[],
  theirs: readonly Annotation[],
  extra: Partial<MergeInputs> = {},
): MergeInputs {
  let n = 0;
  return {
    theirs,
    theirTombstones: [],
    here: new Map(here.map(a => [a.id, a])),
    hereTombstones: new Map(),
    articles: new Set(['art']),
    now: NOW,
    newId: () => `new-${n++}`,
    ...extra,
  };
}

const tombstoneOf = (a: Annotation, by = 'Ben'): Tombstone => ({
  id: a.id,
  articleId: a.articleId,
  by,
  at: '2026-11-30T00:00:00.000Z',
  revs: [...revisionsOf(a)],
});

describe('planMerge', () => {
  it('adds what only the file has, and leaves alone what both hold alike', () => {
    const a = created();
    const b = created();
    const plan = planMerge(inputs([a], [a, b]));
    expect(countPlan(plan)).toMatchObject({ added: 1, unchanged: 1 });
    expect(plan.put).toEqual([b]);
  });

  it('takes the file’s copy when its chain holds the head here (fast-forward)', () => {
    const a = created({ note: 'first' });
    const later = edited(a, { note: 'second' });
    const plan = planMerge(inputs([a], [later]));
    expect(plan.items[0]).toMatchObject({ category: 'fast-forward', side: 'theirs' });
    expect(plan.put).toEqual([later]);
  });

  it('keeps the copy here when its chain holds the file’s head, whatever the file’s times say', () => {
    const a = created({ note: 'first' });
    const later = edited(a, { note: 'second' });
    const plan = planMerge(inputs([later], [{ ...a, updatedAt: '2026-11-30T23:00:00.000Z' }]));
    expect(plan.items[0]).toMatchObject({ category: 'fast-forward', side: 'here' });
    expect(plan.put).toEqual([]);
  });

  it('merges diverged copies without loss and leaves the decision as it is here', () => {
    const base = created({ verdict: 'true', tags: ['budget'] });
    const mine = edited(base, {
      verdict: 'false',
      note: 'Mine.',
      tags: ['budget', 'tax'],
      sources: [{ url: 'https://a.example/', stance: 'refutes' }],
      assessments: setAssessment([], { reviewer: ADA, verdict: 'false', at: NOW }),
    });
    const theirs = edited(base, {
      verdict: 'mostly-true',
      note: 'Theirs.',
      tags: ['budget', 'jobs'],
      sources: [
        { url: 'https://a.example/', stance: 'refutes', title: 'A' },
        { url: 'https://b.example/', stance: 'supports' },
      ],
      assessments: setAssessment([], { reviewer: BEN, verdict: 'mostly-true', at: NOW }),
    });
    const plan = planMerge(inputs([mine], [theirs]));
    expect(plan.items[0]?.category).toBe('conflicting');
    const merged = plan.put[0] as Annotation;
    expect(merged.verdict).toBe('false');
    expect(merged.note).toContain('Mine.');
    expect(merged.note).toContain('Theirs.');
    expect([...merged.tags].sort()).toEqual(['budget', 'jobs', 'tax']);
    expect(merged.sources.map(s => s.url)).toEqual(['https://a.example/', 'https://b.example/']);
    expect(merged.sources[0]?.title).toBe('A');
    expect(merged.assessments?.map(a => a.reviewer.name)).toEqual(['Ada', 'Ben']);
    expect(merged.conflict?.decisions).toEqual(['false', 'mostly-true']);
    expect(merged.revs).toContain(headOf(revisionsOf(theirs)));
    expect(merged.revs).toContain(headOf(revisionsOf(mine)));
  });

  it('plans nothing to write when the same file is merged again', () => {
    const base = created();
    const mine = edited(base, { note: 'Mine.' });
    const theirs = edited(base, { note: 'Theirs.' });
    const other = created();
    const first = planMerge(inputs([mine], [theirs, other]));
    const second = planMerge(inputs(first.put, [theirs, other]));
    expect(second.put).toEqual([]);
    expect(countPlan(second)).toMatchObject({ unchanged: 1, 'fast-forward': 1 });
  });

  it('takes the file’s deletion of what is unchanged here, and leaves a tombstone', () => {
    const a = created();
    const plan = planMerge({ ...inputs([a], []), theirTombstones: [tombstoneOf(a)] });
    expect(plan.items[0]).toMatchObject({ category: 'deleted', side: 'theirs' });
    expect(plan.remove).toEqual([a.id]);
    expect(plan.bury.map(t => t.id)).toEqual([a.id]);
  });

  it('makes a deletion of what was edited here since a conflict, keeping the edit', () => {
    const a = created();
    const mine = edited(a, { note: 'Edited after.' });
    const plan = planMerge({ ...inputs([mine], []), theirTombstones: [tombstoneOf(a)] });
    expect(plan.items[0]?.category).toBe('conflicting');
    expect(plan.remove).toEqual([]);
    expect(plan.put[0]?.note).toBe('Edited after.');
    expect(plan.put[0]?.conflict?.deleted?.by).toBe('Ben');
  });

  it('does not bring back what was deleted here from an older copy, however it is dated', () => {
    const a = created();
    const plan = planMerge({
      ...inputs([], [{ ...a, updatedAt: '2026-11-30T12:00:00.000Z' }]),
      hereTombstones: new Map([[a.id, tombstoneOf(a, 'Ada')]]),
    });
    expect(plan.items[0]).toMatchObject({ category: 'deleted', side: 'here' });
    expect(plan.put).toEqual([]);
  });

  it('brings back, as a conflict, a copy changed after it was deleted here', () => {
    const a = created();
    const theirs = edited(a, { note: 'Kept working on it.' });
    const plan = planMerge({
      ...inputs([], [theirs]),
      hereTombstones: new Map([[a.id, tombstoneOf(a, 'Ada')]]),
    });
    expect(plan.items[0]?.category).toBe('conflicting');
    expect(plan.put[0]?.conflict?.deleted?.by).toBe('Ada');
    expect(plan.unbury).toEqual([a.id]);
  });

  it('never merges into another article’s annotation: the file’s copy gets a new id', () => {
    const mine = created({ articleId: 'other' });
    const theirs = { ...mine, articleId: 'art', note: 'hijack' };
    const plan = planMerge(inputs([mine], [theirs]));
    expect(plan.items[0]).toMatchObject({ category: 'added', reassigned: true });
    expect(plan.put[0]?.id).toBe('new-0');
  });

  it('stores no time after the merge', () => {
    const a = created({ updatedAt: '2099-01-01T00:00:00.000Z' });
    const plan = planMerge(inputs([], [a]));
    expect(plan.put[0]?.updatedAt).toBe(NOW);
  });
});
