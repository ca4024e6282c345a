import { withDeskFields } from '../model/desk/desk-fields';
import type { AnchoringState, Annotation, Article, HistoryEntry, Source } from '../model/types';
import type { MergeConflict } from '../model/desk/merge-conflict';
import type { Tombstone } from '../model/tombstone';
import { DEFAULT_VERDICT_SCALE, type VerdictScale } from '../model/verdict-scale';
import {
  assessmentBody,
  decisionBody,
  personNode,
  scaleNode,
  tombstoneNode,
} from './annotated-json-desk';
import { httpUrlAsUri, uuidIri } from './iri';
import { asDateTime, isIsoDate, isIsoDateTime } from '../model/iso-dates';
import { inReadingOrder } from '../model/reading-order';
import { escapeJsonForHtml } from './json-for-html';
import { RawJson, stringifyLayeredParts } from './json-layout';
import {
  EXPORT_CONTEXT,
  FORMAT_VERSION,
  GENERATOR,
  MOTIVATION_OF_KIND,
  TEXT_FORMAT,
} from './w3c-context';

/** How to write an annotated-JSON file; every option may be left out. */
export interface AnnotatedJsonExportOptions {
  /**
   * When this file was made (RFC 3339), written as the collection's W3C
   * `generated`. Left out when absent, so the same records give the same bytes.
   */
  generated?: string;
  /** The verdict scale whose labels and ratings are written beside each verdict id, and which the file carries (the default if absent). */
  scale?: VerdictScale;
  /** The tombstones of the article's deleted annotations, so a merge of this file deletes them too. */
  tombstones?: readonly Tombstone[];
}

/** The IRI of the collection holding an article's annotations. */
export const collectionIri = (articleId: string) => `${uuidIri(articleId)}#annotations`;

function articleNode(article: Article) {
  const { sourceUrl, publisher, author, publishedAt, previousVersionId } = article;
  return {
    id: uuidIri(article.id),
    type: 'factmark:Article',
    'factmark:title': article.title,
    ...(sourceUrl !== undefined && { 'factmark:sourceUrl': sourceUrl }),
    ...(publisher !== undefined && { 'factmark:publisher': publisher }),
    ...(author !== undefined && { 'factmark:author': author }),
    ...(publishedAt !== undefined && { 'factmark:publishedAt': publishedAt }),
    created: article.createdAt,
    modified: article.updatedAt,
    ...(previousVersionId !== undefined && {
      'factmark:previousVersion': uuidIri(previousVersionId),
    }),
    'factmark:textHash': article.textHash,
    'factmark:text': article.text,
    'factmark:doc': article.doc,
  };
}

function sourceUri(url: string): string {
  try {
    return httpUrlAsUri(url);
  } catch {
    return url; // not a URL at all: the importer will name the problem
  }
}

type Node = Record<string, unknown>;

/** Sets `key` only when `value` is defined: what JSON.stringify would leave out anyway. */
function put(node: Node, key: string, value: unknown): Node {
  if (value !== undefined) node[key] = value;
  return node;
}

/**
 * What every annotation of one export shares, worked out once: writing
 * 10,000 annotations node by node is the export's main cost.
 */
export interface ExportContext {
  /** Everything of the article an annotation's line depends on. */
  key: string;
  articleIri: string;
  state: Node | undefined;
  /** A source URL as a URI; sources repeat across annotations. */
  uriOf: (url: string) => string;
  scale: VerdictScale;
}

/** What the annotations of `article` written with `scale` share. */
export function exportContext(article: Article, scale: VerdictScale): ExportContext {
  const { publishedAt } = article;
  // the text the selectors count in is the article as published
  const state =
    publishedAt !== undefined && (isIsoDate(publishedAt) || isIsoDateTime(publishedAt))
      ? { type: 'TimeState', sourceDate: asDateTime(publishedAt) }
      : undefined;
  const uris = new Map<string, string>();
  const uriOf = (url: string) => {
    let uri = uris.get(url);
    if (uri === undefined) uris.set(url, (uri = sourceUri(url)));
    return uri;
  };
  const articleIri = uuidIri(article.id);
  // a verdict's label and rating go into each line, so the scale is part of what a line depends on
  const key = `${articleIri} ${state?.sourceDate ?? ''} ${JSON.stringify(scale)}`;
  return { key, articleIri, state, uriOf, scale };
}

function linkingBody(s: Source, uriOf: (url: string) => string): Node {
  const source = uriOf(s.url);
  const node: Node = { type: 'SpecificResource', purpose: 'linking', source };
  // the id must be a URI; the URL exactly as the reviewer wrote it rides alongside
  if (source !== s.url) node['factmark:url'] = s.url;
  node['factmark:stance'] = s.stance;
  put(node, 'factmark:title', s.title);
  put(node, 'factmark:publisher', s.publisher);
  put(node, 'factmark:quote', s.quote);
  put(node, 'factmark:accessedAt', s.accessedAt);
  return put(node, 'factmark:archivedUrl', s.archivedUrl);
}

const textBody = (purpose: string, value: string): Node => ({
  type: 'TextualBody',
  purpose,
  value,
  format: TEXT_FORMAT,
});

function bodies(a: Annotation, { uriOf, scale }: ExportContext): Node[] {
  const out: Node[] = [];
  if (a.verdict !== undefined) out.push(decisionBody(a.verdict, scale));
  for (const x of a.assessments ?? []) out.push(assessmentBody(x, scale));
  if (a.note !== '') out.push(textBody('commenting', a.note));
  if (a.correction !== undefined) out.push(textBody('editing', a.correction));
  for (const s of a.sources) out.push(linkingBody(s, uriOf));
  for (const tag of a.tags) out.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  return out;
}

