import { describe, expect, it } from 'vitest';
import { ratedClaimCounts } from '../../../src/model/claim-counts';
import { DEFAULT_VERDICT_SCALE } from '../../../src/model/verdict-scale';
import { annotationRecord } from '../../fixtures/records';

describe('ratedClaimCounts', () => {
  it('counts the claims whose verdict has a rating, and the other claims as skipped', () => {
    const annotations = [
      annotationRecord({ verdict: 'false' }),
      annotationRecord({ verdict: 'unverifiable' }), // on the scale, without a rating
      annotationRecord({}),
      annotationRecord({ kind: 'comment' }),
    ];
    expect(ratedClaimCounts(annotations, DEFAULT_VERDICT_SCALE)).toEqual({ rated: 1, skipped: 2 });
  });
});
