import { describe, expect, it } from 'vitest';
import { annotationLabel } from '../../../src/model/labels';
import { DEFAULT_VERDICT_SCALE } from '../../../src/model/verdict-scale';

describe('annotationLabel', () => {
  it.each([
    [{ kind: 'claim', verdict: 'false' }, 'Claim · False'],
    [{ kind: 'claim' }, 'Claim · no verdict yet'],
    [{ kind: 'claim', verdict: 'gone-from-the-scale' }, 'Claim · no verdict yet'],
    [{ kind: 'correction', correction: 'Robert Habeck' }, 'Correction → Robert Habeck'],
    [{ kind: 'comment' }, 'Comment'],
  ] as const)('names %o as %s', (a, label) => {
    expect(annotationLabel(a, DEFAULT_VERDICT_SCALE)).toBe(label);
  });
});
