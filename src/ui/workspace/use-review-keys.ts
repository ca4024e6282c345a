import { useEffect, useRef } from 'react';

export interface ReviewKeyHandlers {
  /** `n`/`p` (with Shift: only open annotations). */
  step: (direction: 1 | -1, onlyOpen: boolean) => void;
  /** Enter in the article: open the current annotation. */
  openCurrent: () => boolean;
  /** `/`. */
  focusSearch: () => void;
  /** `?`. */
  showShortcuts: () => void;
}

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'url',
  'email',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'week',
  'time',
]);

/**
 * Whether a key pressed here is the reviewer typing. The article is
 * contenteditable only to have a caret (it refuses every change), so keys
 * pressed in it are commands.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.type);
  return target.isContentEditable && !target.closest('.article-prose');
}

/**
 * The review's single-key shortcuts, anywhere on the page except while typing
 * in a field or with a dialog open (the dialog has the keyboard then).
 */
export function useReviewKeys(handlers: ReviewKeyHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const inArticle = e.target instanceof HTMLElement && !!e.target.closest('.article-prose');
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
  }, []);
}
