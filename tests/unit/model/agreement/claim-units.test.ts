import { describe, expect, it } from 'vitest';
import { claimUnits, claimUnitsByArticle, iou } from '../../../../src/model/agreement/claim-units';
import type { Annotation } from '../../../../src/model/types';
import { annotationRecord, targetAt } from '../../../fixtures/records';

const ADA = { id: '00000000-0000-4000-8000-00000000000a', name: 'Ada' };
const BEN = { id: '00000000-0000-4000-8000-00000000000b', name: 'Ben' };
const AT = '2026-11-30T00:00:00.000Z';

/** A claim on `length` code points from `start`, made and assessed by `who`. */
function claim(who: typeof ADA, start: number, length: number, verdict?: string): Annotation {
  return annotationRecord({
    creator: who.name,
    creatorId: who.id,
    target: targetAt(start, 'x'.repeat(length)),
    assessments: verdict ? [{ reviewer: who, verdict, at: AT }] : [],
  });
}

describe('iou', () => {
  it('is the shared part over the whole span, 0 apart', () => {
    expect(iou(targetAt(0, 'abcd'), targetAt(2, 'cdef'))).toBeCloseTo(2 / 6);
    expect(iou(targetAt(0, 'ab'), targetAt(2, 'cd'))).toBe(0);
    expect(iou(targetAt(3, 'abc'), targetAt(3, 'abc'))).toBe(1);
  });
});

describe('claimUnits', () => {
  it('makes one claim of two reviewers’ annotations of one passage, with both assessments', () => {
    const units = claimUnits([claim(ADA, 10, 20, 'true'), claim(BEN, 12, 20, 'false')]);
    expect(units).toHaveLength(1);
    expect(units[0]?.assessments.map(a => a.verdict)).toEqual(['true', 'false']);
    expect(units[0]?.flaggedBy).toEqual([ADA.id, BEN.id]);
  });

  it('keeps passages that overlap too little apart', () => {
    expect(claimUnits([claim(ADA, 0, 10), claim(BEN, 6, 10)])).toHaveLength(2);
  });

  it('never puts two annotations by one reviewer in one claim', () => {
    expect(claimUnits([claim(ADA, 0, 10), claim(ADA, 0, 10)])).toHaveLength(2);
  });

  it('pairs one to one, the best overlap first', () => {
    const a1 = claim(ADA, 0, 10);
    const a2 = claim(ADA, 1, 10);
    const b = claim(BEN, 1, 10);
    const units = claimUnits([a1, a2, b]);
    expect(units).toHaveLength(2);
    const withBen = units.find(u => u.members.includes(b));
    expect(withBen?.members).toContain(a2);
  });

  it('takes an older record’s verdict as its creator’s assessment', () => {
    const old = annotationRecord({ creator: 'Ada', verdict: 'true' });
    const [unit] = claimUnits([old]);
    expect(unit?.assessments).toEqual([
      expect.objectContaining({
        verdict: 'true',
        reviewer: expect.objectContaining({ name: 'Ada' }),
      }),
    ]);
  });
});

describe('claimUnitsByArticle', () => {
  it('pairs passages only within one article, and leaves other kinds out', () => {
    const here = [claim(ADA, 0, 10, 'true'), claim(BEN, 0, 10, 'false')];
    const there = [{ ...claim(BEN, 0, 10, 'true'), articleId: 'other' }];
    const comment = { ...claim(ADA, 0, 10), kind: 'comment' as const };
    const units = claimUnitsByArticle([...here, ...there, comment]);
    expect(units.map(u => u.members.length)).toEqual([2, 1]);
    expect(units[1]?.members[0]?.articleId).toBe('other');
  });
});
