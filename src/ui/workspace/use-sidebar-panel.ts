import { useCallback, useState, type RefObject } from 'react';
import { useMediaQuery } from '../common/use-media-query';

/**
 * Below this width the sidebar is a panel over the article, opened and closed
 * by the reviewer; `workspace.css` switches the layout at the same width.
 */
export const NARROW_QUERY = '(max-width: 999px)';

/**
 * The sidebar in a narrow window: whether it is shown, and opening and closing
 * it. `forced` (the annotation form is open) shows it whatever the reviewer
 * chose, as the form lives in it. Opening moves focus into the panel; closing
 * gives it back to the toolbar's toggle, so it never drops to the page.
 */
export function useSidebarPanel(
  forced: boolean,
  panel: RefObject<HTMLElement | null>,
  toggle: RefObject<HTMLButtonElement | null>,
) {
  const narrow = useMediaQuery(NARROW_QUERY);
  const [open, setOpen] = useState(false);

  const show = useCallback(() => {
    setOpen(true);
    // once drawn: a hidden element cannot take the focus
    requestAnimationFrame(() => {
      const el = panel.current;
      if (el && !el.contains(document.activeElement)) el.focus();
    });
  }, [panel]);
  const close = useCallback(() => {
    setOpen(false);
    requestAnimationFrame(() => toggle.current?.focus());
  }, [toggle]);

  return {
    narrow,
    /** Whether the sidebar is in view: always beside a wide window's article. */
    shown: !narrow || open || forced,
    /** Whether the toggle says "open" (a narrow window only). */
    expanded: open || forced,
    show,
    close,
    toggle: () => (open ? close() : show()),
  };
}

export type SidebarPanel = ReturnType<typeof useSidebarPanel>;
