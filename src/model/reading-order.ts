import type { Annotation } from '../model/types';

/**
 * Orders annotations as a reader meets them: by start; at the same start the
 * longer first (it encloses the rest); then by id, so the order is total and
 * an export is the same whatever order its records came in.
 */
export function byReadingOrder(a: Annotation, b: Annotation): number {
  return (
    a.target.start - b.target.start ||
    b.target.end - a.target.end ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** A sorted copy of `annotations` in reading order. */
export function inReadingOrder(annotations: readonly Annotation[]): Annotation[] {
  return [...annotations].sort(byReadingOrder);
}
