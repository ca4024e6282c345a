// Two notes merged: both kept, side by side, unless one holds the other already.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sideBySide } from '../../../../src/model/desk/merge-diverged';

describe('two notes side by side', () => {
  it('puts two different notes one after the other', () => {
    expect(sideBySide('Ada checked.', 'Ben found it.')).toBe('Ada checked.\n\nBen found it.');
  });

  it('keeps the note that holds the other: whole, or with words put into it', () => {
    expect(sideBySide('From the file. Ada.', 'From the file.')).toBe('From the file. Ada.');
    // the desk's merge of two offline copies leaves it so (found by article-sync.test.ts ›
    // "…once, the page started again": Ada's sentence came twice)
    const merged = 'Cleo’s note. Ben: a second source. Ada: the ministry confirmed.';
    const adas = 'Cleo’s note. Ada: the ministry confirmed.';
    expect(sideBySide(merged, adas)).toBe(merged);
    expect(sideBySide(adas, merged)).toBe(merged);
  });

  it('keeps both where neither holds the other, a word changed', () => {
    expect(sideBySide('The plant closes in May.', 'The plant closes in June.')).toBe(
      'The plant closes in May.\n\nThe plant closes in June.',
    );
  });

  it('keeps both notes’ words, and merging again changes nothing', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (a, b, c) => {
        const merged = sideBySide(a, b);
        // each note is in the merge whole, or the merge is the other note with words put in
        for (const note of [a, b])
          expect(merged.includes(note) || merged === a || merged === b).toBe(true);
        expect(sideBySide(merged, a)).toBe(merged);
        expect(sideBySide(merged, b)).toBe(merged);
        // a note with words put into it holds the note
        const grown = `${a}${c}${b}`;
        expect(sideBySide(grown, `${a}${b}`)).toBe(grown);
      }),
      { numRuns: 2000 },
    );
  });
});