// written field by field so the key order never depends on how the record was built
function anchoringNode(s: AnchoringState) {
  if (s.method === 'orphan') {
    const { textHash, previousExact } = s;
    return {
      method: s.method,
      ...(textHash !== undefined && { textHash }),
      ...(previousExact !== undefined && { previousExact }),
    };
  }
  if (s.method !== 'fuzzy') return { method: s.method };
  const { confidence, confirmed, previousExact } = s;
  return { method: s.method, confidence, confirmed, previousExact };
}

function historyNode(h: HistoryEntry): Node {
  const node: Node = { field: h.field };
  put(node, 'from', h.from);
  put(node, 'to', h.to);
  node.by = h.by;
  put(node, 'byId', h.byId);
  node.at = h.at;
  return put(node, 'settles', h.settles);
}

function conflictNode(c: MergeConflict): Node {
  const node: Node = { heads: c.heads };
  put(node, 'decisions', c.decisions);
  if (c.deleted) {
    const { by, byId, at } = c.deleted;
    node.deleted = put({ by }, 'byId', byId);
    (node.deleted as Node).at = at;
  }
  return node;
}

/**
 * One annotation as the file's W3C node, before it is written as JSON (it
 * may hold what JSON.stringify leaves out). Throws, as the export does, on a
 * record too malformed to be written.
 */
export function annotationNode(record: Annotation, context: ExportContext): Node {
  // a record from before team review is written as the store upgrades it: its verdict its creator's too
  const a = withDeskFields(record);
  const node: Node = {
    id: uuidIri(a.id),
    type: 'Annotation',
    motivation: MOTIVATION_OF_KIND[a.kind],
    'factmark:kind': a.kind,
    'factmark:status': a.status,
    creator:
      a.creatorId !== undefined
        ? personNode({ id: a.creatorId, name: a.creator })
        : { type: 'Person', name: a.creator },
    created: a.createdAt,
    modified: a.updatedAt,
    generator: GENERATOR,
  };
  if (a.anchoring !== undefined) node['factmark:anchoring'] = anchoringNode(a.anchoring);
  if (a.origin !== undefined)
    node['factmark:origin'] = { type: a.origin.type, reasons: a.origin.reasons };
  if (a.history.length > 0) node['factmark:history'] = a.history.map(historyNode);
  if (a.revs !== undefined) node['factmark:revs'] = a.revs;
  if (a.conflict !== undefined) node['factmark:conflict'] = conflictNode(a.conflict);
  const body = bodies(a, context);
  if (body.length > 0) node.body = body;
  const { exact, prefix, suffix, start, end } = a.target;
  const target: Node = {
    type: 'SpecificResource',
    source: context.articleIri,
    selector: [
      { type: 'TextQuoteSelector', exact, prefix, suffix },
      { type: 'TextPositionSelector', start, end },
    ],
  };
  node.target = put(target, 'state', context.state);
  return node;
}

/**
 * Each record's line as last written. Records are immutable values throughout
 * the app (an edit makes a new object), so a reviewer's next export writes only
 * what changed since the last.
 */
const writtenLines = new WeakMap<Annotation, { key: string; line: RawJson }>();

function annotationLine(a: Annotation, context: ExportContext): RawJson {
  const written = writtenLines.get(a);
  if (written?.key === context.key) return written.line;
  const line = new RawJson(escapeJsonForHtml(JSON.stringify(annotationNode(a, context))));
  writtenLines.set(a, { key: context.key, line });
  return line;
}

/**
 * The annotated-JSON export of an article and its annotations (docs/format.md):
 * a W3C AnnotationCollection whose one page holds the annotations in reading
 * order, with the article embedded. Indented down to each annotation, which
 * is one line; ends in a newline. `<`, `>`, `&`, U+2028 and U+2029 are
 * escaped, so the file may be embedded in HTML. The same records always give the same bytes. Throws a RangeError if an
 * annotation belongs to another article.
 */
export function exportAnnotatedJson(
  article: Article,
  annotations: readonly Annotation[],
  options: AnnotatedJsonExportOptions = {},
): string {
  return exportAnnotatedJsonParts(article, annotations, options).join('');
}

/**
 * `exportAnnotatedJson`'s text in parts, in order (each annotation's line is
 * one): what a download's `Blob` is built from, so that no string of the
 * whole file (16 MB for 10,000 annotations) is ever made. Throws as
 * `exportAnnotatedJson` does.
 */
export function exportAnnotatedJsonParts(
  article: Article,
  annotations: readonly Annotation[],
  options: AnnotatedJsonExportOptions = {},
): string[] {
  const stray = annotations.find(a => a.articleId !== article.id);
  if (stray) {
    throw new RangeError(`annotation ${stray.id} belongs to article ${stray.articleId}`);
  }
  const id = collectionIri(article.id);
  const context = exportContext(article, options.scale ?? DEFAULT_VERDICT_SCALE);
  const collection = {
    '@context': EXPORT_CONTEXT,
    id,
    type: 'AnnotationCollection',
    'factmark:formatVersion': FORMAT_VERSION,
    label: article.title,
    total: annotations.length,
    generator: GENERATOR,
    ...(options.generated !== undefined && { generated: options.generated }),
    'factmark:article': articleNode(article),
    'factmark:scale': scaleNode(context.scale),
    ...(options.tombstones?.length && {
      'factmark:tombstones': [...options.tombstones]
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map(tombstoneNode),
    }),
    first: {
      id: `${id}-page-1`,
      type: 'AnnotationPage',
      partOf: id,
      startIndex: 0,
      items: inReadingOrder(annotations).map(a => annotationLine(a, context)),
    },
  };
  // depth 3: each annotation (collection → first → items → annotation), the document's content
  const parts = stringifyLayeredParts(collection, 3);
  parts.push('\n');
  return parts;
}
