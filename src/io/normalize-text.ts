/**
 * The one normalization every loaded article goes through. It removes what a
 * reader cannot see and what would make a quote fail to match (invisible
 * characters, line-end styles, trailing blanks, lone surrogates), composes
 * letters (Unicode NFC: "e" + U+0301 and "é" are one character to a reader,
 * and must be one to a quote too), and never changes what a reader reads:
 * letters, digits, punctuation, quotation marks, bidi controls and the order
 * of characters stay as written (no NFKC, no "smart" quotes, no dash or
 * ellipsis rewriting). docs/loading.md explains the rule.
 */

// No-break spaces look like spaces and only steer line wrapping.
const NO_BREAK_SPACES = /[\u00A0\u202F]/g;
// Zero-width space, word joiner and zero-width no-break space (BOM): never meaningful in article text.
const INVISIBLES = /[\u200B\u2060\uFEFF]/g;
// C0 controls other than tab and line feed (CR is handled with the line ends), and DEL.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
// Half of a surrogate pair on its own is no character: it cannot be written as UTF-8 (nor
// hashed, counted in code points or imported again). A page can put one on the clipboard.
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Zero-width non-joiner and joiner: kept only where they join something (see keepsJoiner).
const JOINERS = /[\u200C\u200D]/g;
// What a joiner may follow: a letter or mark (Persian, Indic scripts; U+FE0F is a mark) or an emoji.
const JOINS_AFTER = /[\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}]/u;
// What a joiner may precede: a letter, a mark or an emoji.
const JOINS_BEFORE = /[\p{L}\p{M}\p{Extended_Pictographic}]/u;

/** The code point that ends just before `index` (a whole surrogate pair). */
function codePointBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return start < 0 ? '' : String.fromCodePoint(text.codePointAt(start) ?? 0);
}

/** The code point that starts at `index`. */
function codePointAt(text: string, index: number): string {
  const cp = text.codePointAt(index);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/**
 * A ZWJ inside an emoji sequence (👩‍💻, 🏳️‍🌈) or a ZWNJ/ZWJ between letters
 * (Persian می‌خواهم, Devanagari conjuncts) changes what is shown and is
 * kept; one at a line's edge, next to a space, a digit or punctuation joins
 * nothing and is a scraping artefact.
 */
function keepsJoiner(text: string, index: number): boolean {
  return (
    JOINS_AFTER.test(codePointBefore(text, index)) &&
    JOINS_BEFORE.test(codePointAt(text, index + 1))
  );
}

/** Line ends as "\n": CRLF, CR, U+2028 LINE SEPARATOR become "\n"; U+2029 PARAGRAPH SEPARATOR a blank line. */
export function normalizeLineEnds(text: string): string {
  return text.replace(/\r\n?|\u2028/g, '\n').replace(/\u2029/g, '\n\n');
}

/**
 * The character rule, for text whose line structure comes from markup
 * (HTML, Markdown): no-break spaces (U+00A0, U+202F) become spaces; zero-width
 * spaces, word joiners and BOMs (U+200B, U+2060, U+FEFF) and control
 * characters other than tab and line feed are removed; ZWNJ/ZWJ (U+200C,
 * U+200D) are removed unless they join letters or emoji; half a surrogate pair
 * on its own becomes U+FFFD; then letters are composed (NFC). Nothing else
 * changes.
 */
export function normalizeCharacters(text: string): string {
  const visible = text
    .replace(NO_BREAK_SPACES, ' ')
    .replace(INVISIBLES, '')
    .replace(CONTROLS, '')
    .replace(LONE_SURROGATES, '\uFFFD');
  const joined = visible.replace(JOINERS, (joiner, index: number) =>
    keepsJoiner(visible, index) ? joiner : '',
  );
  return joined.normalize('NFC');
}

/** `line` without the spaces and tabs at its end (a loop: a regex would be quadratic on long runs). */
function trimLineEnd(line: string): string {
  let end = line.length;
  while (end > 0) {
    const c = line.charCodeAt(end - 1);
    if (c !== 0x20 && c !== 0x09) break;
    end--;
  }
  return end === line.length ? line : line.slice(0, end);
}

/**
 * Plain text as it is loaded: line ends normalized (`normalizeLineEnds`),
 * the character rule applied (`normalizeCharacters`), and the spaces and tabs
 * at the end of each line removed. Leading spaces, blank lines and everything
 * a reader can see stay as written.
 */
export function normalizeText(text: string): string {
  return normalizeCharacters(normalizeLineEnds(text)).split('\n').map(trimLineEnd).join('\n');
}
