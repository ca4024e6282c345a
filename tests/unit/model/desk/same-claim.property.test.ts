import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimUnits } from '../../../../src/model/agreement/claim-units';
import { sameClaims, type SameClaim } from '../../../../src/model/desk/same-claim';
import type { Annotation } from '../../../../src/model/types';
import { annotationRecord, targetAt } from '../../../fixtures/records';

const REVIEWERS = ['a', 'b', 'c'].map(x => `00000000-0000-4000-8000-00000000000${x}`);

/** One annotation as the property draws it: who, where, what kind. */
interface Drawn {
  reviewer: number;
  start: number;
  length: number;
  comment: boolean;
  orphan: boolean;
  verdict: 'true' | 'false';
}

const drawn: fc.Arbitrary<Drawn> = fc.record({
  reviewer: fc.integer({ min: 0, max: 2 }),
  start: fc.integer({ min: 0, max: 60 }),
  length: fc.integer({ min: 1, max: 16 }),
  comment: fc.integer({ min: 0, max: 4 }).map(n => n === 0),
  orphan: fc.integer({ min: 0, max: 9 }).map(n => n === 0),
  verdict: fc.constantFrom('true' as const, 'false' as const),
});

function record(d: Drawn, id: string): Annotation {
  const reviewer = REVIEWERS[d.reviewer] as string;
  return annotationRecord({
    id,
    kind: d.comment ? 'comment' : 'claim',
    target: targetAt(d.start, 'x'.repeat(d.length)),
    creatorId: reviewer,
    creator: reviewer,
    verdict: d.verdict,
    assessments: [{ reviewer: { id: reviewer, name: reviewer }, verdict: d.verdict, at: '' }],
    ...(d.orphan && { anchoring: { method: 'orphan' as const } }),
  });
}

/**
 * The grouping as issue 18 states it, with nothing taken apart or kept:
 * `claimUnits` over every placed claim at once, then the annotations in the
 * order given, each claim of a unit with several members under the first of them.
 */
function naiveSameClaims(annotations: readonly Annotation[]): SameClaim[] {
  const placed = annotations.filter(a => a.kind === 'claim' && a.anchoring?.method !== 'orphan');
  const units = claimUnits(placed).filter(u => u.members.length > 1);
  const position = new Map(annotations.map((a, i) => [a.id, i]));
  const items: SameClaim[] = [];
  const done = new Set<string>();
  for (const a of annotations) {
    if (done.has(a.id)) continue;
    const unit = units.find(u => u.members.some(m => m.id === a.id));
    if (!unit) {
      items.push({
        lead: a,
        members: [a],
        assessments: a.kind === 'claim' ? (a.assessments ?? []) : [],
      });
      continue;
    }
    const members = [...unit.members].sort(
      (x, y) => (position.get(x.id) ?? 0) - (position.get(y.id) ?? 0),
    );
    for (const m of members) done.add(m.id);
    items.push({ lead: a, members, assessments: unit.assessments });
  }
  return items;
}

/** What an item is, by ids: compared across the two groupings. */
const shape = (items: readonly SameClaim[]) =>
  items.map(i => ({
    lead: i.lead.id,
    members: i.members.map(m => m.id),
    assessments: i.assessments.map(x => `${x.reviewer.id} ${x.verdict}`),
  }));

/**
 * A change between two calls: one record replaced, one saved again with
 * another verdict (its passage and creator kept, as a note or verdict
 * edited), one given to another creator (its passage kept, as an import may
 * bring it), one removed, or one added anywhere.
 */
type Change =
  | { op: 'replace'; at: number; with: Drawn }
  | { op: 'resave'; at: number; verdict: 'true' | 'false' }
  | { op: 'handover'; at: number; reviewer: number }
  | { op: 'remove'; at: number }
  | { op: 'add'; at: number; with: Drawn };

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), with: drawn }),
  fc.record({
    op: fc.constant('resave' as const),
    at: fc.nat(),
    verdict: fc.constantFrom('true' as const, 'false' as const),
  }),
  fc.record({
    op: fc.constant('handover' as const),
    at: fc.nat(),
    reviewer: fc.integer({ min: 0, max: 2 }),
  }),
  fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('add' as const), at: fc.nat(), with: drawn }),
);

/** A new record of the same annotation: its verdict and its creator's assessment given again. */
function resaved(a: Annotation, verdict: 'true' | 'false'): Annotation {
  const reviewer = { id: a.creatorId as string, name: a.creator };
  return { ...a, verdict, note: `${a.note} saved`, assessments: [{ reviewer, verdict, at: '' }] };
}

function applyChange(list: Annotation[], c: Change, fresh: () => string): Annotation[] {
  if (c.op === 'add') return list.toSpliced(c.at % (list.length + 1), 0, record(c.with, fresh()));
  if (list.length === 0) return list;
  const at = c.at % list.length;
  if (c.op === 'remove') return list.filter((_, i) => i !== at);
  if (c.op === 'resave') return list.map((a, i) => (i === at ? resaved(a, c.verdict) : a));
  if (c.op === 'handover') {
    const creatorId = REVIEWERS[c.reviewer] as string;
    return list.map((a, i) => (i === at ? { ...a, creatorId, creator: creatorId } : a));
  }
  return list.map((a, i) => (i === at ? record(c.with, a.id) : a));
}

describe('sameClaims at any size', () => {
  it('groups as claimUnits over every claim does, call after call, as records change', () => {
    fc.assert(
      fc.property(
        fc.array(drawn, { maxLength: 40 }),
        fc.array(change, { maxLength: 12 }),
        (first, changes) => {
          let n = 0;
          const fresh = () => `id-${n++}`;
          let list = first.map(d => record(d, fresh()));
          for (const c of [undefined, ...changes]) {
            if (c) list = applyChange(list, c, fresh);
            // the sidebar and the progress card group the same claims in turn
            expect(shape(sameClaims(list))).toEqual(shape(naiveSameClaims(list)));
            const claims = list.filter(a => a.kind === 'claim');
            expect(shape(sameClaims(claims))).toEqual(shape(naiveSameClaims(claims)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
