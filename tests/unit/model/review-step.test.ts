import { describe, expect, it } from 'vitest';
import { textOffset } from '../../../src/model/offsets';
import { reviewStep } from '../../../src/model/review-step';
import { DEFAULT_VERDICT_SCALE } from '../../../src/model/verdict-scale';
import { annotationRecord, targetAt } from '../../fixtures/records';

const listed = [
  annotationRecord({ id: 'a', target: targetAt(0, 'Inflation rose'), verdict: 'false' }),
  annotationRecord({ id: 'b', target: targetAt(20, 'the minister'), status: 'checked' }),
  annotationRecord({ id: 'c', target: targetAt(40, 'Robert Hallbeck'), kind: 'comment' }),
];
const step = (direction: 1 | -1, currentId: string | null, onlyOpen = false, caret = 0) =>
  reviewStep(listed, {
    direction,
    onlyOpen,
    currentId,
    caret: textOffset(caret),
    scale: DEFAULT_VERDICT_SCALE,
  });

describe('reviewStep', () => {
  it('moves to the next annotation and says where the reviewer is', () => {
    expect(step(1, 'a')).toEqual({
      to: listed[1],
      message: '2 of 3: Claim · no verdict yet. “the minister”',
    });
  });

  it('goes from the caret when no annotation is active', () => {
    expect(step(1, null, false, 25).to?.id).toBe('c');
    expect(step(-1, null, false, 25).to?.id).toBe('b');
  });

  it('counts only open annotations with Shift', () => {
    expect(step(1, 'a', true)).toMatchObject({ to: { id: 'c' }, message: /^2 of 2: Comment/ });
  });

  it('says why it did not move, at either end or with nothing to step through', () => {
    expect(step(1, 'c')).toEqual({ message: 'No more annotations after this one.' });
    expect(step(-1, 'a', true)).toEqual({ message: 'No open annotations before this one.' });
    expect(
      reviewStep([], {
        direction: 1,
        onlyOpen: false,
        currentId: null,
        caret: textOffset(0),
        scale: DEFAULT_VERDICT_SCALE,
      }),
    ).toEqual({ message: 'No annotations.' });
  });
});
