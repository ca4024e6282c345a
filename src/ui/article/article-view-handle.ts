import type { DocRange, PmPos } from '../../editor/text-map';

/** What the workspace may ask of the article's view. */
export interface ArticleViewHandle {
  /** Scrolls the article so the highlight is in view. */
  reveal: (id: string) => void;
  /** Scrolls the article to a suggestion's text. */
  revealSuggestion: (id: string) => void;
  /** Puts focus back in the article, with the given range selected (or the last selection). */
  focus: (range?: DocRange) => void;
  /** The document position of the caret (the selection's head), and whether the article has focus. */
  caret: () => { pos: PmPos; focused: boolean };
}
