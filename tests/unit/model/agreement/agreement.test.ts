import { describe, expect, it } from 'vitest';
import { agreement, MIN_PAIRED_FOR_ALPHA } from '../../../../src/model/agreement/agreement';
import type { ClaimUnit } from '../../../../src/model/agreement/claim-units';
import { DEFAULT_VERDICT_SCALE } from '../../../../src/model/verdict-scale';

const ADA = { id: 'a', name: 'Ada' };
const BEN = { id: 'b', name: 'Ben' };
const AT = '2026-11-30T00:00:00.000Z';

/** A claim unit with Ada's and Ben's verdicts (undefined: that reviewer did not assess it). */
function unit(ada?: string, ben?: string, flagged = [ada && 'a', ben && 'b']): ClaimUnit {
  const assessments = [
    ...(ada ? [{ reviewer: ADA, verdict: ada, at: AT }] : []),
    ...(ben ? [{ reviewer: BEN, verdict: ben, at: AT }] : []),
  ];
  return { members: [], assessments, flaggedBy: flagged.filter((x): x is string => !!x) };
}

describe('agreement', () => {
  it('counts paired claims, percent agreement and each pair’s confusion', () => {
    const report = agreement(
      [unit('true', 'true'), unit('true', 'false'), unit('false', 'false'), unit('true')],
      DEFAULT_VERDICT_SCALE,
    );
    expect(report.claims).toBe(4);
    expect(report.paired).toBe(3);
    expect(report.percentAgreement).toBeCloseTo(2 / 3);
    const [pair] = report.pairs;
    const t = report.verdicts.indexOf('true');
    const f = report.verdicts.indexOf('false');
    expect(pair?.counts[t]?.[t]).toBe(1);
    expect(pair?.counts[t]?.[f]).toBe(1);
    expect(pair?.counts[f]?.[f]).toBe(1);
    expect(pair?.paired).toBe(3);
  });

  it('measures whether the same passages were flagged (F1), apart from verdicts', () => {
    const report = agreement(
      [unit('true', 'false'), unit('true'), unit(undefined, 'false'), unit('mixed', 'mixed')],
      DEFAULT_VERDICT_SCALE,
    );
    expect(report.pairs[0]).toMatchObject({ bothFlagged: 2, flaggedA: 3, flaggedB: 3 });
    expect(report.pairs[0]?.f1).toBeCloseTo(4 / 6);
  });

  it('leaves verdicts off the ordinal scale out of ordinal α but not nominal α', () => {
    const units = [
      unit('true', 'true'),
      unit('false', 'false'),
      unit('unverifiable', 'false'),
      unit('mixed', 'mixed'),
    ];
    const report = agreement(units, DEFAULT_VERDICT_SCALE);
    expect(report.ordinalAlpha).toBe(1);
    expect(report.nominalAlpha).toBeLessThan(1);
  });

  it('ranks near misses above far ones on the ordinal scale', () => {
    const base = [unit('true', 'true'), unit('false', 'false'), unit('mixed', 'mixed')];
    const near = agreement([...base, unit('true', 'mostly-true')], DEFAULT_VERDICT_SCALE);
    const far = agreement([...base, unit('true', 'false')], DEFAULT_VERDICT_SCALE);
    expect(near.ordinalAlpha).toBeGreaterThan(far.ordinalAlpha as number);
  });

  it(`says there are too few paired claims below ${MIN_PAIRED_FOR_ALPHA}`, () => {
    const few = Array.from({ length: MIN_PAIRED_FOR_ALPHA - 1 }, () => unit('true', 'false'));
    expect(agreement(few, DEFAULT_VERDICT_SCALE).enough).toBe(false);
    expect(agreement([...few, unit('true', 'true')], DEFAULT_VERDICT_SCALE).enough).toBe(true);
  });

  it('lists a verdict that is not on the scale after the scale’s', () => {
    const report = agreement([unit('lacks-evidence', 'true')], DEFAULT_VERDICT_SCALE);
    expect(report.verdicts.at(-1)).toBe('lacks-evidence');
  });
});
