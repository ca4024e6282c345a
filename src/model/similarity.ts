import { distanceRow } from './myers';

/**
 * How alike two strings are: 1 − their Levenshtein distance over the longer
 * length; 0 without computing it when one is over half as long again.
 */
export function similarity(p: string, q: string): number {
  const longer = Math.max(p.length, q.length);
  if (longer === 0) return 1;
  // the distance can be no less than the difference in length: skip hopeless pairs
  if (Math.abs(p.length - q.length) / longer > 0.5) return 0;
  // what both share at their start and end costs no edit: only the middle is aligned
  const [head, tail] = sharedEnds(p, q);
  const x = p.slice(head, p.length - tail);
  const y = q.slice(head, q.length - tail);
  const d = x.length === 0 ? y.length : (distanceRow(x, y, 'anchored')[y.length] as number);
  return 1 - d / longer;
}

/**
 * How many elements two sequences share at their start and, not overlapping
 * it, at their end: UTF-16 units of strings, characters of arrays of them.
 */
export function sharedEnds<T>(p: ArrayLike<T>, q: ArrayLike<T>): [head: number, tail: number] {
  let head = 0;
  while (head < p.length && head < q.length && p[head] === q[head]) head++;
  let tail = 0;
  const room = Math.min(p.length, q.length) - head;
  while (tail < room && p[p.length - 1 - tail] === q[q.length - 1 - tail]) tail++;
  return [head, tail];
}
