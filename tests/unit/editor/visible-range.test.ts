// @vitest-environment happy-dom
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { afterEach, describe, expect, it } from 'vitest';
import { blocksBetween } from '../../../src/editor/visible-range';
import { docFromPlainText } from '../../../src/io/plain-text';

const BLOCK_HEIGHT = 20;
const paragraphs = Array.from({ length: 1000 }, (_, i) => `Paragraph ${i} of the article.`);
const doc = docFromPlainText(paragraphs.join('\n\n'));
let view: EditorView | undefined;
afterEach(() => view?.destroy());

/** A view whose blocks are laid out 20 px apart from the top of the viewport; counts measurements. */
function laidOutView() {
  view = new EditorView(document.createElement('div'), { state: EditorState.create({ doc }) });
  const measured = { count: 0 };
  [...view.dom.children].forEach((block, i) => {
    block.getBoundingClientRect = () => {
      measured.count++;
      const top = i * BLOCK_HEIGHT;
      return { top, bottom: top + BLOCK_HEIGHT - 2 } as DOMRect;
    };
  });
  return { view, measured };
}

/** Where top-level block `i` starts in the document. */
const startOf = (i: number) => {
  let at = 0;
  for (let k = 0; k < i; k++) at += doc.child(k).nodeSize;
  return at;
};

describe('blocksBetween', () => {
  it('gives the range of the blocks between two heights', () => {
    const { view } = laidOutView();
    // block 5 spans 100–118, block 15 spans 300–318
    expect(blocksBetween(view, 105, 305)).toEqual({ from: startOf(5), to: startOf(16) });
  });

  it('takes the block below when a height falls in the gap between two', () => {
    const { view } = laidOutView();
    // 119 is between blocks 5 and 6, 139 between 6 and 7
    expect(blocksBetween(view, 119, 139)).toEqual({ from: startOf(6), to: startOf(8) });
  });

  it('reaches the end of the document past the last block', () => {
    const { view } = laidOutView();
    expect(blocksBetween(view, 19_990, 50_000)).toEqual({
      from: startOf(999),
      to: doc.content.size,
    });
  });

  it('measures a few blocks, not all of them', () => {
    const { view, measured } = laidOutView();
    blocksBetween(view, 10_000, 10_800);
    expect(measured.count).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(1000)));
  });

  it('is null when the DOM does not hold one element per block', () => {
    const { view } = laidOutView();
    view.dom.append(document.createElement('div'));
    expect(blocksBetween(view, 0, 100)).toBeNull();
  });
});
