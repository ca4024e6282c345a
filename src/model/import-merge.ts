import { sameJson } from './same-json';
import type { Tombstone } from './tombstone';
import type { Annotation, Article } from './types';

/**
 * What an import does with one annotation of the file:
 * - `add`: nothing of it is here; it is stored.
 * - `take-theirs`: the file's copy is the later one; it replaces the copy here.
 * - `unchanged`: the copy here is the file's.
 * - `keep-here`: the copy here stays: it is the later one (`newer-here`), or
 *   the file's is dated after the import (`future-dated`) and so cannot be trusted to be.
 * - `deleted-here`: the reviewer deleted it after the file's copy was last changed.
 * - `new-id`: its id belongs to an annotation of another article; it is stored
 *   under a new id, never merged into that one.
 */
export type MergeAction =
  | 'add'
  | 'take-theirs'
  | 'unchanged'
  | { keep: 'newer-here' | 'future-dated' }
  | 'deleted-here'
  | 'new-id';

export interface MergeInput {
  /** The file's copy, on the article it will belong to, its times as the file has them. */
  theirs: Annotation;
  /** The stored annotation with the same id, on whatever article. */
  here: Annotation | undefined;
  /** The tombstone of an annotation with the same id, if one was deleted. */
  tombstone: Tombstone | undefined;
  /** The articles whose annotations this import merges with: the one it writes to, and one whose text it replaces. */
  articles: ReadonlySet<string>;
  /** The time of the import, ISO 8601. */
  now: string;
}

const time = (iso: string) => Date.parse(iso);

/**
 * Decides one annotation of an import (see `MergeAction`). Ids are compared
 * as given: the import gate has lower-cased them. The later `updatedAt` wins,
 * but a time after `now` never does, and a tie keeps the copy here; so does a
 * deletion, unless the file's copy was changed after it.
 */
export function decideMerge({ theirs, here, tombstone, articles, now }: MergeInput): MergeAction {
  const elsewhere = here
    ? !articles.has(here.articleId)
    : tombstone && !articles.has(tombstone.articleId);
  if (elsewhere) return 'new-id';
  const future = time(theirs.updatedAt) > time(now);
  if (!here) {
    if (!tombstone) return 'add';
    return !future && time(theirs.updatedAt) > time(tombstone.at) ? 'add' : 'deleted-here';
  }
  if (future) return { keep: 'future-dated' };
  if (time(theirs.updatedAt) > time(here.updatedAt)) return 'take-theirs';
  // the same record, wherever it is now: an annotation moving to a new version is still itself
  return sameJson({ ...theirs, articleId: here.articleId }, here)
    ? 'unchanged'
    : { keep: 'newer-here' };
}

const notAfter = (iso: string, now: string) => (time(iso) > time(now) ? now : iso);

/**
 * The annotation with every time after `now` (created, modified, each history
 * entry) set to `now`: a file's clock may be wrong, and a date in the future
 * would outrank every later edit. The same object when no time is later.
 */
export function clampAnnotationTimes(a: Annotation, now: string): Annotation {
  const limit = time(now);
  const late = (iso: string) => time(iso) > limit;
  if (!late(a.createdAt) && !late(a.updatedAt) && !a.history.some(h => late(h.at))) return a;
  return {
    ...a,
    createdAt: notAfter(a.createdAt, now),
    updatedAt: notAfter(a.updatedAt, now),
    history: a.history.map(h => (late(h.at) ? { ...h, at: now } : h)),
  };
}

/** The article with its created and modified times no later than `now` (as `clampAnnotationTimes`). */
export function clampArticleTimes(a: Article, now: string): Article {
  return { ...a, createdAt: notAfter(a.createdAt, now), updatedAt: notAfter(a.updatedAt, now) };
}
