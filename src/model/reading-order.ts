import type { Annotation } from './types';

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

/** Where `a` belongs in `sorted` (reading order): the index of the first record after it. */
function insertionIndex(sorted: readonly Annotation[], a: Annotation): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byReadingOrder(sorted[mid] as Annotation, a) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A copy of `sorted` (in reading order) with `previous` taken out, if given
 * and present, and `next`, if given, put in its place in the order: one
 * record changed among ten thousand, without sorting them all again.
 */
export function replaceInOrder(
  sorted: readonly Annotation[],
  previous: Annotation | undefined,
  next: Annotation | undefined,
): Annotation[] {
  const out = [...sorted];
  if (previous) {
    const at = insertionIndex(out, previous) - 1;
    // the record itself sits just before its insertion index (ids make the order total)
    const found = out[at]?.id === previous.id ? at : out.indexOf(previous);
    if (found !== -1) out.splice(found, 1);
  }
  if (next) out.splice(insertionIndex(out, next), 0, next);
  return out;
}
