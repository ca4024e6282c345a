import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportClaimReview } from '../../../src/io/claim-review';
import { checkedAt, planClaimReview } from '../../../src/model/claim-review-plan';
import { DEFAULT_VERDICT_SCALE } from '../../../src/model/verdict-scale';
import { annotatedArticle } from '../../fixtures/formats/arbitraries';
import { sampleExportInput } from '../../fixtures/formats/sample-annotations';
import { annotationRecord } from '../../fixtures/records';

describe('planClaimReview', () => {
  it('counts the reviews the export writes, Unverifiable included', async () => {
    const { article, annotations } = await sampleExportInput();
    const { json } = exportClaimReview(article, annotations, DEFAULT_VERDICT_SCALE, {
      reviewerName: 'Mika',
    });
    const exported = (JSON.parse(json) as unknown[]).length;
    const plan = planClaimReview(annotations, DEFAULT_VERDICT_SCALE, { checkedOnly: true });
    expect(plan.reviews).toHaveLength(exported);
    expect(plan.reviews.map(r => r.verdict.id)).toEqual(['unverifiable', 'mostly-true']);
  });

  it('is what the export writes and skips, for any annotations, either way', () => {
    fc.assert(
      fc.property(annotatedArticle, fc.boolean(), ({ article, annotations }, checkedOnly) => {
        const plan = planClaimReview(annotations, DEFAULT_VERDICT_SCALE, { checkedOnly });
        const out = exportClaimReview(article, annotations, DEFAULT_VERDICT_SCALE, {
          reviewerName: 'Mika',
          checkedOnly,
        });
        expect((JSON.parse(out.json) as unknown[]).length).toBe(plan.reviews.length);
        expect(out.exported).toBe(plan.reviews.length);
        expect(out.skipped).toEqual(plan.skipped);
      }),
      { numRuns: 200 },
    );
  });

  it('skips open claims only when asked, with the reason', () => {
    const open = annotationRecord({ verdict: 'false' });
    const none = annotationRecord({ status: 'checked' });
    const checked = planClaimReview([open, none], DEFAULT_VERDICT_SCALE, { checkedOnly: true });
    expect(checked.reviews).toEqual([]);
    expect(checked.skipped.map(s => [s.id, s.reason])).toEqual([
      [open.id, 'still open: mark it checked to publish it'],
      [none.id, 'no verdict yet'],
    ]);
    const all = planClaimReview([open, none], DEFAULT_VERDICT_SCALE, { checkedOnly: false });
    expect(all.reviews.map(r => r.annotation.id)).toEqual([open.id]);
  });
});

describe('checkedAt', () => {
  it('is the last time the status became checked, not the last edit', () => {
    const a = annotationRecord({
      status: 'checked',
      updatedAt: '2026-12-03T08:00:00.000Z',
      history: [
        { field: 'status', from: 'open', to: 'checked', by: 'Ada', at: '2026-12-01T10:00:00.000Z' },
        { field: 'status', from: 'checked', to: 'open', by: 'Ada', at: '2026-12-01T11:00:00.000Z' },
        { field: 'status', from: 'open', to: 'checked', by: 'Ada', at: '2026-12-02T09:00:00.000Z' },
        { field: 'verdict', to: 'false', by: 'Ada', at: '2026-12-02T09:30:00.000Z' },
      ],
    });
    expect(checkedAt(a)).toBe('2026-12-02T09:00:00.000Z');
  });

  it('falls back on the last change when the history does not say', () => {
    const a = annotationRecord({ status: 'checked', updatedAt: '2026-12-03T08:00:00.000Z' });
    expect(checkedAt(a)).toBe('2026-12-03T08:00:00.000Z');
  });
});
