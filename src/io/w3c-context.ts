import type { AnnotationKind } from '../model/types';

/** The W3C Web Annotation JSON-LD context every Factmark export starts with. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The IRI prefix of Factmark's own terms (`factmark:kind` expands to `urn:factmark:kind`). */
export const FACTMARK_NAMESPACE = 'urn:factmark:';

/**
 * Factmark's own JSON-LD context, embedded in every export so the file is
 * self-describing offline. Our terms are written as compact IRIs
 * (`factmark:…`); the ProseMirror document and the anchoring state are JSON
 * literals (`@json`), not linked data.
 */
export const FACTMARK_CONTEXT = {
  '@version': 1.1,
  factmark: FACTMARK_NAMESPACE,
  'factmark:doc': { '@type': '@json' },
  'factmark:anchoring': { '@type': '@json' },
  'factmark:origin': { '@type': '@json' },
  'factmark:history': { '@type': '@json' },
  'factmark:revs': { '@type': '@json' },
  'factmark:conflict': { '@type': '@json' },
  'factmark:scale': { '@type': '@json' },
  'factmark:tombstones': { '@type': '@json' },
  'factmark:previousVersion': { '@type': '@id' },
  'factmark:sourceUrl': { '@type': '@id' },
  'factmark:archivedUrl': { '@type': '@id' },
} as const;

/** The `@context` of an export. */
export const EXPORT_CONTEXT = [ANNO_CONTEXT, FACTMARK_CONTEXT] as const;

/**
 * The annotated-JSON format version this code writes and the newest it reads.
 * Version 2 added each annotation's `factmark:history`; a version 1 file reads
 * as annotations with no history. A reader of version 1 would have dropped
 * the history silently, so the number went up and such a reader refuses.
 * Version 3 keeps each reviewer's assessment apart from the decision (one
 * `assessing` body each, with its own `creator`; the decision marked
 * `factmark:decision`), each annotation's revision chain and an open merge
 * conflict, the verdict scale and the tombstones of deleted annotations; a
 * version 1 or 2 file's verdict reads as the decision plus its creator's
 * assessment.
 */
export const FORMAT_VERSION = 3;

/** Every format version this code reads. */
export const READABLE_FORMAT_VERSIONS = [1, 2, 3] as const;

/** The `generator` of an export and of each annotation in it. */
export const GENERATOR = { type: 'Software', name: 'Factmark' } as const;

/** The W3C motivation of each kind of annotation. */
export const MOTIVATION_OF_KIND = {
  claim: 'assessing',
  correction: 'editing',
  comment: 'commenting',
} as const satisfies Record<AnnotationKind, string>;

/** The media type of every textual body Factmark writes. */
export const TEXT_FORMAT = 'text/plain';
