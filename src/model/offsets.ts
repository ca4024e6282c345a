/**
 * Three coordinate spaces meet in Factmark and must never be mixed:
 * - `TextOffset`: a position in the canonical text counted in Unicode code points
 *   (what the W3C model and our stored selectors use);
 * - `Utf16Index`: a JavaScript string index (UTF-16 code units);
 * - `PmPos`: a ProseMirror document position (lives in src/editor).
 */
export type TextOffset = number & { readonly __brand: 'TextOffset' };
export type Utf16Index = number & { readonly __brand: 'Utf16Index' };

export const textOffset = (n: number): TextOffset => n as TextOffset;
export const utf16Index = (n: number): Utf16Index => n as Utf16Index;

/** A half-open range `[start, end)` of the canonical text in code points. */
export interface TextRange {
  start: TextOffset;
  end: TextOffset;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Converts between code-point offsets and UTF-16 indexes of one string in
 * O(log n) per call. Only surrogate pairs make the two differ, so it keeps
 * just their positions: text without astral characters costs nothing.
 */
export class CodePointIndex {
  /** UTF-16 index of the high surrogate of each valid pair, ascending. */
  private readonly pairs: number[] = [];
  /** Code-point offset of each pair, ascending. */
  private readonly pairOffsets: number[] = [];
  readonly length: TextOffset;

  constructor(readonly text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
        this.pairOffsets.push(i - this.pairs.length);
        this.pairs.push(i);
        i++;
      }
    }
    this.length = textOffset(text.length - this.pairs.length);
  }

  /** The code-point offset of a UTF-16 index; an index inside a pair rounds down to the pair. */
  toOffset(index: number): TextOffset {
    // pairs wholly before `index` each count two units for one code point
    const before = countBelow(this.pairs, index - 1);
    const inside = this.pairs[before] === index - 1 ? 1 : 0;
    return textOffset(index - before - inside);
  }

  /** The UTF-16 index of a code-point offset. */
  toIndex(offset: number): Utf16Index {
    return utf16Index(offset + countBelow(this.pairOffsets, offset));
  }

  /** The substring between two code-point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toIndex(start), this.toIndex(end));
  }
}

/** How many entries of an ascending array are strictly below `value`. */
function countBelow(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Length of a string in code points. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    n++;
    if (isHigh(s.charCodeAt(i)) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) i++;
  }
  return n;
}
