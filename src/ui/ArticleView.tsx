import type { Node as PmNode } from 'prosemirror-model';
import { EditorState, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { highlightPlugin, withHighlightAction, type Highlight } from '../editor/highlight-plugin';
import { pendingPlugin, setPending } from '../editor/pending-plugin';
import { hasTextSelection, readOnlyPlugin } from '../editor/read-only-plugin';

export interface DocRange {
  from: number;
  to: number;
}

export interface ArticleViewHandle {
  /** Scrolls the article so the highlight is in view. */
  reveal: (id: string) => void;
  /** Puts focus back in the article, with the given range selected (or the last selection). */
  focus: (range?: DocRange) => void;
}

interface Props {
  doc: PmNode;
  highlights: readonly Highlight[];
  activeId: string | null;
  pending: DocRange | null;
  onSelectionChange: (range: DocRange | null) => void;
  onAnnotate: (range: DocRange) => void;
  onClickHighlights: (ids: string[], at: { x: number; y: number }) => void;
  handle: Ref<ArticleViewHandle>;
}

/** Hosts the ProseMirror view of the article; behaviour lives in the editor plugins. */
export function ArticleView({ doc, highlights, activeId, pending, handle, ...callbacks }: Props) {
  const mount = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef(callbacks);
  useEffect(() => {
    latest.current = callbacks;
  });

  useEffect(() => {
    const state = EditorState.create({
      doc,
      plugins: [
        readOnlyPlugin({ onAnnotateKey: range => latest.current.onAnnotate(range) }),
        highlightPlugin({
          onClickHighlights: (ids, at) => latest.current.onClickHighlights(ids, at),
        }),
        pendingPlugin(),
      ],
    });
    const v = new EditorView(mount.current, {
      state,
      attributes: { 'aria-label': 'Article text', class: 'article-prose' },
      dispatchTransaction(tr) {
        const before = v.state.selection;
        v.updateState(v.state.apply(tr));
        if (!v.state.selection.eq(before)) {
          const { from, to } = v.state.selection;
          latest.current.onSelectionChange(hasTextSelection(v.state) ? { from, to } : null);
        }
      },
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
  }, [doc]);

  useEffect(() => {
    const v = view.current;
    if (v) v.dispatch(withHighlightAction(v.state.tr, { type: 'sync', highlights }));
  }, [doc, highlights]);

  useEffect(() => {
    const v = view.current;
    if (v) v.dispatch(withHighlightAction(v.state.tr, { type: 'activate', id: activeId }));
  }, [doc, activeId]);

  useEffect(() => {
    const v = view.current;
    if (v) v.dispatch(setPending(v.state.tr, pending));
  }, [doc, pending]);

  useImperativeHandle(handle, () => ({
    reveal(id) {
      const el = view.current?.dom.querySelector(`[data-annotation-id="${CSS.escape(id)}"]`);
      el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
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
  }));

  return <div ref={mount} className="article-text" />;
}
