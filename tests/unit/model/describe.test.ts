import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describe as describeRange } from '../../../src/model/describe';
import { CodePointIndex, textOffset, type TextRange } from '../../../src/model/offsets';

const range = (start: number, end: number): TextRange => ({
  start: textOffset(start),
  end: textOffset(end),
});

describe('describe', () => {
  const text = '🇩🇪 李强 met 👩‍🔬 Zoë Dubois in Zürich; “the figures are misleading”, she said. 😀';
  const index = new CodePointIndex(text);
  const codePoints = [...text];
  const at = (quote: string) => [...text.slice(0, text.indexOf(quote))].length;

  const cases: { name: string; quote: string }[] = [
    { name: 'a quote after a flag, a CJK name and a ZWJ sequence', quote: 'Zoë Dubois' },
    { name: 'a quote at the very start', quote: '🇩🇪 李强' },
    { name: 'a quote at the very end', quote: 'she said. 😀' },
    { name: 'a quote that is an emoji', quote: '👩‍🔬' },
  ];
  for (const c of cases) {
    it(`describes ${c.name} in code points`, () => {
      const start = at(c.quote);
      const end = start + [...c.quote].length;
      const target = describeRange(index, range(start, end));
      expect(target).toEqual({
        start,
        end,
        exact: c.quote,
        prefix: codePoints.slice(Math.max(0, start - CONTEXT_LENGTH), start).join(''),
        suffix: codePoints.slice(end, end + CONTEXT_LENGTH).join(''),
      });
    });
  }

  it('keeps 32 code points of context, never half a surrogate pair', () => {
    const long = `${'😀'.repeat(40)}claim${'🇩🇪'.repeat(20)}`;
    const longIndex = new CodePointIndex(long);
    const target = describeRange(longIndex, range(40, 45));
    expect(target.exact).toBe('claim');
    expect([...target.prefix]).toHaveLength(32);
    expect([...target.suffix]).toHaveLength(32);
    expect(target.prefix).toBe('😀'.repeat(32));
    expect(target.suffix).toBe('🇩🇪'.repeat(16));
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u.test(target.prefix + target.suffix)).toBe(false);
  });

  it('describes an empty range with its context', () => {
    const target = describeRange(index, range(3, 3));
    expect(target).toMatchObject({ exact: '', prefix: codePoints.slice(0, 3).join('') });
  });

  it.each([
    ['reversed', 5, 4],
    ['negative', -1, 4],
    ['past the end', 0, codePoints.length + 1],
    ['fractional', 1.5, 4],
  ])('rejects a %s range', (_, start, end) => {
    expect(() => describeRange(index, range(start, end))).toThrow(RangeError);
  });
});
