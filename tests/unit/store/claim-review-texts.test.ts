import { beforeEach, describe, expect, it } from 'vitest';
import {
  claimReviewTextsKey,
  keepClaimReviewTexts,
  loadClaimReviewTexts,
  parseClaimReviewTexts,
} from '../../../src/store/claim-review-texts';
import { db } from '../../../src/store/db';
import { setSetting } from '../../../src/store/settings';

beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
});

describe('the wording of an article’s reviews', () => {
  it('is kept per article and read back', async () => {
    await keepClaimReviewTexts('a', { x: { claimReviewed: 'As stated', explanation: 'Because.' } });
    expect(await loadClaimReviewTexts('a')).toEqual({
      x: { claimReviewed: 'As stated', explanation: 'Because.' },
    });
    expect(await loadClaimReviewTexts('b')).toEqual({});
  });

  it('yields what of a malformed stored value is well-formed, never a throw', async () => {
    await setSetting(claimReviewTextsKey('a'), {
      x: { claimReviewed: 5, explanation: 'ok' },
      y: 1,
    });
    expect(await loadClaimReviewTexts('a')).toEqual({ x: { explanation: 'ok' } });
    expect(parseClaimReviewTexts(['x'])).toEqual({});
    expect(parseClaimReviewTexts(null)).toEqual({});
  });
});
