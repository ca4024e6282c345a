import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setAssessment, type Assessment } from '../../../../src/model/desk/assessment';
import {
  draftMerge,
  planMerge,
  settleMerge,
  type MergePlan,
} from '../../../../src/model/desk/merge-plan';
import { revisionsOf, withRevision } from '../../../../src/model/desk/revision';
import type { Tombstone } from '../../../../src/model/tombstone';
import type { Annotation } from '../../../../src/model/types';
import { annotationRecord } from '../../../fixtures/records';

const RUNS = { numRuns: 300 };
const NOW = '2026-12-01T00:00:00.000Z';
const REVIEWERS = ['a', 'b', 'c'].map(x => ({
  id: `00000000-0000-4000-8000-00000000000${x}`,
  name: x.toUpperCase(),
}));
const VERDICTS = ['true', 'false', 'mixed', 'unverifiable'];

/** One reviewer's action on one machine's copy of an annotation. */
type Edit =
  | { op: 'note'; text: string }
  | { op: 'tag'; tag: string }
  | { op: 'source'; url: string }
  | { op: 'assess'; reviewer: number; verdict: string; minute: number }
  | { op: 'decide'; verdict: string }
  | { op: 'delete' };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('note' as const), text: fc.string({ maxLength: 6 }) }),
  fc.record({ op: fc.constant('tag' as const), tag: fc.constantFrom('x', 'y', 'z') }),
  fc.record({
    op: fc.constant('source' as const),
    url: fc.constantFrom('https://a.example/', 'https://b.example/'),
  }),
  fc.record({
    op: fc.constant('assess' as const),
    reviewer: fc.integer({ min: 0, max: 2 }),
    verdict: fc.constantFrom(...VERDICTS),
    minute: fc.integer({ min: 0, max: 59 }),
  }),
  fc.record({ op: fc.constant('decide' as const), verdict: fc.constantFrom(...VERDICTS) }),
  fc.constant({ op: 'delete' as const }),
);

interface Replica {
  annotations: Map<string, Annotation>;
  tombstones: Map<string, Tombstone>;
}

function apply(replica: Replica, id: string, e: Edit): void {
  const a = replica.annotations.get(id);
  if (!a) return;
  if (e.op === 'delete') {
    replica.annotations.delete(id);
    replica.tombstones.set(id, {
      id,
      articleId: a.articleId,
      by: 'X',
      at: NOW,
      revs: [...revisionsOf(a)],
    });
    return;
  }
  const next: Partial<Annotation> =
    e.op === 'note'
      ? { note: e.text }
      : e.op === 'tag'
        ? { tags: a.tags.includes(e.tag) ? a.tags : [...a.tags, e.tag] }
        : e.op === 'source'
          ? {
              sources: [
                ...a.sources.filter(s => s.url !== e.url),
                { url: e.url, stance: 'context' },
              ],
            }
          : e.op === 'decide'
            ? { verdict: e.verdict }
            : {
                assessments: setAssessment(a.assessments ?? [], {
                  reviewer: REVIEWERS[e.reviewer % REVIEWERS.length] as (typeof REVIEWERS)[number],
                  verdict: e.verdict,
                  at: `2026-11-30T10:${String(e.minute).padStart(2, '0')}:00.000Z`,
                }),
              };
  replica.annotations.set(id, withRevision(a, { ...a, ...next }));
}

/** What merging `from` into `into` is planned from. */
const mergeInputs = (into: Replica, from: Replica, newId = () => 'never') => ({
  theirs: [...from.annotations.values()],
  theirTombstones: [...from.tombstones.values()],
  here: into.annotations,
  hereTombstones: into.tombstones,
  articles: new Set(['art']),
  now: NOW,
  newId,
});

/** Merges `from`'s annotations and tombstones into `into`, as the import does; returns the plan. */
function merge(into: Replica, from: Replica): MergePlan {
  const plan = planMerge(mergeInputs(into, from));
  for (const id of plan.remove) into.annotations.delete(id);
  for (const id of plan.unbury) into.tombstones.delete(id);
  for (const t of plan.bury) into.tombstones.set(t.id, t);
  for (const a of plan.put) into.annotations.set(a.id, a);
  return plan;
}

const copy = (r: Replica): Replica => ({
  annotations: new Map(r.annotations),
  tombstones: new Map(r.tombstones),
});

type Scenario = { n: number; mine: [number, Edit][]; theirs: [number, Edit][] };

/** A shared starting point of `n` annotations, and two machines' edits of them. */
const scenario: fc.Arbitrary<Scenario> = fc.record({
  n: fc.integer({ min: 1, max: 4 }),
  mine: fc.array(fc.tuple(fc.nat(3), edit), { maxLength: 8 }),
  theirs: fc.array(fc.tuple(fc.nat(3), edit), { maxLength: 8 }),
});

