/**
 * Text as a reader compares it: whitespace (spaces, line breaks, tabs) left
 * out, quotation marks, apostrophes and dashes of every style as one each,
 * "…" as "...", "percent" and "per cent" after a figure as "%", and letters
 * decomposed (NFD), so that "é" and "e\u0301", or a Hangul syllable and its
 * jamo, compare equal. Letter case, digits and words stay as written: those
 * are edits.
 */

const SINGLE = /[‘’‚‛′`]/u;
const DOUBLE = /[“”„‟″«»]/u;
const DASH = /[‐‑‒–—―−]/u;
// "percent" or "per cent" after a figure (and any whitespace), not part of a longer word
const PERCENT = /^per\s*cent(?!\p{L})/iu;
const WHITESPACE = /\s/u;

/** The loose form of one code point, or '' for whitespace. */
function looseOf(c: string): string {
  if (WHITESPACE.test(c)) return '';
  if (SINGLE.test(c)) return "'";
  if (DOUBLE.test(c)) return '"';
  if (DASH.test(c)) return '-';
  if (c === '…') return '...';
  return c.normalize('NFD');
}

/** Length in UTF-16 units of "percent"/"per cent" at `at` after a figure, or 0. */
function percentAt(text: string, at: number, lastLoose: string): number {
  if (!/\d/u.test(lastLoose)) return 0;
  const c = text.charCodeAt(at);
  if (c !== 0x70 && c !== 0x50) return 0; // p or P: most places stop here
  const m = PERCENT.exec(text.slice(at, at + 16));
  return m ? m[0].length : 0;
}

/**
 * A stretch of text in loose form, one entry per loose character, each with
 * the original range (UTF-16 indexes) it stands for. Whitespace stands for
 * nothing: it is the gap between two entries' ranges.
 */
export interface LooseText {
  chars: string[];
  from: number[];
  to: number[];
  /** Whether whitespace comes before the character: a word starts there. */
  wordStart: boolean[];
}

/** The loose form of `text[from, to)`, character by character (`looseKey` is the same, whole). */
export function looseText(text: string, from: number, to: number): LooseText {
  const out: LooseText = { chars: [], from: [], to: [], wordStart: [] };
  let space = true;
  let last = '';
  for (let i = from; i < to;) {
    const percent = percentAt(text, i, last);
    if (percent > 0 && i + percent <= to) {
      // "3.3 percent" reads as "3.3%": one character, glued to the figure
      push(out, '%', i, i + percent, false);
      last = '%';
      i += percent;
      space = false;
      continue;
    }
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const loose = looseOf(text.slice(i, i + width));
    if (loose === '') space = true;
    for (const c of loose) {
      push(out, c, i, i + width, space);
      space = false;
      last = c;
    }
    i += width;
  }
  return out;
}

function push(out: LooseText, c: string, from: number, to: number, wordStart: boolean): void {
  out.chars.push(c);
  out.from.push(from);
  out.to.push(to);
  out.wordStart.push(wordStart);
}

/** The loose form of a string as one string: what two passages must share to read the same. */
export function looseKey(s: string): string {
  // fast paths for the common case: native replaces, NFD only where something decomposes
  let key = s.replace(/(\d)\s*per\s*cent(?!\p{L})/giu, '$1%');
  key = key.replace(/[‘’‚‛′`]/gu, "'").replace(/[“”„‟″«»]/gu, '"');
  key = key.replace(/[‐‑‒–—―−]/gu, '-').replace(/…/gu, '...');
  key = key.replace(/\s+/gu, '');
  // eslint-disable-next-line no-control-regex -- ASCII text needs no decomposition
  return /[^\u0000-\u007f]/u.test(key) ? key.normalize('NFD') : key;
}
