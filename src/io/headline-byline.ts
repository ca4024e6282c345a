import type { Node as PmNode } from 'prosemirror-model';
import { articleSchema } from '../editor/schema';
import { cleanName } from './article-title';

// "By Jane Doe", "BY JANE DOE | 5 December", "Von Jana Roth", "Par Jeanne Dupont", "Por Juana Pérez"
const BYLINE = /^(?:by|von|par|por)\s+(\p{Lu}.*)$/iu;
// what follows the name on a byline: a date, a place, the wire
const AFTER_NAME = /\s+[|·•—–]\s+.*$/u;

/**
 * The author named by the byline of a plain text: the first non-blank line
 * after the headline (the first line), when it reads "By <name>" (or Von,
 * Par, Por), without what follows a "|", "·" or dash. Undefined otherwise.
 */
export function bylineOf(text: string): string | undefined {
  const [, second] = text.split('\n').filter(line => line.trim() !== '');
  const name = BYLINE.exec(second?.trim() ?? '')?.[1]?.replace(AFTER_NAME, '');
  return cleanName(name);
}

/**
 * The document with its first line as a heading: a headline stays in the
 * text under review, but as the heading it is, so the article header need
 * not show it twice. The canonical text is unchanged: the line was its own
 * paragraph, or ended in a hard break, and blocks join with "\n" as hard
 * breaks count.
 */
export function withHeadline(doc: PmNode): PmNode {
  const { nodes } = articleSchema;
  const first = doc.firstChild;
  if (!first || first.type !== nodes.paragraph) return doc;
  let split = -1;
  first.forEach((child, offset) => {
    if (split < 0 && child.type === nodes.hard_break) split = offset;
  });
  const head = split < 0 ? first.content : first.content.cut(0, split);
  const rest = split < 0 ? null : first.content.cut(split + 1);
  const blocks = [nodes.heading.create({ level: 1 }, head)];
  if (rest && rest.size > 0) blocks.push(nodes.paragraph.create(null, rest));
  const after: PmNode[] = [];
  doc.forEach((block, _, i) => {
    if (i > 0) after.push(block);
  });
  return nodes.doc.create(null, [...blocks, ...after]);
}
