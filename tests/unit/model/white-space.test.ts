import { describe, expect, it } from 'vitest';
import { collapseWhiteSpace, shorten } from '../../../src/model/white-space';

describe('collapseWhiteSpace', () => {
  it('turns each run of white space into one space and trims the ends', () => {
    expect(collapseWhiteSpace('  a\n\tb   c \u00a0')).toBe('a b c');
    expect(collapseWhiteSpace(' \n ')).toBe('');
  });
});

describe('shorten', () => {
  it('keeps a short quote whole, on one line', () => {
    expect(shorten('The minister\nsaid so.', 40)).toBe('The minister said so.');
  });

  it('cuts a long quote at a word boundary and marks the cut', () => {
    const quote = 'Inflation rose to 3.3 percent in June, the statistics office said on Tuesday.';
    expect(shorten(quote, 40)).toBe('Inflation rose to 3.3 percent in June,…');
  });

  it('cuts inside a word when no boundary is near the end', () => {
    expect(shorten('a Donaudampfschifffahrtsgesellschaft', 20)).toBe('a Donaudampfschifffa…');
  });
});
