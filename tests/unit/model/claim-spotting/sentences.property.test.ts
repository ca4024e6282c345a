import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normOf } from '../../../../src/model/claim-spotting/sentences';

describe('normOf', () => {
  it('lower-cases and straightens curly apostrophes, as a replace over every word did', () => {
    const word = fc.string({ unit: fc.constantFrom('A', 'b', 'É', '’', '‘', "'", ' ', 'İ') });
    fc.assert(
      fc.property(word, w => {
        expect(normOf(w)).toBe(w.toLowerCase().replace(/[’‘]/g, "'"));
      }),
      { numRuns: 2000 },
    );
  });
});
