import type { Node as PmNode } from 'prosemirror-model';
import { CodePointIndex, type TextOffset, type TextRange } from '../model/offsets';

/** A ProseMirror document position (counts UTF-16 units and node boundaries). */
export type PmPos = number & { readonly __brand: 'PmPos' };
export const pmPos = (n: number): PmPos => n as PmPos;

/** A range of document positions, `to` exclusive: a selection, a highlight. */
export interface DocRange {
  from: PmPos;
  to: PmPos;
}

interface BlockSpan {
  /** Position of the block's first content character. */
  pos: number;
  /** UTF-16 index of that character in the canonical text. */
  index: number;
  /** The block's length in UTF-16 units (= its content size). */
  length: number;
}

/**
 * The canonical text of an article document (every textblock's text, joined by
 * one "\n"; a hard break counts as "\n") and the mapping between its code-point
 * offsets and ProseMirror positions. Inside a textblock one UTF-16 unit is one
 * position, so a block table and a binary search are all it takes.
 */
export class TextMap {
  readonly text: string;
  readonly index: CodePointIndex;
  private readonly blocks: BlockSpan[];

  constructor(doc: PmNode) {
    const parts: string[] = [];
    const blocks: BlockSpan[] = [];
    let index = 0;
    doc.descendants((node, pos) => {
      if (!node.isTextblock) return true;
      if (blocks.length > 0) index += 1; // the "\n" between blocks
      const text = node.textBetween(
        0,
        node.content.size,
        undefined,
        leaf => leaf.type.spec.leafText?.(leaf) ?? '\uFFFC',
      );
      blocks.push({ pos: pos + 1, index, length: node.content.size });
      parts.push(text);
      index += text.length;
      return false;
    });
    this.text = parts.join('\n');
    this.blocks = blocks;
    this.index = new CodePointIndex(this.text);
  }

  /** The code-point offset of a document position; positions between blocks snap to the nearest block edge. */
  toOffset(pos: PmPos): TextOffset {
    const block = this.blockAt(pos, b => b.pos);
    if (!block) return this.index.toOffset(0);
    const within = Math.min(Math.max(pos - block.pos, 0), block.length);
    return this.index.toOffset(block.index + within);
  }

  /** The document position of a code-point offset. */
  toPos(offset: TextOffset): PmPos {
    const index = this.index.toIndex(offset);
    const block = this.blockAt(index, b => b.index);
    if (!block) return pmPos(0);
    return pmPos(block.pos + Math.min(index - block.index, block.length));
  }

  /** A document range as a text range. */
  toRange({ from, to }: DocRange): TextRange {
    return { start: this.toOffset(from), end: this.toOffset(to) };
  }

  /** The last block whose key is ≤ value (the first block if none). */
  private blockAt(value: number, key: (b: BlockSpan) => number): BlockSpan | undefined {
    let lo = 0;
    let hi = this.blocks.length - 1;
    if (hi < 0) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (key(this.blocks[mid] as BlockSpan) <= value) lo = mid;
      else hi = mid - 1;
    }
    return this.blocks[lo];
  }
}

/** The canonical text of a document. */
export function canonicalText(doc: PmNode): string {
  return new TextMap(doc).text;
}
