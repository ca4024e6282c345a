import type { EditorView } from 'prosemirror-view';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { DocRange } from '../../editor/text-map';
import { scrollParentOf } from '../common/scroll-parent';
import { adderPlace, type AdderPlace } from './adder-place';

interface Props {
  view: RefObject<EditorView | null>;
  /** The selected words, or null (no adder). */
  range: DocRange | null;
  onAnnotate: (range: DocRange) => void;
}

/**
 * The window y below which the article is in view: the scrolling pane's top,
 * or the bottom of what sticks to it (the toolbar), whichever is lower.
 */
function visibleTop(el: HTMLElement): number {
  const pane = scrollParentOf(el);
  if (!pane) return 0;
  let top = pane.getBoundingClientRect().top;
  for (const child of pane.children) {
    if (getComputedStyle(child).position === 'sticky')
      top = Math.max(top, child.getBoundingClientRect().bottom);
  }
  return top;
}

/**
 * A small Annotate button by the selected words (Hypothesis's adder): above
 * them, or below when there is no room above in view, never over them. It
 * comes right after the text in the tab order, so a keyboard selection
 * (Shift+arrows) reaches it with Tab; it is not shown while the mouse is
 * still selecting. The toolbar's Annotate does the same.
 */
export function SelectionAdder({ view, range, onAnnotate }: Props) {
  const button = useRef<HTMLButtonElement>(null);
  const [place, setPlace] = useState<AdderPlace | null>(null);
  const [dragging, setDragging] = useState(false);
  const [resized, setResized] = useState(0);

  useEffect(() => {
    const down = (e: MouseEvent) => {
      if (!button.current?.contains(e.target as Node)) setDragging(true);
    };
    const up = () => setDragging(false);
    const resize = () => setResized(n => n + 1);
    document.addEventListener('mousedown', down, true);
    document.addEventListener('mouseup', up, true);
    window.addEventListener('resize', resize);
    return () => {
      document.removeEventListener('mousedown', down, true);
      document.removeEventListener('mouseup', up, true);
      window.removeEventListener('resize', resize);
    };
  }, []);

  // measured before paint: the button is drawn where it belongs, never first somewhere else
  useLayoutEffect(() => {
    const v = view.current;
    const el = button.current;
    const column = el?.offsetParent;
    if (!v || !el || !range || !column) return setPlace(null);
    const start = v.coordsAtPos(range.from, 1);
    const end = v.coordsAtPos(range.to, -1);
    const size = { width: el.offsetWidth, height: el.offsetHeight };
    setPlace(
      adderPlace(
        start,
        end,
        column.getBoundingClientRect(),
        size,
        visibleTop(v.dom as HTMLElement),
      ),
    );
  }, [view, range, resized, dragging]);

  if (!range) return null;
  return (
    <button
      ref={button}
      type="button"
      className={`button button--primary adder${place?.below ? ' adder--below' : ''}`}
      // placed once measured; hidden while the mouse still drags out the selection
      style={place ? { top: place.top, left: place.left } : undefined}
      hidden={dragging}
      data-placed={place ? 'true' : undefined}
      aria-label="Annotate the selection"
      onMouseDown={e => e.preventDefault()}
      onClick={() => onAnnotate(range)}
    >
      Annotate
    </button>
  );
}
