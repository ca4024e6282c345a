import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../../src/model/claim-spotting/edit-distance';

/** Optimal string alignment distance, the whole table, no shortcuts: the reference. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

// a small alphabet, so that shared ends, swaps and repeats are common
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 9 });

describe('editDistance', () => {
  it('is the optimal string alignment distance, capped at max + 1', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(Math.min(osa(a, b), max + 1));
      }),
      { numRuns: 5000 },
    );
  });

  it('counts a swap of neighbours as one edit, and shared ends as none', () => {
    expect(editDistance('habeck', 'haebck', 2)).toBe(1);
    expect(editDistance('robert habeck', 'robert hallbeck', 2)).toBe(2);
    expect(editDistance('guterres', 'guterrez', 2)).toBe(1);
    expect(editDistance('scholz', 'schulte', 2)).toBe(3);
  });
});
