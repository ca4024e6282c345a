import type { Node as PmNode } from 'prosemirror-model';
import { withDeskFields } from '../model/desk/desk-fields';
import type { MergeConflict } from '../model/desk/merge-conflict';
import { textOffset } from '../model/offsets';
import type { AnchoringState, Annotation, Article, DocJson, Source } from '../model/types';
import type { AnnotatedJsonFile, AnnotationNode, BodyNode } from './annotated-json-schema';
import { idOfIri } from './iri';
import { toReviewer } from './annotated-json-desk';

const sortedByReviewer = <T extends { reviewer: { id: string } }>(list: T[]) =>
  list.sort((x, y) => (x.reviewer.id < y.reviewer.id ? -1 : x.reviewer.id > y.reviewer.id ? 1 : 0));

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

/** The decision and the assessments of an annotation's `assessing` bodies (format 3; before, the one body is the decision). */
function verdictsOf(a: AnnotationNode) {
  const bodies = bodiesFor(a, 'assessing');
  const decision = bodies.find(b => b.creator === undefined);
  const assessments = bodies.flatMap(b =>
    b.creator === undefined
      ? []
      : [
          {
            reviewer: toReviewer(b.creator),
            verdict: b['factmark:verdict'],
            ...(b['factmark:note'] !== undefined && { note: b['factmark:note'] }),
            at: b.modified ?? a.modified,
          },
        ],
  );
  return { decision, assessments };
}

function toConflict(c: NonNullable<AnnotationNode['factmark:conflict']>): MergeConflict {
  return {
    heads: [...c.heads],
    ...(c.decisions !== undefined && { decisions: [...c.decisions] }),
    ...(c.deleted !== undefined && {
      deleted: {
        by: c.deleted.by,
        ...(c.deleted.byId !== undefined && { byId: c.deleted.byId }),
        at: c.deleted.at,
      },
    }),
  };
}

/**
 * The annotation record of a checked annotation node, on the article
 * `articleId`. A node of format 1 or 2 gets the fields of team review as an
 * upgraded store gives them (`withDeskFields`): the same file gives the same
 * record on every machine.
 */
export function toAnnotation(a: AnnotationNode, articleId: string, version: number): Annotation {
  const { decision: verdict, assessments } = verdictsOf(a);
  const creatorId = a.creator.id === undefined ? undefined : idOfIri(a.creator.id);
  const revs = a['factmark:revs'];
  const conflict = a['factmark:conflict'];
  const [note] = bodiesFor(a, 'commenting');
  const [correction] = bodiesFor(a, 'editing');
  const quote = a.target.selector.find(s => s.type === 'TextQuoteSelector');
  const position = a.target.selector.find(s => s.type === 'TextPositionSelector');
  const anchoring = a['factmark:anchoring'];
  const origin = a['factmark:origin'];
  const record: Annotation = {
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
    ...(creatorId !== undefined && { creatorId }),
    ...(version >= 3 && { assessments: sortedByReviewer(assessments) }),
    ...(revs !== undefined && { revs: [...revs] }),
    ...(conflict !== undefined && { conflict: toConflict(conflict) }),
    createdAt: a.created,
    updatedAt: a.modified,
    history: (a['factmark:history'] ?? []).map(h => ({
      field: h.field,
      ...(h.from !== undefined && { from: h.from }),
      ...(h.to !== undefined && { to: h.to }),
      by: h.by,
      ...(h.byId !== undefined && { byId: h.byId }),
      at: h.at,
      ...(h.settles !== undefined && { settles: [...h.settles] }),
    })),
    ...(anchoring && { anchoring: toAnchoring(anchoring) }),
    ...(origin && { origin: { type: origin.type, reasons: [...origin.reasons] } }),
  };
  return withDeskFields(record);
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
