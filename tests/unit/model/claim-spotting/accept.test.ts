import { describe, expect, it } from 'vitest';
import { fieldsOf, readFields } from '../../../../src/model/annotation-fields';
import { annotationFieldsFor, suggestionOrigin } from '../../../../src/model/claim-spotting/accept';
import type { Suggestion } from '../../../../src/model/claim-spotting/types';
import { textOffset } from '../../../../src/model/offsets';
import { ORIGIN_REASONS_MAX } from '../../../../src/model/origin';
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
  it('makes a claim suggestion a claim, its note left to the reviewer', () => {
    expect(annotationFieldsFor(claim)).toEqual({ kind: 'claim' });
  });

  it('makes a name suggestion a correction to the suggested spelling', () => {
    expect(annotationFieldsFor(name)).toEqual({ kind: 'correction', correction: 'Robert Habeck' });
  });

  it('never pastes the reasons into the note, which goes into the editor’s report', () => {
    for (const s of [claim, name]) expect(annotationFieldsFor(s).note ?? '').toBe('');
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
});

describe('suggestionOrigin', () => {
  it('keeps the spotter’s reasons as the annotation’s origin', () => {
    expect(suggestionOrigin(claim)).toEqual({
      type: 'suggestion',
      reasons: ['superlative', 'institution', 'anonymous sources'],
    });
  });

  it('holds the reasons to what a record may keep', () => {
    const many = suggestionOrigin({ reasons: [' ', ...Array(30).fill('y'.repeat(2000))] });
    expect(many.reasons).toHaveLength(ORIGIN_REASONS_MAX);
    expect(many.reasons.every(r => r.length === 1000)).toBe(true);
  });
});
