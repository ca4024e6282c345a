import { editDistance } from './edit-distance';

/**
 * The edit distance of two folded names if they look like one name spelled two ways: same number
 * of words, 1–2 edits on at least 8 characters, each differing word at least four letters long,
 * given names at most one edit apart (another given name is another person: Anna vs Christian
 * Lindner, Wei vs Mei) and the surname one edit apart, or two if it has seven letters or more
 * (Schulte is not Scholz, Marin is not Macron). Null otherwise.
 */
export function nearVariant(a: readonly string[], b: readonly string[]): number | null {
  if (a.length !== b.length || a.length < 2) return null;
  // cheap tests first: a long article has thousands of pairs to compare
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x === y) continue;
    if (Math.min(x.length, y.length) < 4) return null;
    if (Math.abs(x.length - y.length) > wordLimit(i, a.length, x, y)) return null;
  }
  const ja = a.join(' ');
  const jb = b.join(' ');
  if (Math.min(ja.length, jb.length) < 8 || ja + 's' === jb || jb + 's' === ja) return null;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    const limit = wordLimit(i, a.length, x, y);
    if (x !== y && editDistance(x, y, limit) > limit) return null;
  }
  const whole = editDistance(ja, jb, 2);
  return whole === 0 || whole > 2 ? null : whole;
}

/** A surname of seven letters or more may take two edits; a given name one. */
const wordLimit = (i: number, words: number, x: string, y: string) =>
  i === words - 1 && Math.max(x.length, y.length) >= 7 ? 2 : 1;
