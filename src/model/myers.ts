/**
 * How the pattern may sit in the text:
 * - `search`: anywhere (a substring of the text ending at each column);
 * - `anchored`: starting at the first character of the text.
 */
export type AlignMode = 'search' | 'anchored';

const WORD = 32;
const TOP_BIT = 1 << 31;

/**
 * The last row of the Levenshtein matrix of `pattern` against `text`, computed
 * bit-parallel (G. Myers, "A fast bit-vector algorithm for approximate string
 * matching based on dynamic programming", J. ACM 46(3), 1999; the block form for
 * patterns longer than 32, as in H. Hyyrö 2003). `row[j]` is the least edit
 * distance between the pattern and, in `search` mode, a substring of `text`
 * ending at UTF-16 index j, or, in `anchored` mode, `text.slice(0, j)`.
 * `row[0]` is the pattern's length. Time O(text.length × ⌈pattern.length / 32⌉).
 */
export function distanceRow(pattern: string, text: string, mode: AlignMode): Int32Array {
  const m = pattern.length;
  const n = text.length;
  const row = new Int32Array(n + 1);
  row[0] = m;
  if (m === 0) {
    for (let j = 1; j <= n; j++) row[j] = mode === 'search' ? 0 : j;
    return row;
  }
  const blocks = Math.ceil(m / WORD);
  const masks = new PatternMasks(pattern, blocks);
  // One bit per pattern row: the vertical delta D[i][j] - D[i-1][j] is +1 (pv) or -1 (mv).
  // Column 0 is D[i][0] = i, all +1.
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  const lastRowBit = 1 << ((m - 1) % WORD);
  // The top row D[0][j] is 0 when a match may start anywhere, j when it is pinned.
  const topDelta = mode === 'search' ? 0 : 1;
  let score = m;
  for (let j = 0; j < n; j++) {
    const eqs = masks.of(text.charCodeAt(j));
    let h = topDelta;
    for (let b = 0; b < blocks; b++) {
      let p = pv[b] as number;
      const mm = mv[b] as number;
      // A -1 horizontal delta coming in from above acts like a match in the top row.
      const eq = (eqs[b] as number) | (h < 0 ? 1 : 0);
      const xv = eq | mm;
      const xh = (((eq & p) + p) ^ p) | eq;
      let ph = mm | ~(xh | p);
      let mh = p & xh;
      const bit = b === blocks - 1 ? lastRowBit : TOP_BIT;
      const out = ph & bit ? 1 : mh & bit ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (h < 0) mh |= 1;
      else if (h > 0) ph |= 1;
      p = mh | ~(xv | ph);
      pv[b] = p;
      mv[b] = ph & xv;
      h = out;
    }
    score += h;
    row[j + 1] = score;
  }
  return row;
}

/** For each character, the bits of the pattern rows holding it, one word per block. */
class PatternMasks {
  private readonly ascii: Int32Array[] = [];
  private readonly other = new Map<number, Int32Array>();
  private readonly none: Int32Array;

  constructor(pattern: string, blocks: number) {
    this.none = new Int32Array(blocks);
    for (let i = 0; i < 128; i++) this.ascii.push(this.none);
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let mask = c < 128 ? this.ascii[c] : this.other.get(c);
      if (!mask || mask === this.none) {
        mask = new Int32Array(blocks);
        if (c < 128) this.ascii[c] = mask;
        else this.other.set(c, mask);
      }
      mask[(i / WORD) | 0] = (mask[(i / WORD) | 0] as number) | (1 << (i % WORD));
    }
  }

  of(c: number): Int32Array {
    return (c < 128 ? this.ascii[c] : this.other.get(c)) ?? this.none;
  }
}

/** The string's UTF-16 units in reverse order (a surrogate pair stays reversed on both sides). */
export function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}
