import { useEffect } from 'react';
import { inReadOnlyText } from '../../editor/read-only-plugin';
import { isTypingTarget } from '../common/typing-target';
import { useLatest } from '../common/use-latest';

export interface ReviewKeyHandlers {
  /** `n`/`p` (with Shift: only open annotations). */
  step: (direction: 1 | -1, onlyOpen: boolean) => void;
  /** Enter in the article: open the current annotation. */
  openCurrent: () => boolean;
  /** `/`. */
  focusSearch: () => void;
  /** `?`. */
  showShortcuts: () => void;
  /** `s`: the sidebar, opened in a narrow window, and the focus in it. */
  showSidebar: () => void;
}

/**
 * The review's single-key shortcuts, anywhere on the page except while typing
 * in a field or with a dialog open (the dialog has the keyboard then).
 */
export function useReviewKeys(handlers: ReviewKeyHandlers): void {
  const latest = useLatest(handlers);
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const inArticle = inReadOnlyText(e.target);
      // the article view prevents Enter's default only to stay unedited: the key is still ours
      if ((e.defaultPrevented && !inArticle) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.isComposing || isTypingTarget(e.target) || document.querySelector('dialog[open]'))
        return;
      const h = latest.current;
      let handled = true;
      switch (e.key) {
        case 'n':
        case 'N':
          h.step(1, e.shiftKey);
          break;
        case 'p':
        case 'P':
          h.step(-1, e.shiftKey);
          break;
        case '/':
          h.focusSearch();
          break;
        case '?':
          h.showShortcuts();
          break;
        case 's':
        case 'S':
          h.showSidebar();
          break;
        case 'Enter':
          // on a button or link, Enter is theirs
          handled = (inArticle || e.target === document.body) && h.openCurrent();
          break;
        default:
          handled = false;
      }
      if (handled) e.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [latest]);
}
