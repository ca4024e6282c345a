import type { Node } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';

/** Where each top-level block starts, and where the last one ends; worked out once per document. */
const blockStarts = new WeakMap<Node, number[]>();

function startsOf(doc: Node): number[] {
  let starts = blockStarts.get(doc);
  if (!starts) {
    starts = [];
    doc.forEach((_block, offset) => starts?.push(offset));
    starts.push(doc.content.size);
    blockStarts.set(doc, starts);
  }
  return starts;
}

/** The first of `blocks` whose bottom edge is at or below `y` (viewport pixels). */
function firstBlockReaching(blocks: HTMLCollection, y: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((blocks[mid] as Element).getBoundingClientRect().bottom < y) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The document range of the top-level blocks between `top` and `bottom`
 * (viewport pixels), found by a binary search over the blocks' boxes. Cheaper
 * than `posAtCoords`, which, when the point falls between two paragraphs,
 * measures every block of the article. Null when the view's DOM does not have
 * one element per block.
 */
export function blocksBetween(
  view: EditorView,
  top: number,
  bottom: number,
): { from: number; to: number } | null {
  const blocks = view.dom.children;
  const { doc } = view.state;
  if (blocks.length !== doc.childCount || blocks.length === 0) return null;
  const starts = startsOf(doc);
  const first = firstBlockReaching(blocks, top);
  const last = firstBlockReaching(blocks, bottom);
  return { from: starts[first] ?? 0, to: starts[last + 1] ?? doc.content.size };
}
