import {
  ANNOTATION_KINDS,
  ANNOTATION_STATUSES,
  type Annotation,
  type AnnotationKind,
  type AnnotationStatus,
} from './types';
import type { VerdictScale } from './verdict-scale';

/**
 * What the sidebar shows. An empty list puts no restriction on its field;
 * within a field any listed value matches, and every field must match.
 */
export interface AnnotationFilter {
  /** Words that must all occur in the quote, note, correction, tags or sources. */
  query: string;
  kinds: readonly AnnotationKind[];
  /** Verdict ids, or `NO_VERDICT` for claims without one; only claims match. */
  verdicts: readonly string[];
  statuses: readonly AnnotationStatus[];
  noSources: boolean;
  needsReanchoring: boolean;
  tags: readonly string[];
  /** Creators' names ('' for annotations made before a name was given). */
  reviewers: readonly string[];
}

/** The verdict "id" that selects claims without a verdict. */
export const NO_VERDICT = 'none';

export const EMPTY_FILTER: AnnotationFilter = Object.freeze({
  query: '',
  kinds: [],
  verdicts: [],
  statuses: [],
  noSources: false,
  needsReanchoring: false,
  tags: [],
  reviewers: [],
});

/** Whether the filter hides anything at all. */
export function isFilterActive(f: AnnotationFilter): boolean {
  return (
    queryWords(f.query).length > 0 ||
    f.kinds.length > 0 ||
    f.verdicts.length > 0 ||
    f.statuses.length > 0 ||
    f.noSources ||
    f.needsReanchoring ||
    f.tags.length > 0 ||
    f.reviewers.length > 0
  );
}

/** Orphaned, or moved by a fuzzy match the reviewer has not confirmed yet. */
export function needsReanchoring(a: Annotation): boolean {
  const how = a.anchoring;
  return how?.method === 'orphan' || (how?.method === 'fuzzy' && !how.confirmed);
}

/** Text folded for search: compatibility-decomposed, without accents, lower case. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase();
}

const queryWords = (query: string) => foldForSearch(query).split(/\s+/).filter(Boolean);

// Records are immutable (a save makes a new one), so each is folded once, not on every keystroke.
const haystacks = new WeakMap<Annotation, string>();

function haystackOf(a: Annotation): string {
  let text = haystacks.get(a);
  if (text === undefined) {
    // one line per field: a query word has no white space, so it never matches across two
    const parts = [a.target.exact, a.note, a.correction ?? '', ...a.tags];
    for (const s of a.sources) parts.push(s.title ?? '', s.publisher ?? '', s.quote ?? '', s.url);
    text = foldForSearch(parts.join('\n'));
    haystacks.set(a, text);
  }
  return text;
}

/** The filter as one predicate, its sets and words prepared once. */
function compile(f: AnnotationFilter): (a: Annotation) => boolean {
  const words = queryWords(f.query);
  const kinds = new Set(f.kinds);
  const verdicts = new Set(f.verdicts);
  const statuses = new Set(f.statuses);
  const tags = new Set(f.tags);
  const reviewers = new Set(f.reviewers);
  return a =>
    (kinds.size === 0 || kinds.has(a.kind)) &&
    (verdicts.size === 0 ||
      (a.kind === 'claim' && verdicts.has(a.verdict ? a.verdict : NO_VERDICT))) &&
    (statuses.size === 0 || statuses.has(a.status)) &&
    (!f.noSources || a.sources.length === 0) &&
    (!f.needsReanchoring || needsReanchoring(a)) &&
    (tags.size === 0 || a.tags.some(t => tags.has(t))) &&
    (reviewers.size === 0 || reviewers.has(a.creator)) &&
    (words.length === 0 || matchesWords(haystackOf(a), words));
}

const matchesWords = (haystack: string, words: readonly string[]) =>
  words.every(w => haystack.includes(w));

