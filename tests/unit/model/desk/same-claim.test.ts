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
    const at = (id: string, who: typeof ADA, start: number, text: string) =>
      annotationRecord({ id, target: targetAt(start, text), creatorId: who.id });
    const one = at('a1', ADA, 0, 'abcdefghij');
    const again = at('a2', ADA, 1, 'bcdefghij');
    const little = at('b1', BEN, 6, 'ghijklmnop');
    const lost = { ...at('b2', BEN, 0, 'abcdefghij'), anchoring: { method: 'orphan' as const } };
    expect(idsOf(sameClaims([one, again, little, lost]))).toEqual([['a1'], ['a2'], ['b1'], ['b2']]);
  });

  it('gives an annotation alone the very item it had while it is the same record', () => {
    const [shared, other, alone, comment] = deskAnnotations();
    if (!shared || !other || !alone || !comment) throw new Error('the fixture has four');
    const first = sameClaims([shared, other, alone, comment]);
    const again = sameClaims([shared, other, alone, comment]);
    expect(again[1]).toBe(first[1]);
    expect(again[2]).toBe(first[2]);
    const saved = { ...alone, verdict: 'false', note: 'saved' };
    const after = sameClaims([shared, other, saved, comment]);
    expect(after[1]).not.toBe(first[1]);
    expect(after[1]?.lead).toBe(saved);
    expect(after[1]?.members).toEqual([saved]);
    expect(after[2]).toBe(first[2]);
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
