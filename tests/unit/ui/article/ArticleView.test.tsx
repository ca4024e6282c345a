// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { createRef, type ComponentProps } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Highlight } from '../../../../src/editor/highlight-plugin';
import { pmPos } from '../../../../src/editor/text-map';
import { docFromPlainText } from '../../../../src/io/plain-text';
import { ArticleView } from '../../../../src/ui/article/ArticleView';
import type { ArticleViewHandle } from '../../../../src/ui/article/article-view-handle';

afterEach(() => {
  cleanup();
  // the files share a document (isolate: false): leave no selection behind
  document.getSelection()?.removeAllRanges();
});

const doc = docFromPlainText('Gina Raimondo said the controls would hold.');
const highlight = (id: string, from: number, to: number): Highlight => ({
  id,
  from: pmPos(from),
  to: pmPos(to),
  className: 'fm-kind-claim',
  label: 'Claim',
});
const first = [highlight('a', 24, 29)];
const handle = createRef<ArticleViewHandle>();

function view(props: Partial<ComponentProps<typeof ArticleView>> = {}) {
  return (
    <ArticleView
      handle={handle}
      doc={doc}
      highlights={first}
      activeId={null}
      pending={null}
      onSelectionChange={() => {}}
      onAnnotate={() => {}}
      onClickHighlights={() => {}}
      suggestions={[]}
      activeSuggestionId={null}
      onClickSuggestion={() => {}}
      {...props}
    />
  );
}

/** The words the browser shows selected. */
const selected = () => document.getSelection()?.toString();

describe('the article view, redrawing under the reviewer’s hands', () => {
  // a Shift+arrow moves the DOM selection at once and the view reads it a moment later: a redraw
  // in between put the view's older selection back (an e2e test lost two Shift+arrows so)
  it.each([
    ['its highlights change', { highlights: [...first, highlight('b', 30, 38)] }],
    ['a highlight is marked', { activeId: 'a' }],
    ['a passage is being annotated', { pending: { from: pmPos(24), to: pmPos(29) } }],
  ])('keeps a selection the view has not read yet when %s', (_, change) => {
    const { container, rerender } = render(view());
    const editor = container.querySelector('.ProseMirror') as HTMLElement;
    editor.focus();
    const text = editor.querySelector('p')?.firstChild as Text;
    const select = (to: number) => document.getSelection()?.setBaseAndExtent(text, 0, text, to);
    select('Gina Raimon'.length);
    expect(handle.current?.caret()).toEqual({ pos: 12, focused: true }); // the view has read it
    // two more Shift+arrows: the browser has moved the selection, the view has not heard yet
    const unheard = (e: Event) => e.stopImmediatePropagation();
    document.addEventListener('selectionchange', unheard, { capture: true });
    select('Gina Raimondo'.length);
    document.removeEventListener('selectionchange', unheard, { capture: true });
    expect(handle.current?.caret().pos).toBe(12);

    rerender(view(change));
    expect(selected()).toBe('Gina Raimondo');
    expect(handle.current?.caret().pos).toBe(14);
  });
});
