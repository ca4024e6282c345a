import { describe, expect, it } from 'vitest';
import { adderPlace, type Box } from '../../../../src/ui/article/adder-place';

const line = (top: number, left: number, right: number): Box => ({
  top,
  bottom: top + 30,
  left,
  right,
});
const column: Box = { top: 100, bottom: 3000, left: 50, right: 650 };
const adder = { width: 90, height: 28 };

describe('adderPlace', () => {
  it('puts the adder just above the line where the selection starts, at its start', () => {
    const place = adderPlace(line(400, 120, 300), line(430, 50, 200), column, adder, 60);
    expect(place).toEqual({ top: 400 - 6 - 28 - 100, left: 70, below: false });
  });

  it('puts it below the last selected line when there is no room above in view', () => {
    // the toolbar's bottom is at 420: above the words, the adder would be hidden under it
    const place = adderPlace(line(430, 120, 300), line(460, 50, 200), column, adder, 420);
    expect(place).toEqual({ top: 490 + 6 - 100, left: 70, below: true });
  });

  it('never covers the selected words', () => {
    for (const visibleTop of [0, 380, 450]) {
      const start = line(400, 120, 300);
      const end = line(460, 50, 200);
      const { top } = adderPlace(start, end, column, adder, visibleTop);
      const [from, to] = [column.top + top, column.top + top + adder.height];
      expect(to <= start.top || from >= end.bottom).toBe(true);
    }
  });

  it('stays inside the column near its right edge and its left edge', () => {
    expect(adderPlace(line(400, 640, 648), line(400, 640, 648), column, adder, 0).left).toBe(510);
    expect(adderPlace(line(400, 40, 60), line(400, 40, 60), column, adder, 0).left).toBe(0);
  });
});
