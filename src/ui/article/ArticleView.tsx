import type { Node as PmNode } from 'prosemirror-model';
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import {
  highlightKey,
  highlightPlugin,
  withHighlightAction,
  type Highlight,
} from '../../editor/highlight-plugin';
import { pendingPlugin, setPending } from '../../editor/pending-plugin';
import { blocksBetween } from '../../editor/visible-range';
import {
  activateSuggestion,
  setSuggestions,
  suggestionPlugin,
  suggestionRange,
  type SuggestionRange,
} from '../../editor/suggestion-plugin';
import { readOnlyPlugin, selectedText, syncSelectionFromDom } from '../../editor/read-only-plugin';
import { pmPos, type DocRange } from '../../editor/text-map';
import { scrollParentOf } from '../common/scroll-parent';
import { useLatest } from '../common/use-latest';
import type { ArticleViewHandle } from './article-view-handle';
import { SelectionAdder } from './SelectionAdder';

interface Props {
  doc: PmNode;
  highlights: readonly Highlight[];
  activeId: string | null;
  pending: DocRange | null;
  onSelectionChange: (range: DocRange | null) => void;
  onAnnotate: (range: DocRange) => void;
  onClickHighlights: (ids: string[], at: { x: number; y: number }) => void;
  /** The spotter's suggestions, drawn as dashed underlines. */
  suggestions: readonly SuggestionRange[];
  /** Chosen in the Suggestions panel, or by a click on its underline. */
  activeSuggestionId: string | null;
  /** The reviewer clicked a suggestion's underline (the caret is placed there too). */
  onClickSuggestion: (id: string) => void;
  handle: Ref<ArticleViewHandle>;
}

/** Document positions decorated before the first layout: more than a first screen holds. */
const FIRST_COVER = 20_000;

/**
 * Redraws decorations under the reviewer's hands: the view reads the DOM selection first, as a
 * redraw puts the view's selection back into the DOM, and one it has not read yet (a Shift+arrow,
 * a click a moment ago) would be undone.
 */
function redraw(v: EditorView, change: (tr: Transaction) => Transaction): void {
  syncSelectionFromDom(v);
  v.dispatch(change(v.state.tr));
}

/**
 * The document range on screen, widened by a screen's worth on each side,
 * or null before layout.
 */
function rangeInView(view: EditorView, scroller: HTMLElement | null) {
  const box = view.dom.getBoundingClientRect();
  const pane = scroller?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight };
  const top = Math.max(box.top, pane.top) + 1;
  const bottom = Math.min(box.bottom, pane.bottom) - 1;
  if (bottom <= top) return null;
  const left = box.left + Math.min(box.width / 2, 40);
  const { from, to } = blocksBetween(view, top, bottom) ?? {
    from: view.posAtCoords({ left, top })?.pos ?? 0,
    to: view.posAtCoords({ left, top: bottom })?.pos ?? view.state.doc.content.size,
  };
  const margin = Math.max(to - from, 2000);
  return {
    from: Math.max(0, from - margin),
    to: Math.min(view.state.doc.content.size, to + margin),
  };
}

/** Scrolls the article's pane so that document position `pos` is in its middle. */
function scrollToPos(view: EditorView, pos: number) {
  const scroller = scrollParentOf(view.dom);
  if (!scroller) return;
  const at = view.coordsAtPos(pos);
  const pane = scroller.getBoundingClientRect();
  scroller.scrollBy({ top: at.top - (pane.top + pane.height / 2), behavior: 'smooth' });
}

/** Whether the first highlights of this page load have been marked as painted. */
let firstHighlightsMarked = false;

