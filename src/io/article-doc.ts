import type { Node as PmNode } from 'prosemirror-model';
import { articleSchema, isSafeLinkHref, SAFE_LINK_SCHEMES } from '../editor/schema';
import { canonicalText } from '../editor/text-map';
import type { ImportErrorCode, JsonPath } from './import-error';
import { isPlainObject } from './json-guards';

/** A problem of an imported document, at a path relative to the document. */
export interface DocProblem {
  path: JsonPath;
  code: ImportErrorCode;
  message: string;
}

/** A document that fits the article schema and the text, or its first problem. */
export type DocResult = { ok: true; doc: PmNode } | ({ ok: false } & DocProblem);

interface Visit {
  node: unknown;
  path: JsonPath;
  depth: number;
}

const fail = (path: JsonPath, code: ImportErrorCode, message: string): DocResult => ({
  ok: false,
  path,
  code,
  message,
});

const known = (names: Record<string, unknown>) => Object.keys(names).join(', ');

// Checks what nodeFromJSON would trip over, with a path, and bounds the depth
// first: nodeFromJSON recurses, so a doc nested 10,000 levels must never reach it.
function checkShape(doc: unknown, maxDepth: number): DocResult | null {
  const stack: Visit[] = [{ node: doc, path: [], depth: 1 }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const { node, path, depth } = visit;
    if (depth > maxDepth) {
      return fail([], 'doc-too-deep', `the document nests more than ${maxDepth} levels deep`);
    }
    if (!isPlainObject(node)) return fail(path, 'bad-doc', 'a document node must be an object');
    const { type, content, marks, text } = node;
    if (typeof type !== 'string' || !Object.hasOwn(articleSchema.nodes, type)) {
      return fail(
        [...path, 'type'],
        'bad-doc',
        `unknown node type ${JSON.stringify(type)}: an article holds only ${known(articleSchema.nodes)}`,
      );
    }
    if (type === 'text' && typeof text !== 'string') {
      return fail([...path, 'text'], 'bad-doc', 'a text node needs its text');
    }
    if (marks !== undefined) {
      if (!Array.isArray(marks)) return fail([...path, 'marks'], 'bad-doc', 'marks must be a list');
      for (const [i, mark] of marks.entries()) {
        const at = [...path, 'marks', i];
        const markType: unknown = isPlainObject(mark) ? mark.type : undefined;
        if (typeof markType !== 'string' || !Object.hasOwn(articleSchema.marks, markType)) {
          return fail(
            [...at, 'type'],
            'bad-doc',
            `unknown mark ${JSON.stringify(markType)}: an article's text may be only ${known(articleSchema.marks)}`,
          );
        }
        const attrs: unknown = isPlainObject(mark) ? mark.attrs : undefined;
        if (markType === 'link' && !isSafeLinkHref(isPlainObject(attrs) ? attrs.href : undefined)) {
          return fail(
            [...at, 'attrs', 'href'],
            'bad-url',
            `links in an article may only be ${SAFE_LINK_SCHEMES.join(' ')} addresses`,
          );
        }
      }
    }
    if (content !== undefined) {
      if (!Array.isArray(content)) {
        return fail([...path, 'content'], 'bad-doc', 'content must be a list of nodes');
      }
      // pushed last first, so problems are met in document order
      for (let i = content.length - 1; i >= 0; i--) {
        stack.push({ node: content[i], path: [...path, 'content', i], depth: depth + 1 });
      }
    }
  }
  return null;
}

/**
 * Validates an imported ProseMirror document against the article schema
 * (node and mark types, attributes, content rules) and checks that its
 * canonical text is `text`. Never throws; a document deeper than `maxDepth`
 * is refused before ProseMirror's recursive parser sees it.
 */
export function readArticleDoc(json: unknown, text: string, maxDepth: number): DocResult {
  const shape = checkShape(json, maxDepth);
  if (shape) return shape;
  let doc: PmNode;
  try {
    doc = articleSchema.nodeFromJSON(json);
    doc.check();
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return fail([], 'bad-doc', `the document does not fit the article schema: ${why}`);
  }
  if (doc.type !== articleSchema.topNodeType) {
    return fail(['type'], 'bad-doc', `the document must be a "doc" node, not "${doc.type.name}"`);
  }
  if (canonicalText(doc) !== text) {
    return fail([], 'text-mismatch', "the document's text is not the article's text");
  }
  return { ok: true, doc };
}
