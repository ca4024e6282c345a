import { describe, expect, it } from 'vitest';
import { CodePointIndex, codePointLength } from '../../../src/model/offsets';

describe('CodePointIndex', () => {
  const text = 'a😀b文🇯🇵c';
  const index = new CodePointIndex(text);
  const codePoints = [...text];

  it('counts code points', () => {
    expect(index.length).toBe(codePoints.length);
    expect(codePointLength(text)).toBe(codePoints.length);
  });

  it('converts every code-point offset to its UTF-16 index and back', () => {
    let utf16 = 0;
    for (let cp = 0; cp <= codePoints.length; cp++) {
      expect(index.toIndex(cp)).toBe(utf16);
      expect(index.toOffset(utf16)).toBe(cp);
      utf16 += codePoints[cp]?.length ?? 0;
    }
  });

  it('rounds an index inside a surrogate pair down to the pair', () => {
    expect(index.toOffset(2)).toBe(1); // between the halves of 😀
  });

  it('slices by code points without splitting a pair', () => {
    expect(index.slice(1, 2)).toBe('😀');
    expect(index.slice(4, 6)).toBe('🇯🇵');
  });

  it('treats a lone surrogate as one code point', () => {
    const lone = new CodePointIndex('a\uD800b');
    expect(lone.length).toBe(3);
    expect(lone.toIndex(2)).toBe(2);
  });
});
