import { describe, expect, it } from 'vitest';
import { fieldsOf, readFields } from '../../../../src/model/annotation-fields';
import { annotationFieldsFor } from '../../../../src/model/claim-spotting/accept';
import type { Suggestion } from '../../../../src/model/claim-spotting/types';
import { textOffset } from '../../../../src/model/offsets';
import { DEFAULT_VERDICT_SCALE } from '../../../../src/model/verdict-scale';

const base = {
  id: 's',
  start: textOffset(0),
  end: textOffset(10),
  exact: 'x',
  score: 0.8,
  strength: 'strong',
} as const;
const claim: Suggestion = {
  ...base,
  kind: 'claim',
  reasons: ['superlative', 'institution', 'anonymous sources'],
};
const name: Suggestion = {
  ...base,
  kind: 'name',
  exact: 'Robert Hallbeck',
  reasons: ['close to “Robert Habeck” (German economy minister)'],
  correction: 'Robert Habeck',
};

describe('annotationFieldsFor', () => {
  it('makes a claim suggestion a claim with its reasons in the note', () => {
    expect(annotationFieldsFor(claim)).toEqual({
      kind: 'claim',
      note: 'Suggested by Factmark: superlative + institution + anonymous sources.',
    });
  });

  it('makes a name suggestion a correction to the suggested spelling', () => {
    expect(annotationFieldsFor(name)).toEqual({
      kind: 'correction',
      correction: 'Robert Habeck',
      note: 'Suggested by Factmark: close to “Robert Habeck” (German economy minister).',
    });
  });

  it('gives fields the annotation form accepts as they are', () => {
    for (const s of [claim, name]) {
      const result = readFields(
        { ...fieldsOf(), ...annotationFieldsFor(s) },
        DEFAULT_VERDICT_SCALE,
      );
      expect(result.ok).toBe(true);
    }
  });

  it('falls back to a claim for a name with no spelling to suggest', () => {
    expect(annotationFieldsFor({ ...name, correction: ' ' }).kind).toBe('claim');
  });

  it('writes a plain note when there are no reasons', () => {
    expect(annotationFieldsFor({ ...claim, reasons: [] }).note).toBe('Suggested by Factmark.');
  });
});
