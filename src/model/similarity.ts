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
  const d = distanceRow(p, q, 'anchored')[q.length] as number;
  return 1 - d / longer;
}