/** Whether the annotation passes the filter. */
export function matchesFilter(a: Annotation, f: AnnotationFilter): boolean {
  return compile(f)(a);
}

/** The annotations that pass, in their order; the same array when the filter is inactive. */
export function filterAnnotations<T extends Annotation>(
  annotations: readonly T[],
  f: AnnotationFilter,
): readonly T[] {
  return isFilterActive(f) ? annotations.filter(compile(f)) : annotations;
}

export interface FilterChoices {
  tags: string[];
  reviewers: string[];
}

/** The distinct tags and reviewers of these annotations, sorted. */
export function filterChoices(annotations: readonly Annotation[]): FilterChoices {
  const tags = new Set<string>();
  const reviewers = new Set<string>();
  for (const a of annotations) {
    for (const t of a.tags) tags.add(t);
    reviewers.add(a.creator);
  }
  const sorted = (s: Set<string>) => [...s].sort((x, y) => x.localeCompare(y));
  return { tags: sorted(tags), reviewers: sorted(reviewers) };
}

/** Longest query kept from storage; a search box holds a few words. */
const MAX_QUERY = 500;

/** A stored filter, keeping its valid parts; anything else gives the empty filter. Never throws. */
export function parseStoredFilter(value: unknown): AnnotationFilter {
  try {
    if (typeof value !== 'object' || value === null) return EMPTY_FILTER;
    const v = value as Record<string, unknown>;
    const strings = (x: unknown) =>
      Array.isArray(x) ? [...new Set(x.filter((s): s is string => typeof s === 'string'))] : [];
    const oneOf = <T extends string>(x: unknown, allowed: readonly T[]) =>
      strings(x).filter((s): s is T => (allowed as readonly string[]).includes(s));
    return {
      query: typeof v.query === 'string' ? v.query.slice(0, MAX_QUERY) : '',
      kinds: oneOf(v.kinds, ANNOTATION_KINDS),
      verdicts: strings(v.verdicts),
      statuses: oneOf(v.statuses, ANNOTATION_STATUSES),
      noSources: v.noSources === true,
      needsReanchoring: v.needsReanchoring === true,
      tags: strings(v.tags),
      reviewers: strings(v.reviewers),
    };
  } catch {
    return EMPTY_FILTER;
  }
}

const KIND_PLURALS: Record<AnnotationKind, string> = {
  claim: 'Claims',
  correction: 'Corrections',
  comment: 'Comments',
};

/** The verdicts' labels in scale order, then unknown ids as they are. */
export function verdictLabels(ids: readonly string[], scale: VerdictScale): string[] {
  const known = scale.filter(v => ids.includes(v.id)).map(v => v.label);
  const none = ids.includes(NO_VERDICT) ? ['no verdict yet'] : [];
  const unknown = ids.filter(id => id !== NO_VERDICT && !scale.some(v => v.id === id));
  return [...known, ...none, ...unknown];
}

/** The filter in a few words: "Claims · False, Misleading · open · tag “economy”". */
export function describeFilter(f: AnnotationFilter, scale: VerdictScale): string {
  const quoted = (xs: readonly string[]) => xs.map(x => `“${x}”`).join(', ');
  const parts = [
    ANNOTATION_KINDS.filter(k => f.kinds.includes(k))
      .map(k => KIND_PLURALS[k])
      .join(', '),
    verdictLabels(f.verdicts, scale).join(', '),
    ANNOTATION_STATUSES.filter(s => f.statuses.includes(s)).join(', '),
    f.noSources ? 'no sources yet' : '',
    f.needsReanchoring ? 'needs re-anchoring' : '',
    f.tags.length ? `${f.tags.length > 1 ? 'tags' : 'tag'} ${quoted(f.tags)}` : '',
    f.reviewers.length ? `by ${f.reviewers.map(r => r || 'no name').join(', ')}` : '',
    f.query.trim() ? `matching “${f.query.trim()}”` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'All annotations';
}
