import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

/** The elements the article schema reads (img only for its alt text). */
export const SCHEMA_TAGS = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'a',
  'em',
  'i',
  'strong',
  'b',
  'br',
  'figure',
  'figcaption',
  'img',
] as const;

/**
 * Layout elements kept only as block boundaries, so the texts of two table
 * cells or two `<div>`s do not run together. They keep no attribute and
 * become plain `<div>`s, which ProseMirror's parser reads as a boundary and
 * then drops.
 */
export const BOUNDARY_TAGS = [
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'address',
  'hgroup',
  'details',
  'summary',
  'dl',
  'dt',
  'dd',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'hr',
] as const;

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: [...SCHEMA_TAGS, ...BOUNDARY_TAGS],
  // href for links, alt for the text that replaces an image; no src, srcset, style, id, class, on*
  ALLOWED_ATTR: ['href', 'alt'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
  // other removed elements keep their text (a <span>, a <font>); these lose it too, on top of
  // DOMPurify's own list (script, style, template, iframe, noscript, svg, math …)
  ADD_FORBID_CONTENTS: ['button', 'select', 'datalist', 'object', 'canvas', 'map', 'dialog'],
  KEEP_CONTENT: true,
  RETURN_DOM_FRAGMENT: true,
};

let purifier: DOMPurify | undefined;

/** One DOMPurify instance bound to this window, made on first use so merely importing is free. */
function getPurifier(): DOMPurify {
  if (!purifier) {
    if (typeof window === 'undefined') throw new Error('reading HTML needs a browser DOM');
    purifier = createDOMPurify(window);
    if (!purifier.isSupported) throw new Error('this browser cannot sanitize HTML safely');
  }
  return purifier;
}

/** Moves `from`'s children to the end of `to`, one by one (spreading 100,000 children would overflow the stack). */
function moveChildren(from: Node, to: Node): void {
  for (let child = from.firstChild; child; child = from.firstChild) to.appendChild(child);
}

/** Each `<img>` as its alt text, or dropped when its figure has a caption or it has no alt. */
function replaceImages(fragment: DocumentFragment): void {
  for (const img of Array.from(fragment.querySelectorAll('img'))) {
    const alt = (img.getAttribute('alt') ?? '').trim();
    const captioned = img.closest('figure')?.querySelector('figcaption');
    if (alt && !captioned) img.replaceWith(` ${alt} `);
    else img.remove();
  }
}

/** Each layout element as a bare `<div>`, which ProseMirror's parser reads as a block boundary. */
function boundariesToDivs(fragment: DocumentFragment): void {
  const selector = BOUNDARY_TAGS.filter(tag => tag !== 'div').join(',');
  for (const element of Array.from(fragment.querySelectorAll(selector))) {
    const div = element.ownerDocument.createElement('div');
    moveChildren(element, div);
    element.replaceWith(div);
  }
}

const ALLOWED = new Set<string>([...SCHEMA_TAGS, ...BOUNDARY_TAGS]);
const ALLOWED_ATTRIBUTES = new Set(['href', 'alt']);

/**
 * Fails closed if the sanitizer left anything it should have removed. A
 * browser's DOMPurify never does; a DOM whose NodeIterator ignores removals
 * (happy-dom's) makes it stop after the first removed node, and such output
 * must never become an article.
 */
function assertClean(fragment: DocumentFragment): void {
  for (const element of Array.from(fragment.querySelectorAll('*'))) {
    const attributes = Array.from(element.attributes, a => a.name);
    if (!ALLOWED.has(element.localName) || attributes.some(a => !ALLOWED_ATTRIBUTES.has(a))) {
      throw new Error(`the HTML sanitizer left a <${element.localName}> element in place`);
    }
  }
}

/**
 * What DOMPurify can clean: it cannot clean a `<body>` or `<html>` element
 * itself, so their children move into a fragment.
 */
function sanitizable(node: Node): Node {
  const name = node.nodeName.toLowerCase();
  if (name !== 'body' && name !== 'html') return node;
  const fragment = (node.ownerDocument ?? document).createDocumentFragment();
  moveChildren(node, fragment);
  return fragment;
}

/**
 * `node` (a page's body, Readability's article, a pasted fragment) cleaned
 * for the article schema: DOMPurify keeps only `SCHEMA_TAGS` and
 * `BOUNDARY_TAGS`, only `href` (http, https, mailto) and `alt` attributes, and
 * drops scripts, styles, frames, forms' controls, SVG and MathML with their
 * content. Images then become their alt text and layout elements bare divs.
 * The result is a DOM fragment, never serialized and parsed again, so no
 * mutation-XSS round trip exists. `node` itself is left as it was, except
 * that the children of a `<body>` or `<html>` move out. Throws if there is no DOM.
 */
export function sanitizeArticleHtml(node: Node): DocumentFragment {
  const fragment = getPurifier().sanitize(sanitizable(node), CONFIG);
  assertClean(fragment);
  replaceImages(fragment);
  boundariesToDivs(fragment);
  return fragment;
}
