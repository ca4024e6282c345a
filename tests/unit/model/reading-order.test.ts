import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textOffset } from '../../../src/model/offsets';
import { byReadingOrder, replaceInOrder } from '../../../src/model/reading-order';
import type { Annotation } from '../../../src/model/types';

const at = (id: string, start: number, end: number) =>
  ({ id, target: { start: textOffset(start), end: textOffset(end) } }) as Annotation;

const records = fc
  .array(fc.record({ start: fc.nat(20), length: fc.nat(5) }), { maxLength: 40 })
  .map(xs => xs.map((x, i) => at(`a${i}`, x.start, x.start + x.length)));

describe('replaceInOrder', () => {
  it('gives what sorting everything again gives, for a change, an insert and a removal', () => {
    fc.assert(
      fc.property(records, fc.nat(), fc.nat(20), fc.nat(5), (list, pick, start, length) => {
        const sorted = [...list].sort(byReadingOrder);
        const previous = list.length ? list[pick % list.length] : undefined;
        const moved = at(previous?.id ?? 'new', start, start + length);
        const expected = [...list.filter(a => a !== previous), moved].sort(byReadingOrder);
        expect(replaceInOrder(sorted, previous, moved)).toEqual(expected);
        if (previous)
          expect(replaceInOrder(sorted, previous, undefined)).toEqual(
            sorted.filter(a => a !== previous),
          );
      }),
    );
  });

  it('leaves the given list as it was', () => {
    const sorted = [at('a', 0, 3), at('b', 5, 9)];
    replaceInOrder(sorted, sorted[0], at('a', 7, 8));
    expect(sorted.map(a => a.id)).toEqual(['a', 'b']);
  });
});
