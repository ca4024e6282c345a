import { CodePointIndex } from '../model/offsets';
import type { AnnotatedJsonFile, AnnotationNode, BodyNode } from './annotated-json-schema';
import { importError, type ImportError, type JsonPath } from './import-error';
import type { ImportLimits } from './import-limits';
import { httpUrlAsUri } from './iri';
import { MOTIVATION_OF_KIND } from './w3c-context';

const SINGLE_PURPOSES = {
  assessing: 'verdict',
  commenting: 'note',
  editing: 'correction',
} as const;

/**
 * An `assessing` body of format 3: the decision (marked) or one reviewer's
 * assessment (with its creator), never both, one assessment per reviewer.
 * Before format 3 the one `assessing` body is the decision.
 */
function checkAssessing(
  body: Extract<BodyNode, { purpose: 'assessing' }>,
  path: JsonPath,
  reviewers: Set<string>,
): ImportError | null {
  const decision = body['factmark:decision'] === true;
  const reviewer = body.creator?.id.toLowerCase();
  if (decision && reviewer !== undefined)
    return importError(
      path,
      'invalid',
      'a verdict is the decision or one reviewer’s assessment, not both',
    );
  if (reviewer === undefined) return null;
  if (reviewers.has(reviewer))
    return importError(
      [...path, 'creator'],
      'invalid',
      `${body.creator?.id} has two assessments of one annotation`,
    );
  reviewers.add(reviewer);
  return null;
}

function checkBodies(
  a: AnnotationNode,
  at: JsonPath,
  limits: ImportLimits,
  version: number,
): ImportError | null {
  const seen = new Set<string>();
  const reviewers = new Set<string>();
  let sources = 0;
  let tags = 0;
  for (const [i, body] of (a.body ?? []).entries()) {
    const path = [...at, 'body', i];
    if (body.purpose === 'assessing' && version >= 3) {
      const problem = checkAssessing(body, path, reviewers);
      if (problem) return problem;
      if (body.creator !== undefined) continue;
      if (body['factmark:decision'] !== true)
        return importError(
          path,
          'invalid',
          'a verdict is marked as the decision (factmark:decision) or names its reviewer (creator)',
        );
    } else if (
      body.purpose === 'assessing' &&
      (body.creator !== undefined || body['factmark:decision'] !== undefined)
    ) {
      return importError(
        path,
        'invalid',
        'assessments apart from the decision need format version 3',
      );
    }
    if (body.purpose === 'linking') {
      if (++sources > limits.sourcesPerAnnotation) {
        return importError(
          path,
          'too-many',
          `at most ${limits.sourcesPerAnnotation} sources per annotation`,
        );
      }
      const url = body['factmark:url'];
      if (url !== undefined && httpUrlAsUri(url) !== body.source) {
        return importError(
          [...path, 'source'],
          'bad-url',
          'does not match factmark:url, the link as written',
        );
      }
    } else if (body.purpose === 'tagging') {
      if (++tags > limits.tagsPerAnnotation) {
        return importError(
          path,
          'too-many',
          `at most ${limits.tagsPerAnnotation} tags per annotation`,
        );
      }
    } else if (seen.has(body.purpose)) {
      return importError(
        path,
        'invalid',
        `an annotation has at most one ${SINGLE_PURPOSES[body.purpose]}`,
      );
    }
    seen.add(body.purpose);
  }
  return null;
}

function checkTarget(a: AnnotationNode, at: JsonPath, text: CodePointIndex): ImportError | null {
  const { selector } = a.target;
  const quotes = selector.filter(s => s.type === 'TextQuoteSelector').length;
  if (quotes !== 1) {
    return importError(
      [...at, 'target', 'selector'],
      'invalid',
      'must hold one TextQuoteSelector and one TextPositionSelector',
    );
  }
  const i = selector.findIndex(s => s.type === 'TextPositionSelector');
  const position = selector[i];
  if (position?.type !== 'TextPositionSelector') return null; // unreachable: length 2, one quote
  const path = [...at, 'target', 'selector', i];
  if (position.start > position.end) {
    return importError(
      [...path, 'start'],
      'bad-offset',
      `start ${position.start} is after end ${position.end}`,
    );
  }
  if (position.end > text.length) {
    return importError(
      [...path, 'end'],
      'bad-offset',
      `end ${position.end} is beyond the end of the text (${text.length} code points)`,
    );
  }
  return null;
}

/** What one annotation node is checked against: its file's article, and how the file was written. */
export interface ItemContext {
  /** The article's id as the file names it (`urn:uuid:…`). */
  articleIri: string;
  /** The article's text, indexed by code point. */
  text: CodePointIndex;
  limits: ImportLimits;
  /** The file's format version. */
  version: number;
}

/**
 * The first problem of one annotation node that passed the schema, at `at`,
 * that needs more than one field to see: on the file's article, motivation
 * against kind, one verdict/note/correction, the per-annotation limits,
 * positions within the text. Null if none. The import checks every item of a
 * file with it, and the desk sync each record it receives (`recordGate`).
 */
export function checkAnnotationNode(
  a: AnnotationNode,
  at: JsonPath,
  context: ItemContext,
): ImportError | null {
  if (a.target.source.toLowerCase() !== context.articleIri.toLowerCase()) {
    return importError(
      [...at, 'target', 'source'],
      'wrong-article',
      `targets ${a.target.source}, not this file's article ${context.articleIri}`,
    );
  }
  const motivation = MOTIVATION_OF_KIND[a['factmark:kind']];
  if (a.motivation !== motivation) {
    return importError(
      [...at, 'motivation'],
      'invalid',
      `a ${a['factmark:kind']} is "${motivation}", not "${a.motivation}"`,
    );
  }
  return checkBodies(a, at, context.limits, context.version) ?? checkTarget(a, at, context.text);
}

/**
 * The first problem of a file that passed the schema that needs more than one
 * field to see: the count, unique ids, and each annotation's own
 * (`checkAnnotationNode`). Null if none.
 * A quote that no longer matches the text is not a problem: re-anchoring deals with it.
 */
export function checkConsistency(
  file: AnnotatedJsonFile,
  limits: ImportLimits,
): ImportError | null {
  const article = file['factmark:article'];
  const items = file.first.items;
  if (file.total !== items.length) {
    return importError(
      ['total'],
      'count-mismatch',
      `says ${file.total} annotations, but the page holds ${items.length}`,
    );
  }
  const context: ItemContext = {
    articleIri: article.id,
    text: new CodePointIndex(article['factmark:text']),
    limits,
    version: file['factmark:formatVersion'],
  };
  const ids = new Set<string>();
  for (const [i, a] of items.entries()) {
    const at = ['first', 'items', i];
    if (ids.has(a.id.toLowerCase())) {
      return importError([...at, 'id'], 'duplicate-id', `${a.id} appears twice in this file`);
    }
    ids.add(a.id.toLowerCase());
    const problem = checkAnnotationNode(a, at, context);
    if (problem) return problem;
  }
  return null;
}
