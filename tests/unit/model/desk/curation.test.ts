import { describe, expect, it } from 'vitest';
import { claimUnits } from '../../../../src/model/agreement/claim-units';
import { curationItems } from '../../../../src/model/desk/curation';
import { decide } from '../../../../src/model/desk/decide';
import { revisionsOf, withRevision } from '../../../../src/model/desk/revision';
import type { Annotation } from '../../../../src/model/types';
import { annotationRecord, targetAt } from '../../../fixtures/records';

const ADA = { id: '00000000-0000-4000-8000-00000000000a', name: 'Ada' };
const BEN = { id: '00000000-0000-4000-8000-00000000000b', name: 'Ben' };
const AT = '2026-11-30T00:00:00.000Z';

function claim(who: typeof ADA, start: number, verdict: string, fields: Partial<Annotation> = {}) {
  return annotationRecord({
    creator: who.name,
    creatorId: who.id,
    target: targetAt(start, 'x'.repeat(10)),
    verdict,
    assessments: [{ reviewer: who, verdict, at: AT }],
    ...fields,
  });
}

describe('curationItems', () => {
  const disagree = [claim(ADA, 0, 'true'), claim(BEN, 0, 'false')];
  const agree = [claim(ADA, 20, 'false'), claim(BEN, 20, 'false')];
  const onlyAda = [claim(ADA, 40, 'mixed')];
  const conflicted = [claim(BEN, 60, 'true', { conflict: { heads: ['1-a', '1-b'] } })];
  const units = claimUnits([...disagree, ...agree, ...onlyAda, ...conflicted]);

  it('lists, in reading order, disagreements, claims only some flagged, and merge conflicts', () => {
    const { open } = curationItems(units);
    expect(open.map(i => i.reasons)).toEqual([
      ['disagree'],
      ['partly-flagged'],
      ['partly-flagged', 'conflict'],
    ]);
  });

  it('offers claims where everyone agrees for acceptance apart, with the verdict they agree on', () => {
    const { agreeing } = curationItems(units);
    expect(agreeing).toEqual([]); // both decided False already
    const undecided = claimUnits([
      claim(ADA, 20, 'false'),
      claim(BEN, 20, 'false', { verdict: undefined }),
    ]);
    expect(curationItems(undecided).agreeing.map(i => i.agreed)).toEqual(['false']);
  });
});

describe('decide', () => {
  it('sets the decision, settles the conflict and records who decided what it settles', () => {
    const before = withRevision(undefined, claim(BEN, 0, 'true', { conflict: { heads: ['x'] } }));
    const after = decide(before, 'false', ADA, [BEN.id, ADA.id], AT);
    expect(after.verdict).toBe('false');
    expect(after.conflict).toBeUndefined();
    expect(after.history.at(-1)).toEqual({
      field: 'verdict',
      from: 'true',
      to: 'false',
      by: 'Ada',
      byId: ADA.id,
      at: AT,
      settles: [ADA.id, BEN.id],
    });
    expect(revisionsOf(after)).toHaveLength(2);
  });
});

describe('a decided claim', () => {
  it('waits no more once a curator settled every assessment, and again when one changes', () => {
    const disagree = [claim(ADA, 0, 'true'), claim(BEN, 0, 'false')];
    const later = '2026-12-01T00:00:00.000Z';
    const decided = disagree.map(a => decide(a, 'mixed', ADA, [ADA.id, BEN.id], later));
    expect(curationItems(claimUnits(decided)).open).toEqual([]);
    const [first, second] = decided as [Annotation, Annotation];
    const changed = {
      ...second,
      assessments: [{ reviewer: BEN, verdict: 'mostly-false', at: '2026-12-02T00:00:00.000Z' }],
    };
    expect(curationItems(claimUnits([first, changed])).open).toHaveLength(1);
  });
});
