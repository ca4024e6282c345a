import { collapseWhiteSpace } from '../white-space';

// letters NFKD does not take apart: Yılmaz is written Yilmaz, Wałęsa Walesa, Søren Soren
const BASE_LETTERS: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
};

/**
 * A name folded for comparison: NFKD, accents stripped, the few letters that are written
 * without their stroke or dot in ASCII replaced (ı, ł, ø, đ, ß, æ, œ), lower case, one space
 * between words.
 */
export function foldName(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıłŁøØđĐßæÆœŒ]/g, c => BASE_LETTERS[c] ?? c)
    .replace(/[’‘`]/g, "'")
    .toLowerCase();
  return collapseWhiteSpace(folded);
}

/**
 * Damerau–Levenshtein distance (optimal string alignment: insertions, deletions, substitutions
 * and swaps of neighbours), or `max + 1` as soon as it is sure to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  // the ends two spellings share cost nothing: a slip leaves little in between to compare
  let from = 0;
  while (from < a.length && from < b.length && a.charCodeAt(from) === b.charCodeAt(from)) from++;
  let toA = a.length;
  let toB = b.length;
  while (toA > from && toB > from && a.charCodeAt(toA - 1) === b.charCodeAt(toB - 1)) {
    toA--;
    toB--;
  }
  return aligned(a, b, from, toA - from, toB - from, max);
}

// three rows of the table, kept between calls and grown when needed: a long text compares
// tens of thousands of pairs, and allocating them each time was most of the cost
let prev2 = new Int32Array(32);
let prev = new Int32Array(32);
let row = new Int32Array(32);

/** The distance of a[from, from + n) and b[from, from + m), capped at max + 1. */
function aligned(a: string, b: string, from: number, n: number, m: number, max: number): number {
  if (n === 0 || m === 0) {
    const d = n + m;
    return d > max ? max + 1 : d;
  }
  const width = m + 1;
  if (prev.length < width) {
    prev2 = new Int32Array(width);
    prev = new Int32Array(width);
    row = new Int32Array(width);
  }
  // row i holds the distances of a's first i units; only `prev` needs its start values
  for (let j = 0; j < width; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const ai = a.charCodeAt(from + i - 1);
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(from + j - 1);
      const cost = ai === bj ? 0 : 1;
      let d = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (
        i > 1 &&
        j > 1 &&
        ai === b.charCodeAt(from + j - 2) &&
        a.charCodeAt(from + i - 2) === bj
      ) {
        d = Math.min(d, (prev2[j - 2] as number) + 1);
      }
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const older = prev2;
    prev2 = prev;
    prev = row;
    row = older;
  }
  const d = prev[m] as number;
  return d > max ? max + 1 : d;
}
