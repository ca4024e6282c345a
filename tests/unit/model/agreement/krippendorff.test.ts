import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from '../../../../src/model/agreement/krippendorff';

/**
 * Krippendorff's worked example ("Computing Krippendorff's Alpha-Reliability",
 * 2011, section C): four observers, twelve units, values 1–5, missing values
 * left out. His results: nominal 0.743, ordinal 0.815, interval 0.849.
 */
const OBSERVERS = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];
const UNITS = Array.from({ length: 12 }, (_, u) =>
  OBSERVERS.map(o => o[u]).filter((v): v is number => v !== null && v !== undefined),
);

describe('krippendorffAlpha', () => {
  it('reproduces the published nominal α of the worked example', () => {
    expect(krippendorffAlpha(UNITS, 'nominal')).toBeCloseTo(0.743, 3);
  });

  it('reproduces the published ordinal α', () => {
    expect(krippendorffAlpha(UNITS, 'ordinal')).toBeCloseTo(0.815, 3);
  });

  it('reproduces the published interval α', () => {
    expect(krippendorffAlpha(UNITS, 'interval')).toBeCloseTo(0.849, 3);
  });

  it('is 1 when every coder agrees on units that vary', () => {
    expect(
      krippendorffAlpha(
        [
          [1, 1],
          [2, 2, 2],
          [3, 3],
        ],
        'ordinal',
      ),
    ).toBe(1);
  });

  it('leaves out units with one value', () => {
    const withLone = [...UNITS, [4], [5]];
    expect(krippendorffAlpha(withLone, 'nominal')).toBe(krippendorffAlpha(UNITS, 'nominal'));
  });

  it('is undefined when nothing is pairable or nothing varies', () => {
    expect(krippendorffAlpha([[1], [2]], 'nominal')).toBeUndefined();
    expect(
      krippendorffAlpha(
        [
          [2, 2],
          [2, 2],
        ],
        'nominal',
      ),
    ).toBeUndefined();
  });

  it('counts only the order of ordinal values, not their distances', () => {
    const spread = UNITS.map(u => u.map(v => v * v * 10));
    expect(krippendorffAlpha(spread, 'ordinal')).toBeCloseTo(0.815, 3);
  });
});
