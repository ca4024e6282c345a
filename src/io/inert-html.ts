import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { DomSize } from './html-nesting';

type SourceNode = DefaultTreeAdapterMap['childNode'];
type SourceElement = DefaultTreeAdapterMap['element'];

/**
 * Elements that never hold article text and only matter to a live page
 * (scripts, styles, stylesheet links, frames, plug-ins, the `<base>` a saved page may point
 * anywhere, `<template>` content that is never shown). Dropped with their
 * content, in any namespace (`<svg><style>` too).
 */
const DROPPED = new Set([
  'script',
  'style',
  'base',
  'template',
  'iframe',
  'frame',
  'object',
  'embed',
  'applet',
]);

const isDataBlock = (el: SourceElement) =>
  el.attrs.some(a => a.name === 'type' && /^\s*application\/ld\+json\s*$/i.test(a.value));

const isCanonicalLink = (el: SourceElement) =>
  el.attrs.some(a => a.name === 'rel' && a.value.toLowerCase().split(/\s+/).includes('canonical'));

function dropped(el: SourceElement): boolean {
  if (el.tagName === 'script') return !isDataBlock(el); // JSON-LD metadata is data, not code
  if (el.tagName === 'meta') return el.attrs.some(a => a.name === 'http-equiv');
  if (el.tagName === 'link') return !isCanonicalLink(el); // the page's own address is metadata
  return DROPPED.has(el.tagName);
}

const HIDDEN_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** Copies the attributes a page may keep: no `on*` handler, no `style`, no `srcdoc`. */
function copyAttributes(from: SourceElement, to: Element): void {
  for (const attr of from.attrs) {
    const name = attr.name.toLowerCase();
    if (name.startsWith('on') || name === 'srcdoc') continue;
    if (name === 'style') {
      // an inline style is never applied, but Readability's visibility test still needs to know
      if (HIDDEN_STYLE.test(attr.value)) to.setAttribute('hidden', '');
      continue;
    }
    try {
      if (attr.namespace) {
        const qualified = attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
        to.setAttributeNS(attr.namespace, qualified, attr.value);
      } else {
        to.setAttribute(attr.name, attr.value);
      }
    } catch {
      // a name the HTML parser accepts but the DOM refuses (`a"b`): nothing an article needs
    }
  }
}

function createElement(page: Document, from: SourceElement): Element | undefined {
  try {
    return page.createElementNS(from.namespaceURI, from.tagName);
  } catch {
    return undefined; // a tag name the DOM refuses: its content is kept in its parent
  }
}

/** Parse failures: the nesting or element count went past a limit while building. */
export interface InertLimits {
  depth: number;
  elements: number;
}

export type InertPage =
  { page: Document; size: DomSize } | { exceeded: 'depth' | 'elements'; size: DomSize };

/**
 * Parses HTML with parse5, a JavaScript implementation of the browser's own
 * parsing algorithm, then builds an inert document from the result: never
 * attached, with no script but JSON-LD, no style, `<base>`, frame, plug-in
 * or `<meta http-equiv>`, and no `on*`, `style` or `srcdoc` attribute.
 *
 * Why not `DOMParser`: its document inherits the app's Content-Security-Policy,
 * so a saved page's inline handlers, styles and `<base>` each raise a
 * (blocked) `securitypolicyviolation` report. Nothing would run, but a clean
 * report stream is how we prove that, and a node that never exists cannot
 * be reported. The tree is built without recursion and stops as soon as it
 * passes `limits`.
 */
export function parseInertHtml(html: string, limits: InertLimits): InertPage {
  const source = parse(html, { scriptingEnabled: false });
  const page = document.implementation.createHTMLDocument('');
  page.documentElement.remove();
  const size: DomSize = { depth: 0, elements: 0 };
  const stack: { node: SourceNode; parent: Node; depth: number }[] = [];
  const pushChildren = (nodes: SourceNode[], parent: Node, depth: number) => {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i];
      if (node) stack.push({ node, parent, depth });
    }
  };
  pushChildren(source.childNodes, page, 1);
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, parent, depth } = item;
    if (node.nodeName === '#text') {
      parent.appendChild(page.createTextNode((node as DefaultTreeAdapterMap['textNode']).value));
      continue;
    }
    if (!('tagName' in node) || dropped(node)) continue; // comments, doctype
    const element = createElement(page, node);
    if (!element) {
      pushChildren(node.childNodes, parent, depth);
      continue;
    }
    size.elements++;
    size.depth = Math.max(size.depth, depth);
    if (size.depth > limits.depth) return { exceeded: 'depth', size };
    if (size.elements > limits.elements) return { exceeded: 'elements', size };
    copyAttributes(node, element);
    parent.appendChild(element);
    pushChildren(node.childNodes, element, depth + 1);
  }
  return { page, size };
}
