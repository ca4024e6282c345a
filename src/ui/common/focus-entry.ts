import { nextFrame } from './next-frame';

/** How many frames to wait for the list to draw the entry (the form gives way to it first). */
const FRAMES = 10;

/**
 * Puts the focus on the sidebar's entry of an annotation once it is drawn, or,
 * when there is none to go to, calls `otherwise`: the focus never drops to the page.
 */
export async function focusEntry(id: string | undefined, otherwise: () => void): Promise<void> {
  for (let i = 0; id !== undefined && i < FRAMES; i++) {
    await nextFrame();
    const entry = document.querySelector<HTMLElement>(
      `.annotation-item[data-annotation-id="${CSS.escape(id)}"]`,
    );
    if (entry) {
      entry.focus();
      return;
    }
  }
  otherwise();
}
