import { Plugin, TextSelection, type EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { pmPos, type DocRange } from './text-map';

export interface ReadOnlyOptions {
  /** The reviewer pressed the annotate key with this range selected. */
  onAnnotateKey: (range: DocRange) => void;
}

/** The key that annotates the selection, shown in the "Annotate" tooltip. */
export const ANNOTATE_KEY = 'a';

/** Cancels an event the view must not act on, and tells ProseMirror it is handled. */
function refuse(_view: EditorView, event: Event): boolean {
  event.preventDefault();
  return true;
}

/** The class of the article's text element, which this plugin keeps unchanged. */
export const ARTICLE_TEXT_CLASS = 'article-prose';

/** Whether an event happened in the article's text (where single keys are commands, not typing). */
export function inReadOnlyText(target: EventTarget | null): boolean {
  return target instanceof Element && !!target.closest(`.${ARTICLE_TEXT_CLASS}`);
}

/**
 * The article is the text under review, not ours to change, yet it must keep a
 * caret so the reviewer can select with Shift+arrows. So the view stays
 * contenteditable and this plugin refuses every change to the document.
 */
export function readOnlyPlugin(options: ReadOnlyOptions): Plugin {
  return new Plugin({
    filterTransaction: tr => !tr.docChanged,
    props: {
      attributes: {
        class: ARTICLE_TEXT_CLASS,
        'aria-readonly': 'true',
        'aria-multiline': 'true',
        role: 'textbox',
        spellcheck: 'false',
        inputmode: 'none',
        translate: 'no',
      },
      handleDOMEvents: {
        // Stop typing, deleting, pasting and dropping before the DOM changes.
        beforeinput: refuse,
        cut: refuse,
        // Refused before ProseMirror reads them: it would parse pasted or dropped HTML
        // first, and under the app's CSP every inline style or handler in it is reported.
        // A dropped file still reaches the window, which imports or loads it.
        paste: refuse,
        drop: refuse,
      },
      handleKeyDown(view, event) {
        if (
          event.key.toLowerCase() === ANNOTATE_KEY &&
          !event.ctrlKey &&
          !event.metaKey &&
          !event.altKey
        ) {
          syncSelectionFromDom(view);
          const range = selectedText(view.state);
          if (range) options.onAnnotateKey(range);
          return true; // never type, whatever the selection
        }
        return false;
      },
    },
  });
}

/** The state's selection, when it covers some text; else null. */
export function selectedText(state: EditorState): DocRange | null {
  const { from, to } = state.selection;
  return from < to && state.doc.textBetween(from, to).length > 0
    ? { from: pmPos(from), to: pmPos(to) }
    : null;
}

/**
 * The view learns of keyboard selection changes from "selectionchange" events,
 * which can trail a fast typist; read the DOM selection so a key acts on what
 * the reviewer sees selected. Also called before redrawing decorations under
 * the reviewer's hands: a redraw restores the state's selection to the DOM,
 * and a stale one would undo a click or a Shift+arrow the view has not read.
 */
export function syncSelectionFromDom(view: EditorView): void {
  // without focus nothing is under the reviewer's hands; and reading the DOM
  // selection makes Chromium lay out the whole article first (28 ms for 1 MB)
  if (!view.hasFocus()) return;
  const dom = view.dom.ownerDocument.getSelection();
  if (!dom?.anchorNode || !dom.focusNode || !view.dom.contains(dom.anchorNode)) return;
  try {
    const anchor = view.posAtDOM(dom.anchorNode, dom.anchorOffset);
    const head = view.posAtDOM(dom.focusNode, dom.focusOffset);
    const { selection } = view.state;
    if (selection.anchor !== anchor || selection.head !== head) {
      view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, anchor, head)));
    }
  } catch {
    // a DOM point PM cannot map (inside a widget): keep the state's selection
  }
}
