import nlp from 'compromise/two';

/** One word as compromise tagged it, with its UTF-16 range in the whole text. */
export interface Token {
  text: string;
  /** Lower case, curly apostrophes straightened. */
  norm: string;
  tags: ReadonlySet<string>;
  start: number;
  end: number;
  /** Punctuation (not just spaces) right before or after the word. */
  punctBefore: boolean;
  punctAfter: boolean;
}

/** A sentence of the text: UTF-16 range, exact text (with its quotes and final stop), words. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** The sentence starts its line (paragraph), ends it: a line of its own when both. */
  opensLine: boolean;
  closesLine: boolean;
}

/** Where a line's text starts and ends, white space around it left out. */
interface LineSpan {
  from: number;
  to: number;
}

// compromise is linear, but a scraped line of megabytes with no full stop would make one
// giant "sentence"; cut such lines into pieces it can digest.
const MAX_CHUNK = 8000;
const NO_TAGS: ReadonlySet<string> = new Set();

/**
 * Each sentence of the text in reading order, one at a time: a long article's words need not
 * all be kept (a megabyte has 200,000, and keeping them made the garbage collector copy them
 * again and again). Paragraphs (lines) never share a sentence. Only the lines starting in
 * [from, to) are read: parts cut at line starts give the same sentences as the whole. `fast`:
 * words are tagged by compromise's first pass only (lexicon, suffixes, capitals), about a
 * fifth of the time; its second pass, which corrects tags from their context, is left out.
 */
export function forEachSentence(
  text: string,
  fast: boolean,
  from: number,
  to: number,
  visit: (sentence: Sentence) => void,
): void {
  const line = /[^\n\r]+/g;
  line.lastIndex = from;
  for (let m = line.exec(text); m && m.index < to; m = line.exec(text)) {
    if (!/\S/.test(m[0])) continue;
    const span = {
      from: m.index + (m[0].length - m[0].trimStart().length),
      to: m.index + m[0].trimEnd().length,
    };
    for (const [a, b] of chunks(m[0])) {
      tagChunk(text, m.index + a, m[0].slice(a, b), visit, fast, span);
    }
  }
}

/**
 * A sentence, [start, end) of `text`, tagged again by the whole tagger: one or more
 * sentences back.
 */
export function tagFully(text: string, start: number, end: number): Sentence[] {
  const out: Sentence[] = [];
  tagChunk(text, start, text.slice(start, end), s => out.push(s), false, lineAround(text, start));
  return out;
}

const isLineBreak = (code: number) => code === 10 || code === 13;

/** The line holding `at`, white space around it left out. */
function lineAround(text: string, at: number): LineSpan {
  // walked out from `at`: searching for '\r' in a text that has none read it to both ends,
  // a megabyte for each of the few hundred sentences tagged again
  let from = at;
  while (from > 0 && !isLineBreak(text.charCodeAt(from - 1))) from--;
  let to = at;
  while (to < text.length && !isLineBreak(text.charCodeAt(to))) to++;
  while (from < to && /\s/.test(text[from] as string)) from++;
  while (to > from && /\s/.test(text[to - 1] as string)) to--;
  return { from, to };
}

/** compromise's passes up to, not including, the contextual corrections (postTagger). */
const FIRST_PASS = ['lexicon', 'preTagger'];

/** [start, end) pieces of a line no longer than MAX_CHUNK, cut after a stop or a space if possible. */
function chunks(line: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  while (line.length - from > MAX_CHUNK) {
    const window = line.slice(from, from + MAX_CHUNK);
    let cut = window.lastIndexOf('. ') + 2;
    if (cut < MAX_CHUNK / 2) cut = window.lastIndexOf(' ') + 1;
    if (cut < MAX_CHUNK / 2) cut = MAX_CHUNK;
    out.push([from, from + cut]);
    from += cut;
  }
  out.push([from, line.length]);
  return out;
}

// compromise keeps `“… six.” Harbourside manager …` as one sentence; a stop inside closing
// quotes followed by a space ends a sentence too.
const QUOTE_END = /[.?!][”"’»]+\s+$/;

// The helpers below run on each of a megabyte's 200,000 words: the common cases (no curly
// apostrophe, a bare space between words) are decided without a regular expression.

/** Lower case, curly apostrophes straightened. */
export function normOf(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'") : lower;
}

/** What stands between two words holds more than white space. */
const hasPunct = (gap: string) => gap !== '' && gap !== ' ' && /\S/.test(gap);

/** After a word: a stop in closing quotes, then space (QUOTE_END needs three characters). */
const endsQuote = (post: string) => post.length >= 3 && QUOTE_END.test(post);

function tagChunk(
  text: string,
  base: number,
  chunk: string,
  visit: (sentence: Sentence) => void,
  fast: boolean,
  line: LineSpan,
) {
  const doc = fast ? nlp.tokenize(chunk) : nlp(chunk);
  if (fast) doc.compute(FIRST_PASS);
  let pos = 0;
  for (const terms of doc.docs) {
    let tokens: Token[] = [];
    let first = -1;
    let last = -1;
    const emit = () => {
      if (tokens.length > 0) {
        visit({
          start: base + first,
          end: base + last,
          text: text.slice(base + first, base + last),
          tokens,
          opensLine: base + first <= line.from,
          closesLine: base + last >= line.to,
        });
      }
      tokens = [];
      first = -1;
    };
    for (const term of terms) {
      pos += term.pre.length;
      if (term.text === '') {
        pos += term.post.length; // an expanded contraction's implicit word
        continue;
      }
      // compromise's tokens are lossless; if that ever fails, resynchronise on the word itself
      if (!chunk.startsWith(term.text, pos)) {
        const found = chunk.indexOf(term.text, Math.max(0, pos - term.pre.length));
        if (found < 0) continue;
        pos = found;
      }
      const start = pos;
      const end = pos + term.text.length;
      if (first < 0) first = start - term.pre.trimStart().length;
      last = end + term.post.trimEnd().length;
      tokens.push({
        text: term.text,
        norm: normOf(term.text),
        tags: term.tags ?? NO_TAGS,
        start: base + start,
        end: base + end,
        punctBefore: hasPunct(term.pre),
        punctAfter: hasPunct(term.post),
      });
      pos = end + term.post.length;
      if (endsQuote(term.post)) emit();
    }
    emit();
  }
}
