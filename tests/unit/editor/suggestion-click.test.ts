// @vitest-environment happy-dom
import type { EditorView } from 'prosemirror-view';
import { describe, expect, it, vi } from 'vitest';
import { suggestionPlugin } from '../../../src/editor/suggestion-plugin';

/** The article's DOM: an underline alone, and one inside a highlight. */
function article() {
  const dom = document.createElement('div');
  dom.innerHTML =
    '<p><span data-suggestion-id="alone">Alpha</span> ' +
    '<span data-annotation-id="a1"><span data-suggestion-id="under">beta</span></span></p>';
  document.body.replaceChildren(dom);
  const view = { dom, root: document, state: { selection: { empty: true } } };
  return { dom, view: view as unknown as EditorView };
}

/** Clicks the underline of suggestion `id`; what the plugin's handleClick returns. */
function click(id: string, onClickSuggestion: (id: string) => void) {
  const plugin = suggestionPlugin({ onClickSuggestion });
  const { dom, view } = article();
  const target = dom.querySelector(`[data-suggestion-id="${id}"]`);
  const handle = plugin.props.handleClick as (v: EditorView, p: number, e: MouseEvent) => boolean;
  const event = new MouseEvent('click');
  Object.defineProperty(event, 'target', { value: target });
  return handle.call(plugin, view, 1, event);
}

describe('a click on a suggestion’s underline', () => {
  it('names the suggestion, and lets the other plugins see the click', () => {
    const seen = vi.fn<(id: string) => void>();
    const handled = click('alone', seen);
    expect(seen).toHaveBeenCalledWith('alone');
    expect(handled).toBe(false);
  });

  it('is the annotation’s, not the suggestion’s, on a highlight', () => {
    const seen = vi.fn<(id: string) => void>();
    click('under', seen);
    expect(seen).not.toHaveBeenCalled();
  });
});
