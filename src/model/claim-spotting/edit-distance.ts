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
  while (from < a.length && from < b.length && a[from] === b[from]) from++;
  let toA = a.length;
  let toB = b.length;
  while (toA > from && toB > from && a[toA - 1] === b[toB - 1]) {
    toA--;
    toB--;
  }
  if (from > 0 || toA < a.length) return aligned(a.slice(from, toA), b.slice(from, toB), max);
  return aligned(a, b, max);
}

function aligned(a: string, b: string, max: number): number {
  if (a.length === 0 || b.length === 0) {
    const d = a.length + b.length;
    return d > max ? max + 1 : d;
  }
  // three rows of the table, reused in turn: thousands of pairs are compared in a long text
  const width = b.length + 1;
  let prev2 = new Int32Array(width);
  let prev = new Int32Array(width);
  let row = new Int32Array(width);
  for (let j = 1; j < width; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
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
  const d = prev[b.length] as number;
  return d > max ? max + 1 : d;
}
