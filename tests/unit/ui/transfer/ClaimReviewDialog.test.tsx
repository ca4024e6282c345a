// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportClaimReview } from '../../../../src/io/claim-review';
import { DEFAULT_VERDICT_SCALE } from '../../../../src/model/verdict-scale';
import { ClaimReviewDialog } from '../../../../src/ui/transfer/ClaimReviewDialog';
import type { ClaimReviewChoice } from '../../../../src/ui/transfer/claim-review-choice';
import { annotationRecord, targetAt } from '../../../fixtures/records';

afterEach(cleanup);

const annotations = [
  annotationRecord({ id: 'u', verdict: 'unverifiable', status: 'checked', note: 'One. Two.' }),
  annotationRecord({ id: 'f', verdict: 'false', target: targetAt(10, 'open claim') }),
  annotationRecord({ id: 'n', target: targetAt(20, 'no verdict'), status: 'checked' }),
  annotationRecord({ id: 'c', kind: 'comment', target: targetAt(30, 'a comment') }),
];

function open() {
  const onExport = vi.fn<(choice: ClaimReviewChoice) => void>();
  render(
    <ClaimReviewDialog
      annotations={annotations}
      scale={DEFAULT_VERDICT_SCALE}
      defaultAuthor="Ada"
      keptTexts={{}}
      onExport={onExport}
      onCancel={vi.fn()}
    />,
  );
  return onExport;
}

const exportedBy = (choice: ClaimReviewChoice) =>
  exportClaimReview(
    { id: 'art', title: 'T' } as Parameters<typeof exportClaimReview>[0],
    annotations,
    DEFAULT_VERDICT_SCALE,
    { reviewerName: choice.author, checkedOnly: choice.checkedOnly, texts: choice.texts },
  );

describe('ClaimReviewDialog', () => {
  it('counts what it exports, only checked claims by default, and lists the skipped', () => {
    const onExport = open();
    expect(screen.getByText(/will be exported/).textContent).toBe(
      '1 claim will be exported, one review each. 2 claims skipped (listed below).',
    );
    const skipped = screen.getByRole('region', { name: 'Skipped' }).textContent;
    expect(skipped).toContain('“open claim”: still open: mark it checked to publish it');
    expect(skipped).toContain('“no verdict”: no verdict yet');
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    const choice = onExport.mock.calls[0]?.[0];
    if (!choice) throw new Error('nothing exported');
    expect(choice.checkedOnly).toBe(true);
    expect(exportedBy(choice).exported).toBe(1);
  });

  it('exports the open claims too when asked, and counts them', () => {
    const onExport = open();
    fireEvent.click(screen.getByRole('checkbox', { name: /Only checked claims/ }));
    expect(screen.getByText(/will be exported/).textContent).toBe(
      '2 claims will be exported, one review each. 1 claim skipped (listed below).',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    const choice = onExport.mock.calls[0]?.[0];
    if (!choice) throw new Error('nothing exported');
    expect(exportedBy(choice).exported).toBe(2);
  });

  it('lets the reviewer state the claim and explain the rating, from the quote and the whole note', () => {
    const onExport = open();
    const claim = screen.getByLabelText('Claim reviewed') as HTMLTextAreaElement;
    const explanation = screen.getByLabelText('Rating explanation') as HTMLTextAreaElement;
    expect([claim.value, explanation.value]).toEqual(['text', 'One. Two.']);
    fireEvent.change(claim, { target: { value: 'The ministry got its first such request' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    const choice = onExport.mock.calls[0]?.[0];
    if (!choice) throw new Error('nothing exported');
    const [review] = JSON.parse(exportedBy(choice).json) as {
      claimReviewed: string;
      reviewRating: { ratingExplanation: string };
    }[];
    expect(review?.claimReviewed).toBe('The ministry got its first such request');
    expect(review?.reviewRating.ratingExplanation).toBe('One. Two.');
  });
});
