import type { AnnotationFields, SourceFields } from './annotation-fields';
import { textOffset } from './offsets';
import { parseOrigin, type AnnotationOrigin } from './origin';
import { ANNOTATION_KINDS, ANNOTATION_STATUSES, SOURCE_STANCES, type Target } from './types';

/**
 * The annotation form as it was last typed, kept until it is saved or
 * discarded, so that a reload or a crash loses nothing: what it was open on (a
 * new annotation's target, or a stored annotation's id), the fields, and the
 * fields it opened with (for merging with another tab's save, as the form does).
 * A new annotation from an accepted suggestion keeps its origin too.
 */
export interface Draft {
  articleId: string;
  on: { mode: 'new'; target: Target; origin?: AnnotationOrigin } | { mode: 'edit'; id: string };
  fields: AnnotationFields;
  opened: AnnotationFields;
  /** ISO date of the last keystroke kept. */
  savedAt: string;
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isString = (x: unknown): x is string => typeof x === 'string';
const oneOf = <T extends string>(list: readonly T[], x: unknown): x is T => list.includes(x as T);

function parseSource(x: unknown): SourceFields | null {
  if (!isRecord(x) || !oneOf(SOURCE_STANCES, x.stance)) return null;
  const keys = ['url', 'title', 'publisher', 'quote', 'accessedAt', 'archivedUrl'] as const;
  if (!keys.every(k => isString(x[k]))) return null;
  return {
    url: x.url as string,
    title: x.title as string,
    publisher: x.publisher as string,
    quote: x.quote as string,
    accessedAt: x.accessedAt as string,
    archivedUrl: x.archivedUrl as string,
    stance: x.stance,
  };
}

function parseFields(x: unknown): AnnotationFields | null {
  if (!isRecord(x) || !oneOf(ANNOTATION_KINDS, x.kind) || !oneOf(ANNOTATION_STATUSES, x.status))
    return null;
  const texts = ['verdict', 'correction', 'note', 'tags'] as const;
  if (!texts.every(k => isString(x[k])) || !Array.isArray(x.sources)) return null;
  const sources = x.sources.map(parseSource);
  if (sources.some(s => s === null)) return null;
  return {
    kind: x.kind,
    status: x.status,
    verdict: x.verdict as string,
    correction: x.correction as string,
    note: x.note as string,
    tags: x.tags as string,
    sources: sources as SourceFields[],
  };
}

function parseTarget(x: unknown): Target | null {
  if (!isRecord(x)) return null;
  const { start, end, exact, prefix, suffix } = x;
  const offset = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
  if (!offset(start) || !offset(end) || (start as number) >= (end as number)) return null;
  if (!isString(exact) || !isString(prefix) || !isString(suffix)) return null;
  return {
    start: textOffset(start as number),
    end: textOffset(end as number),
    exact,
    prefix,
    suffix,
  };
}

/**
 * The gate for a stored draft: the draft, or null when the row is not one (an
 * older or damaged row is dropped, never shown half-read).
 */
export function parseDraft(x: unknown): Draft | null {
  if (!isRecord(x) || !isString(x.articleId) || !isString(x.savedAt) || !isRecord(x.on))
    return null;
  const fields = parseFields(x.fields);
  const opened = parseFields(x.opened);
  if (!fields || !opened) return null;
  const { on } = x;
  if (on.mode === 'edit' && isString(on.id))
    return {
      articleId: x.articleId,
      on: { mode: 'edit', id: on.id },
      fields,
      opened,
      savedAt: x.savedAt,
    };
  const target = on.mode === 'new' ? parseTarget(on.target) : null;
  if (!target) return null;
  // an origin that does not read is dropped: the typed fields matter more than why it was suggested
  const origin = on.origin === undefined ? null : parseOrigin(on.origin);
  return {
    articleId: x.articleId,
    on: { mode: 'new', target, ...(origin && { origin }) },
    fields,
    opened,
    savedAt: x.savedAt,
  };
}
