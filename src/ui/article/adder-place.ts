/** A box in the window's coordinates, as `getBoundingClientRect` gives it. */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Where the adder goes, relative to the article column: its top-left corner. */
export interface AdderPlace {
  top: number;
  left: number;
  /** Below the selected words (no room above them in view). */
  below: boolean;
}

/** The gap between the adder and the words, in CSS pixels. */
const GAP = 6;

/**
 * Where the adder of a selection goes (as Hypothesis's): just above the line
 * where the selection starts, or, when that would be hidden (under the sticky
 * toolbar, above the visible part of the article), just below the line where
 * it ends; so it never covers the selected words. Horizontally at the
 * selection's start, held inside the column. `visibleTop` is the window y
 * below which the article is in view.
 */
export function adderPlace(
  start: Box,
  end: Box,
  column: Box,
  adder: { width: number; height: number },
  visibleTop: number,
): AdderPlace {
  const above = start.top - GAP - adder.height;
  const below = above < visibleTop;
  const top = below ? end.bottom + GAP : above;
  const widest = Math.max(0, column.right - column.left - adder.width);
  const left = Math.min(Math.max(0, start.left - column.left), widest);
  return { top: top - column.top, left, below };
}
