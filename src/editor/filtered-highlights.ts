import type { Highlight } from './highlight-plugin';

/** The class that fades a highlight whose annotation the sidebar filter hides. */
export const FILTERED_OUT_CLASS = 'fm-filtered-out';

// One faded copy per highlight object: an unchanged highlight stays the same object from
// keystroke to keystroke, so the plugin's sync finds nothing to redraw.
const faded = new WeakMap<Highlight, Highlight>();

function fade(h: Highlight): Highlight {
  let copy = faded.get(h);
  if (!copy) {
    copy = { ...h, className: `${h.className} ${FILTERED_OUT_CLASS}` };
    faded.set(h, copy);
  }
  return copy;
}

/**
 * The highlights, those whose id is not in `visibleIds` faded (their class
 * gets ` fm-filtered-out`); the same array when `visibleIds` is null (no
 * filter). Visible highlights are returned as they are.
 */
export function fadeFilteredOut(
  highlights: readonly Highlight[],
  visibleIds: ReadonlySet<string> | null,
): readonly Highlight[] {
  if (!visibleIds) return highlights;
  return highlights.map(h => (visibleIds.has(h.id) ? h : fade(h)));
}
