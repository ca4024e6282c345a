import { nextFrame } from './next-frame';

/** How many frames to wait for the list to draw the element (the form gives way to it first). */
const FRAMES = 10;

/**
 * Puts the focus on the first element `selector` finds once it is drawn, or,
 * when none comes within a few frames, calls `otherwise`: the focus never
 * drops to the page. A null selector goes to `otherwise` at once.
 */
export async function focusWhenDrawn(
  selector: string | null,
  otherwise: () => void,
): Promise<void> {
  for (let i = 0; selector !== null && i < FRAMES; i++) {
    await nextFrame();
    const found = document.querySelector<HTMLElement>(selector);
    if (found) {
      found.focus();
      return;
    }
  }
  otherwise();
}

/** Puts the focus on the sidebar's entry of an annotation once it is drawn, else `otherwise`. */
export const focusEntry = (id: string | undefined, otherwise: () => void) =>
  focusWhenDrawn(
    id === undefined ? null : `.annotation-item[data-annotation-id="${CSS.escape(id)}"]`,
    otherwise,
  );

/** Puts the focus on a suggestion's first button (Accept) once it is drawn, else `otherwise`. */
export const focusSuggestion = (id: string | undefined, otherwise: () => void) =>
  focusWhenDrawn(
    id === undefined ? null : `[data-suggestion-id="${CSS.escape(id)}"] .item-actions button`,
    otherwise,
  );