function replicas({ n, mine, theirs }: Scenario) {
  const base: Replica = { annotations: new Map(), tombstones: new Map() };
  for (let i = 0; i < n; i++) {
    const a = withRevision(undefined, annotationRecord({ id: `id-${i}`, articleId: 'art' }));
    base.annotations.set(a.id, a);
  }
  const here = copy(base);
  const there = copy(base);
  for (const [i, e] of mine) apply(here, `id-${i % n}`, e);
  for (const [i, e] of theirs) apply(there, `id-${i % n}`, e);
  return { here, there };
}

const assessmentsIn = (r: Replica) =>
  new Map([...r.annotations.values()].map(a => [a.id, a.assessments ?? []]));

/** The latest assessment of each reviewer across both copies. */
function latestOf(...lists: (readonly Assessment[])[]): Map<string, string> {
  const out = new Map<string, Assessment>();
  for (const x of lists.flat()) {
    const had = out.get(x.reviewer.id);
    if (!had || Date.parse(x.at) >= Date.parse(had.at)) out.set(x.reviewer.id, x);
  }
  return new Map([...out].map(([k, v]) => [k, v.at]));
}

describe('the three-way merge', () => {
  it('is commutative on assessments: both orders give every annotation the same ones', () => {
    fc.assert(
      fc.property(scenario, s => {
        const { here, there } = replicas(s);
        const ab = copy(here);
        merge(ab, there);
        const ba = copy(there);
        merge(ba, here);
        for (const [id, list] of assessmentsIn(ab)) {
          const other = ba.annotations.get(id);
          if (other) expect(other.assessments ?? []).toEqual(list);
        }
      }),
      RUNS,
    );
  });

  it('is idempotent: merging the same file again plans nothing', () => {
    fc.assert(
      fc.property(scenario, s => {
        const { here, there } = replicas(s);
        merge(here, there);
        const again = merge(here, there);
        expect(again.put).toEqual([]);
        expect(again.remove).toEqual([]);
        expect(again.bury).toEqual([]);
      }),
      RUNS,
    );
  });

  it('drops no annotation, assessment or tombstone', () => {
    fc.assert(
      fc.property(scenario, s => {
        const { here, there } = replicas(s);
        const merged = copy(here);
        merge(merged, there);
        const ids = new Set([
          ...here.annotations.keys(),
          ...there.annotations.keys(),
          ...here.tombstones.keys(),
          ...there.tombstones.keys(),
        ]);
        for (const id of ids)
          expect(merged.annotations.has(id) || merged.tombstones.has(id)).toBe(true);
        for (const [id, a] of merged.annotations) {
          const want = latestOf(
            here.annotations.get(id)?.assessments ?? [],
            there.annotations.get(id)?.assessments ?? [],
          );
          const got = new Map((a.assessments ?? []).map(x => [x.reviewer.id, x.at]));
          for (const [reviewer, at] of want) expect(got.get(reviewer)).toBe(at);
        }
      }),
      RUNS,
    );
  });

  it('plans the same when drafted for a preview and settled a few at a time', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 3 }), (s, step) => {
        const { here, there } = replicas(s);
        const inputs = () => {
          let n = 0;
          return mergeInputs(here, there, () => `new-${n++}`);
        };
        // what a preview shows of each item: its category, whose copy, its passage
        const shown = (plan: MergePlan) =>
          plan.items.map(i => [i.category, i.side, (i.result ?? i.here)?.target]);
        const draft = draftMerge(inputs());
        const preview = shown(draft.plan);
        while (!settleMerge(draft, step));
        expect(shown(draft.plan)).toEqual(preview);
        expect(draft.plan).toEqual(planMerge(inputs()));
        // every diverged annotation merged, and stored in the items' order
        for (const item of draft.plan.items)
          if (item.category === 'conflicting') expect(item.result).toBeDefined();
        expect(draft.plan.put).toEqual(draft.plan.items.flatMap(i => (i.result ? [i.result] : [])));
      }),
      RUNS,
    );
  });

  it('never sets a decision: a merged copy keeps the decision here, a taken one its own', () => {
    fc.assert(
      fc.property(scenario, s => {
        const { here, there } = replicas(s);
        const plan = merge(copy(here), there);
        for (const item of plan.items) {
          if (item.category === 'conflicting' && item.here)
            expect(item.result?.verdict).toBe(item.here.verdict);
          if (item.result && item.category !== 'conflicting')
            expect(item.result.verdict).toBe(there.annotations.get(item.id)?.verdict);
        }
      }),
      RUNS,
    );
  });
});
