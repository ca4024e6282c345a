import { Fragment, type Node as PmNode } from 'prosemirror-model';
import { articleSchema } from '../editor/schema';
import { normalizeCharacters } from './normalize-text';

const { nodes } = articleSchema;

/**
 * How deeply `doc` nests (the doc itself is 1, its blocks 2 …), measured
 * without recursion so a document of any depth can be measured.
 */
export function docDepth(doc: PmNode): number {
  let max = 0;
  const stack: [PmNode, number][] = [[doc, 1]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, depth] = top;
    if (depth > max) max = depth;
    node.forEach(child => {
      stack.push([child, depth + 1]);
    });
  }
  return max;
}

// White space as HTML collapses it: ASCII blanks only (no-break spaces are already spaces).
const BLANKS = /[ \t\n\r\f\v]+/g;

/**
 * A textblock's inline content as a browser shows it: the character rule
 * applied, runs of white space as one space, no space at the block's edges or
 * around a line break, no line break at the block's edges.
 */
function tidyInline(block: PmNode): PmNode[] {
  const out: PmNode[] = [];
  const endsWithSpace = () => {
    const last = out.at(-1);
    return last === undefined || last.type === nodes.hard_break || /\s$/.test(last.text ?? '');
  };
  const trimLast = () => {
    const last = out.at(-1);
    if (!last?.isText) return;
    const text = (last.text ?? '').replace(/ $/, '');
    out.pop();
    if (text) out.push(articleSchema.text(text, last.marks));
  };
  block.forEach(child => {
    if (child.type === nodes.hard_break) {
      trimLast();
      if (out.length > 0) out.push(child);
    } else if (child.isText) {
      let text = normalizeCharacters(child.text ?? '').replace(BLANKS, ' ');
      if (text.startsWith(' ') && endsWithSpace()) text = text.slice(1);
      if (text) out.push(articleSchema.text(text, child.marks));
    }
  });
  trimLast();
  while (out.at(-1)?.type === nodes.hard_break) out.pop();
  return out;
}

/** A code block's text with the character rule applied and its trailing line ends dropped. */
function tidyCode(block: PmNode): PmNode[] {
  const text = normalizeCharacters(block.textContent).replace(/\n+$/, '');
  return text.trim() ? [articleSchema.text(text)] : [];
}

/**
 * `node` tidied (see `tidyDoc`), or null if nothing of it is left. Recursive,
 * so callers bound the depth first (`docDepth`).
 */
function tidyNode(node: PmNode): PmNode | null {
  if (node.isTextblock) {
    const inline = node.type.spec.code ? tidyCode(node) : tidyInline(node);
    if (!inline.some(n => n.isText && n.text?.trim())) return null;
    return node.type.create(node.attrs, Fragment.fromArray(inline));
  }
  const children: PmNode[] = [];
  node.forEach(child => {
    const tidy = tidyNode(child);
    if (tidy) children.push(tidy);
  });
  if (children.length === 0) return null;
  // a list item must begin with a paragraph: createAndFill adds an empty one where needed
  return node.type.createAndFill(node.attrs, children);
}

/**
 * A loaded document as a reader sees it: text normalized by the character
 * rule, white space collapsed as a browser shows it (except in code blocks),
 * empty paragraphs, headings and code blocks dropped, and then containers
 * left empty dropped too. Null if no text is left at all. Bound the depth
 * (`docDepth`) before calling.
 */
export function tidyDoc(doc: PmNode): PmNode | null {
  const tidy = tidyNode(doc);
  return tidy && tidy.type === nodes.doc ? tidy : null;
}
