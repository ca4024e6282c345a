import type { Node as PmNode } from 'prosemirror-model';
import { textOffset } from '../model/offsets';
import type { AnchoringState, Annotation, Article, DocJson, Source } from '../model/types';
import type { AnnotatedJsonFile, AnnotationNode, BodyNode } from './annotated-json-schema';
import { idOfIri } from './iri';

type Body<P extends BodyNode['purpose']> = Extract<BodyNode, { purpose: P }>;
const bodiesFor = <P extends BodyNode['purpose']>(a: AnnotationNode, purpose: P) =>
  (a.body ?? []).filter((b): b is Body<P> => b.purpose === purpose);

function toSource(b: Body<'linking'>): Source {
  return {
    url: b['factmark:url'] ?? b.source,
    stance: b['factmark:stance'],
    ...(b['factmark:title'] !== undefined && { title: b['factmark:title'] }),
    ...(b['factmark:publisher'] !== undefined && { publisher: b['factmark:publisher'] }),
    ...(b['factmark:quote'] !== undefined && { quote: b['factmark:quote'] }),
    ...(b['factmark:accessedAt'] !== undefined && { accessedAt: b['factmark:accessedAt'] }),
    ...(b['factmark:archivedUrl'] !== undefined && { archivedUrl: b['factmark:archivedUrl'] }),
  };
}

/** The annotation record of a checked annotation node, on the article `articleId`. */
// built field by field: only what the model knows, in its own key order
function toAnchoring(s: NonNullable<AnnotationNode['factmark:anchoring']>): AnchoringState {
  if (s.method === 'fuzzy') {
    const { confidence, confirmed, previousExact } = s;
    return { method: 'fuzzy', confidence, confirmed, previousExact };
  }
  if (s.method === 'orphan') {
    const { textHash, previousExact } = s;
    return {
      method: 'orphan',
      ...(textHash !== undefined && { textHash }),
      ...(previousExact !== undefined && { previousExact }),
    };
  }
  return { method: s.method };
}

export function toAnnotation(a: AnnotationNode, articleId: string): Annotation {
  const [verdict] = bodiesFor(a, 'assessing');
  const [note] = bodiesFor(a, 'commenting');
  const [correction] = bodiesFor(a, 'editing');
  const quote = a.target.selector.find(s => s.type === 'TextQuoteSelector');
  const position = a.target.selector.find(s => s.type === 'TextPositionSelector');
  const anchoring = a['factmark:anchoring'];
  return {
    id: idOfIri(a.id),
    articleId,
    kind: a['factmark:kind'],
    target: {
      start: textOffset(position?.start ?? 0),
      end: textOffset(position?.end ?? 0),
      exact: quote?.exact ?? '',
      prefix: quote?.prefix ?? '',
      suffix: quote?.suffix ?? '',
    },
    ...(verdict && { verdict: verdict['factmark:verdict'] }),
    ...(correction && { correction: correction.value }),
    note: note?.value ?? '',
    sources: bodiesFor(a, 'linking').map(toSource),
    tags: bodiesFor(a, 'tagging').map(b => b.value),
    status: a['factmark:status'],
    creator: a.creator.name,
    createdAt: a.created,
    updatedAt: a.modified,
    history: (a['factmark:history'] ?? []).map(h => ({
      field: h.field,
      ...(h.from !== undefined && { from: h.from }),
      ...(h.to !== undefined && { to: h.to }),
      by: h.by,
      at: h.at,
    })),
    ...(anchoring && { anchoring: toAnchoring(anchoring) }),
  };
}

/** The article record of a checked file, with its document as ProseMirror serializes it. */
export function toArticle(file: AnnotatedJsonFile, doc: PmNode): Article {
  const a = file['factmark:article'];
  const previous = a['factmark:previousVersion'];
  return {
    id: idOfIri(a.id),
    title: a['factmark:title'],
    ...(a['factmark:sourceUrl'] !== undefined && { sourceUrl: a['factmark:sourceUrl'] }),
    ...(a['factmark:publisher'] !== undefined && { publisher: a['factmark:publisher'] }),
    ...(a['factmark:author'] !== undefined && { author: a['factmark:author'] }),
    ...(a['factmark:publishedAt'] !== undefined && { publishedAt: a['factmark:publishedAt'] }),
    createdAt: a.created,
    updatedAt: a.modified,
    doc: doc.toJSON() as DocJson,
    text: a['factmark:text'],
    textHash: a['factmark:textHash'],
    ...(previous !== undefined && { previousVersionId: idOfIri(previous) }),
  };
}
