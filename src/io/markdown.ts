import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import type { Attrs, Mark, NodeType, Node as PmNode } from 'prosemirror-model';
import { articleSchema, isSafeLinkHref } from '../editor/schema';
import { ARTICLE_LIMITS } from './article-limits';
import { cleanText, cleanTitle } from './article-title';
import { checkLineCount, finishDoc } from './finish-doc';
import { loadError, type LoadResult } from './load-result';
import { normalizeLineEnds } from './normalize-text';

const { nodes, marks } = articleSchema;

/**
 * CommonMark plus tables and strikethrough. `html: false`: raw HTML stays
 * text, never markup; `linkify: false`: a bare address stays text as
 * written; `typographer: false`: quotes, dashes and ellipses are never
 * rewritten. Nesting is capped at the article limit (see `loadMarkdown`).
 */
const md = new MarkdownIt('default', {
  html: false,
  linkify: false,
  typographer: false,
  maxNesting: ARTICLE_LIMITS.docDepth,
});
// Every link is parsed as a link, so a refused one keeps only its text (not "[text](javascript:…)");
// isSafeLinkHref below decides which links stay links.
md.validateLink = () => true;

/** Block tokens that open a node, with the node type and attributes they make. */
function blockFor(token: Token): { type: NodeType; attrs: Attrs | null } | null {
  switch (token.type.replace(/_(?:open|close)$/, '')) {
    case 'paragraph':
    case 'th': // a table cell is read as a paragraph of its own
    case 'td':
      return { type: nodes.paragraph, attrs: null };
    case 'heading':
      return { type: nodes.heading, attrs: { level: Number(token.tag.slice(1)) } };
    case 'blockquote':
      return { type: nodes.blockquote, attrs: null };
    case 'bullet_list':
      return { type: nodes.bullet_list, attrs: null };
    case 'ordered_list':
      return { type: nodes.ordered_list, attrs: null };
    case 'list_item':
      return { type: nodes.list_item, attrs: null };
    default:
      return null; // tables, rows and rules only group or separate: their cells carry the text
  }
}

/** The plain text of inline tokens (an image's alt, a heading for the title). */
function inlineText(tokens: readonly Token[] | null): string {
  return (tokens ?? [])
    .map(t =>
      t.type === 'image'
        ? inlineText(t.children)
        : t.type === 'softbreak' || t.type === 'hardbreak'
          ? ' '
          : t.content,
    )
    .join('');
}

/** Inline tokens as ProseMirror inline nodes: text with em, strong, code and safe link marks. */
function inlineNodes(tokens: readonly Token[]): PmNode[] {
  const out: PmNode[] = [];
  // open marks, innermost last; null for a refused link or a mark the schema lacks (~~strike~~)
  const open: (Mark | null)[] = [];
  const active = (extra?: Mark) =>
    [...open, extra].reduce<readonly Mark[]>((set, m) => (m ? m.addToSet(set) : set), []);
  const text = (value: string, extra?: Mark) => {
    if (value) out.push(articleSchema.text(value, active(extra)));
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'text_special':
      case 'html_inline':
        text(token.content);
        break;
      case 'code_inline':
        text(token.content, marks.code.create());
        break;
      case 'softbreak':
        text(' ');
        break;
      case 'hardbreak':
        out.push(nodes.hard_break.create());
        break;
      case 'image':
        text(inlineText(token.children));
        break;
      case 'em_open':
        open.push(marks.em.create());
        break;
      case 'strong_open':
        open.push(marks.strong.create());
        break;
      case 'link_open': {
        const href = token.attrGet('href');
        open.push(isSafeLinkHref(href) ? marks.link.create({ href }) : null);
        break;
      }
      default:
        if (token.nesting === 1) open.push(null);
        else if (token.nesting === -1) open.pop();
    }
  }
  return out;
}

interface Frame {
  type: NodeType;
  attrs: Attrs | null;
  children: PmNode[];
}

/**
 * A Markdown source as an (untidied) article document, by walking
 * markdown-it's token stream with an explicit stack: no HTML is built or
 * parsed. Headings, paragraphs, lists (nested), quotes, code (inline, fenced,
 * indented), links and emphasis map onto the schema; an image becomes its alt
 * text; a soft break a space, a hard break a hard break; a table cell a
 * paragraph; a horizontal rule nothing. Null if the source nests deeper than
 * `ARTICLE_LIMITS.docDepth` (markdown-it would silently drop what lies deeper).
 */
export function docFromMarkdown(source: string): PmNode | null {
  const tokens = md.parse(normalizeLineEnds(source), {});
  const root: Frame = { type: nodes.doc, attrs: null, children: [] };
  const stack: Frame[] = [root];
  const top = () => stack.at(-1) ?? root;
  for (const token of tokens) {
    if (token.level >= ARTICLE_LIMITS.docDepth - 1) return null;
    const block = blockFor(token);
    if (block && token.nesting === 1) {
      stack.push({ ...block, children: [] });
    } else if (block && token.nesting === -1 && stack.length > 1) {
      const frame = stack.pop() as Frame;
      const node = frame.type.createAndFill(frame.attrs, frame.children);
      if (node) top().children.push(node);
    } else if (token.type === 'inline') {
      const inline = inlineNodes(token.children ?? []);
      const frame = top();
      if (frame.type.isTextblock) for (const node of inline) frame.children.push(node);
      else if (inline.length) frame.children.push(nodes.paragraph.create(null, inline));
    } else if (token.type === 'fence' || token.type === 'code_block') {
      const code = token.content ? [articleSchema.text(token.content)] : [];
      top().children.push(nodes.code_block.create(null, code));
    } else if (token.type === 'html_block' && token.content.trim()) {
      // never produced with html: false; kept as text should that ever change
      top().children.push(nodes.paragraph.create(null, articleSchema.text(token.content)));
    }
  }
  return nodes.doc.createAndFill(null, root.children);
}

/** The text of the first level-1 heading, the Markdown way of naming a document. */
function firstH1(doc: PmNode): string | undefined {
  let title: string | undefined;
  doc.forEach(node => {
    if (title === undefined && node.type === nodes.heading && node.attrs.level === 1) {
      title = cleanText(node.textContent);
    }
  });
  return title;
}

/**
 * A Markdown file as an article (`docFromMarkdown`, then `finishDoc`);
 * refuses more than `ARTICLE_LIMITS.lines` lines before parsing. The
 * title is the first top-level `#` heading, which also stays in the text (it
 * is part of what was published and may be checked), else `fallbackTitle`.
 */
export function loadMarkdown(source: string, fallbackTitle: string): LoadResult {
  const tooMany = checkLineCount(source);
  if (tooMany) return tooMany;
  const doc = docFromMarkdown(source);
  if (!doc) {
    return loadError(
      'too-deep',
      `its quotes and lists nest too deeply; Factmark reads articles up to ${ARTICLE_LIMITS.docDepth} levels`,
    );
  }
  return finishDoc(doc, 'markdown', tidy => ({
    title: cleanTitle(firstH1(tidy) ?? fallbackTitle),
  }));
}
