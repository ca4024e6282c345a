import { describe, expect, it } from 'vitest';
import { sameSpan, touches, uncovered, union } from '../../../src/editor/spans';

describe('spans', () => {
  it('joins a span in, merging where spans meet or overlap', () => {
    expect(union([{ from: 0, to: 10 }], { from: 20, to: 30 })).toEqual([
      { from: 0, to: 10 },
      { from: 20, to: 30 },
    ]);
    expect(
      union(
        [
          { from: 20, to: 30 },
          { from: 0, to: 10 },
        ],
        { from: 10, to: 20 },
      ),
    ).toEqual([{ from: 0, to: 30 }]);
  });

  it('gives the parts of a range not covered yet', () => {
    const covered = [
      { from: 10, to: 20 },
      { from: 30, to: 40 },
    ];
    expect(uncovered(covered, { from: 0, to: 50 })).toEqual([
      { from: 0, to: 10 },
      { from: 20, to: 30 },
      { from: 40, to: 50 },
    ]);
    expect(uncovered(covered, { from: 12, to: 18 })).toEqual([]);
  });

  it('tells overlap from a shared edge, and equal spans apart', () => {
    expect(touches({ from: 5, to: 10 }, [{ from: 9, to: 12 }])).toBe(true);
    expect(touches({ from: 5, to: 10 }, [{ from: 10, to: 12 }])).toBe(false);
    expect(sameSpan({ from: 1, to: 2 }, { from: 1, to: 2 })).toBe(true);
    expect(sameSpan({ from: 1, to: 2 }, undefined)).toBe(false);
  });
});
