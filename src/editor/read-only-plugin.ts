import { Plugin, type EditorState } from 'prosemirror-state';

export interface ReadOnlyOptions {
  /** The reviewer pressed the annotate key with text selected. */
  onAnnotateKey: () => void;
}

/** The key that annotates the selection, shown in the "Annotate" tooltip. */
export const ANNOTATE_KEY = 'a';

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
        'aria-readonly': 'true',
        'aria-multiline': 'true',
        role: 'textbox',
        spellcheck: 'false',
        inputmode: 'none',
        translate: 'no',
      },
      handleDOMEvents: {
        // Stop typing, deleting, pasting and dropping before the DOM changes.
        beforeinput: (_view, event) => {
          event.preventDefault();
          return true;
        },
        cut: (_view, event) => {
          event.preventDefault();
          return true;
        },
      },
      handlePaste: () => true,
      handleDrop: () => true,
      handleKeyDown(view, event) {
        if (
          event.key.toLowerCase() === ANNOTATE_KEY &&
          !event.ctrlKey &&
          !event.metaKey &&
          !event.altKey
        ) {
          if (!view.state.selection.empty) options.onAnnotateKey();
          return true; // never type, whatever the selection
        }
        return false;
      },
    },
  });
}

/** True when the state's selection covers some text. */
export function hasTextSelection(state: EditorState): boolean {
  const { from, to } = state.selection;
  return from < to && state.doc.textBetween(from, to).length > 0;
}