/** Hosts the ProseMirror view of the article; behaviour lives in the editor plugins. */
export function ArticleView({
  doc,
  highlights,
  activeId,
  pending,
  suggestions,
  activeSuggestionId,
  handle,
  ...callbacks
}: Props) {
  const mount = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useLatest(callbacks);
  // the selected words, for the adder by them
  const [selected, setSelected] = useState<DocRange | null>(null);

  useEffect(() => {
    const state = EditorState.create({
      doc,
      plugins: [
        readOnlyPlugin({ onAnnotateKey: range => latest.current.onAnnotate(range) }),
        highlightPlugin({
          onClickHighlights: (ids, at) => latest.current.onClickHighlights(ids, at),
        }),
        pendingPlugin(),
        suggestionPlugin({ onClickSuggestion: id => latest.current.onClickSuggestion(id) }),
      ],
    });
    const v = new EditorView(mount.current, {
      state,
      attributes: { 'aria-label': 'Article text' },
      dispatchTransaction(tr) {
        const before = v.state.selection;
        v.updateState(v.state.apply(tr));
        if (!v.state.selection.eq(before)) {
          const range = selectedText(v.state);
          setSelected(range);
          latest.current.onSelectionChange(range);
        }
      },
    });
    view.current = v;
    hideFromReactSelectionCapture(v.dom);
    v.dispatch(withHighlightAction(v.state.tr, { type: 'cover', from: 0, to: FIRST_COVER }));

    // highlights are drawn for what has been in view, as the reviewer scrolls
    const scroller = scrollParentOf(v.dom);
    let frame = 0;
    const coverView = () => {
      frame = 0;
      const range = rangeInView(v, scroller);
      if (range) v.dispatch(withHighlightAction(v.state.tr, { type: 'cover', ...range }));
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(coverView);
    };
    const target = scroller ?? window;
    target.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    onScroll();
    return () => {
      cancelAnimationFrame(frame);
      target.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      v.destroy();
      view.current = null;
    };
  }, [doc, latest]);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    redraw(v, tr => withHighlightAction(tr, { type: 'sync', highlights }));
    if (highlights.length > 0 && !firstHighlightsMarked) {
      firstHighlightsMarked = true;
      // painted: the frame that draws them has run, and its paint with it
      requestAnimationFrame(() => setTimeout(() => performance.mark('fm:first-highlights')));
    }
  }, [doc, highlights]);

  useEffect(() => {
    const v = view.current;
    if (v) redraw(v, tr => withHighlightAction(tr, { type: 'activate', id: activeId }));
  }, [doc, activeId]);

  useEffect(() => {
    const v = view.current;
    if (v) redraw(v, tr => setPending(tr, pending));
  }, [doc, pending]);

  useEffect(() => {
    const v = view.current;
    if (v) redraw(v, tr => setSuggestions(tr, suggestions));
  }, [doc, suggestions]);

  useEffect(() => {
    const v = view.current;
    if (v) redraw(v, tr => activateSuggestion(tr, activeSuggestionId));
  }, [doc, activeSuggestionId]);

  useImperativeHandle(handle, () => ({
    reveal(id) {
      const v = view.current;
      const h = v && highlightKey.getState(v.state)?.highlights.get(id);
      // the highlight may not be drawn yet: scroll to its text, and scrolling draws it
      if (v && h) scrollToPos(v, h.from);
    },
    revealSuggestion(id) {
      const v = view.current;
      const s = v && suggestionRange(v.state, id);
      if (v && s) scrollToPos(v, s.from);
    },
    focus(range) {
      const v = view.current;
      if (!v) return;
      if (range) {
        const sel = TextSelection.create(v.state.doc, range.from, range.to);
        v.dispatch(v.state.tr.setSelection(sel));
      }
      v.focus();
    },
    caret() {
      const v = view.current;
      return { pos: pmPos(v?.state.selection.head ?? 0), focused: !!v?.hasFocus() };
    },
  }));

  return (
    <div className="article-text">
      <div ref={mount} />
      <SelectionAdder
        view={view}
        // not while the form is open on a passage: it is being annotated already
        range={pending ? null : selected}
        onAnnotate={range => latest.current.onAnnotate(range)}
      />
    </div>
  );
}

/**
 * Before every commit, React records the selection of the focused element
 * when that is a contenteditable, to restore it if the commit moves focus:
 * for the article that means walking all its text (1 MB: 5–15 ms a commit,
 * each keystroke and save). React never renders inside the article, so
 * there is nothing for it to restore: its check (`contentEditable ===
 * 'true'`) is told 'inherit', which means the same to ProseMirror (it only
 * tests for 'false') and to the browser, which reads the attribute.
 */
function hideFromReactSelectionCapture(dom: HTMLElement): void {
  Object.defineProperty(dom, 'contentEditable', {
    configurable: true,
    get: () => 'inherit',
  });
}
