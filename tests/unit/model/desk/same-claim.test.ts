import { describe, expect, it } from 'vitest';
import { decisionOf, isChecked, sameClaims } from '../../../../src/model/desk/same-claim';
import { annotationRecord, targetAt } from '../../../fixtures/records';
import { ADA, BEN, deskAnnotations } from '../../../fixtures/same-claim';

const idsOf = (items: ReturnType<typeof sameClaims>) => items.map(i => i.members.map(m => m.id));

describe('sameClaims', () => {
  it('makes the annotations of one passage by different reviewers one claim, in the order given', () => {
    const items = sameClaims(deskAnnotations());
    expect(idsOf(items)).toEqual([['ada-shared', 'ben-shared'], ['ada-alone'], ['ben-comment']]);
    expect(items[0]?.assessments.map(x => [x.reviewer.id, x.verdict])).toEqual([
      [ADA.id, 'false'],
      [BEN.id, 'true'],
    ]);
  });

  it('leads a claim by whichever of its annotations comes first', () => {
    const [ada, ben, ...rest] = deskAnnotations();
    if (!ada || !ben) throw new Error('the fixture has both');
    expect(idsOf(sameClaims([ben, ...rest, ada]))[0]).toEqual(['ben-shared', 'ada-shared']);
  });

  it('keeps apart the passages of one reviewer, overlaps below one half, and orphans', () => {
    const one = annotationRecord({
      id: 'a1',
      target: targetAt(0, 'abcdefghij'),
      creatorId: ADA.id,
    });
    const again = annotationRecord({
      id: 'a2',
      target: targetAt(1, 'bcdefghij'),
      creatorId: ADA.id,
    });
    const little = annotationRecord({
      id: 'b1',
      target: targetAt(6, 'ghijklmnop'),
      creatorId: BEN.id,
    });
    const lost = annotationRecord({
      id: 'b2',
      target: targetAt(0, 'abcdefghij'),
      creatorId: BEN.id,
      anchoring: { method: 'orphan' },
    });
    expect(idsOf(sameClaims([one, again, little, lost]))).toEqual([['a1'], ['a2'], ['b1'], ['b2']]);
  });
});

describe('decisionOf and isChecked', () => {
  it('give a claim the verdict all its annotations hold, and checked only when all are', () => {
    const [shared, alone] = sameClaims(deskAnnotations());
    if (!shared || !alone) throw new Error('two claims');
    expect(decisionOf(shared)).toBeUndefined();
    expect(isChecked(shared)).toBe(true);
    expect(decisionOf(alone)).toBe('mostly-true');
    expect(isChecked(alone)).toBe(false);
    const agreed = sameClaims(deskAnnotations().map(a => ({ ...a, verdict: 'false' })))[0];
    expect(agreed && decisionOf(agreed)).toBe('false');
  });
});
