import type { AnchoringState, Annotation, Article, HistoryEntry, Source } from '../model/types';
import { DEFAULT_VERDICT_SCALE, findVerdict } from '../model/verdict-scale';
import { httpUrlAsUri, uuidIri } from './iri';
import { asDateTime, isIsoDate, isIsoDateTime } from './iso-dates';
import { inReadingOrder } from '../model/reading-order';
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

function linkingBody(s: Source) {
  const source = sourceUri(s.url);
  return {
    type: 'SpecificResource',
    purpose: 'linking',
    source,
    // the id must be a URI; the URL exactly as the reviewer wrote it rides alongside
    ...(source !== s.url && { 'factmark:url': s.url }),
    'factmark:stance': s.stance,
    ...(s.title !== undefined && { 'factmark:title': s.title }),
    ...(s.publisher !== undefined && { 'factmark:publisher': s.publisher }),
    ...(s.quote !== undefined && { 'factmark:quote': s.quote }),
    ...(s.accessedAt !== undefined && { 'factmark:accessedAt': s.accessedAt }),
    ...(s.archivedUrl !== undefined && { 'factmark:archivedUrl': s.archivedUrl }),
  };
}

function bodies(a: Annotation) {
  const verdict = findVerdict(DEFAULT_VERDICT_SCALE, a.verdict);
  const text = (purpose: string, value: string) => ({
    type: 'TextualBody',
    purpose,
    value,
    format: TEXT_FORMAT,
  });
  return [
    ...(a.verdict !== undefined
      ? [
          {
            ...text('assessing', verdict?.label ?? a.verdict),
            'factmark:verdict': a.verdict,
            ...(verdict?.ratingValue !== undefined && {
              'factmark:ratingValue': verdict.ratingValue,
            }),
          },
        ]
      : []),
    ...(a.note !== '' ? [text('commenting', a.note)] : []),
    ...(a.correction !== undefined ? [text('editing', a.correction)] : []),
    ...a.sources.map(linkingBody),
    ...a.tags.map(tag => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
  ];
}

// written field by field so the key order never depends on how the record was built
function anchoringNode(s: AnchoringState) {
  if (s.method !== 'fuzzy') return { method: s.method };
  const { confidence, confirmed, previousExact } = s;
  return { method: s.method, confidence, confirmed, previousExact };
}

function historyNode(h: HistoryEntry) {
  return {
    field: h.field,
    ...(h.from !== undefined && { from: h.from }),
    ...(h.to !== undefined && { to: h.to }),
    by: h.by,
    at: h.at,
  };
}

function annotationNode(a: Annotation, article: Article) {
  const { publishedAt } = article;
  const sourceDate =
    publishedAt !== undefined && (isIsoDate(publishedAt) || isIsoDateTime(publishedAt))
      ? asDateTime(publishedAt)
      : undefined;
  const body = bodies(a);
  return {
    id: uuidIri(a.id),
    type: 'Annotation',
    motivation: MOTIVATION_OF_KIND[a.kind],
    'factmark:kind': a.kind,
    'factmark:status': a.status,
    creator: { type: 'Person', name: a.creator },
    created: a.createdAt,
    modified: a.updatedAt,
    generator: GENERATOR,
    ...(a.anchoring !== undefined && { 'factmark:anchoring': anchoringNode(a.anchoring) }),
    ...(a.history.length > 0 && { 'factmark:history': a.history.map(historyNode) }),
    ...(body.length > 0 && { body }),
    target: {
      type: 'SpecificResource',
      source: uuidIri(a.articleId),
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: a.target.exact,
          prefix: a.target.prefix,
          suffix: a.target.suffix,
        },
        { type: 'TextPositionSelector', start: a.target.start, end: a.target.end },
      ],
      // the text the selectors count in is the article as published
      ...(sourceDate !== undefined && { state: { type: 'TimeState', sourceDate } }),
    },
  };
}

/**
 * The annotated-JSON export of an article and its annotations (docs/format.md):
 * a W3C AnnotationCollection whose one page holds the annotations in reading
 * order, with the article embedded. Pretty-printed, ending in a newline;
 * the same records always give the same bytes. Throws a RangeError if an
 * annotation belongs to another article.
 */
export function exportAnnotatedJson(
  article: Article,
  annotations: readonly Annotation[],
  options: AnnotatedJsonExportOptions = {},
): string {
  const stray = annotations.find(a => a.articleId !== article.id);
  if (stray) {
    throw new RangeError(`annotation ${stray.id} belongs to article ${stray.articleId}`);
  }
  const id = collectionIri(article.id);
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
    first: {
      id: `${id}-page-1`,
      type: 'AnnotationPage',
      partOf: id,
      startIndex: 0,
      items: inReadingOrder(annotations).map(a => annotationNode(a, article)),
    },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
