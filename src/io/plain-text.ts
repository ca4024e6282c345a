import type { Node as PmNode } from 'prosemirror-model';
import { articleSchema } from '../editor/schema';

/**
 * A document from plain text: paragraphs split on blank lines, single line
 * breaks kept as hard breaks, everything else (leading spaces, bullets,
 * scraping artefacts) exactly as written. Windows line ends become "\n".
 */
export function docFromPlainText(text: string): PmNode {
  const { nodes } = articleSchema;
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .filter(p => p.trim().length > 0)
    .map(p => {
      const lines = p.replace(/^\n+|\n+$/g, '').split('\n');
      const inline = lines.flatMap((line, i) => {
        const parts: PmNode[] = i > 0 ? [nodes.hard_break.create()] : [];
        if (line.length > 0) parts.push(articleSchema.text(line));
        return parts;
      });
      return nodes.paragraph.create(null, inline);
    });
  return nodes.doc.create(null, paragraphs.length ? paragraphs : [nodes.paragraph.create()]);
}
