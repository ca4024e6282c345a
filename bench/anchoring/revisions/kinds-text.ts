import type { Random } from '../prng';
import type { Revise } from './kinds';
import { allSentences, linesOf, occurrencesOf, type Span } from './structure';
import type { How, Tracked } from './tracked';

/** Replaces every occurrence, last first so that earlier positions stay valid. */
function replaceAll(t: Tracked, spans: readonly Span[], by: string, how: How = 'inserted') {
  for (const [from, to] of [...spans].reverse()) t.replace(from, to, by, how);
}

const UPDATES = [
  'Update: this story has been updated with comment from the regional government.',
  'Correction: an earlier version of this story gave the wrong date for the announcement.',
  'Advertisement',
  'Read more: What we know so far',
  'Editor’s note: some details in this report could not be independently verified.',
];

export const insertParagraph: Revise = (r, t) => {
  const lines = linesOf(t.text);
  // a new paragraph, or a copy of one with its numbers changed (a new live-blog entry)
  const copy = r.chance(0.5) ? r.pick(lines.slice(1)) : null;
  const text = copy
    ? t.slice(...copy).replace(/\d/gu, d => String((Number(d) + 3) % 10))
    : r.pick(UPDATES);
  const at = r.int(1, lines.length - 1);
  t.replace((lines[at] as Span)[0], (lines[at] as Span)[0], `${text}\n`);
  return copy ? 'inserted a near copy of a line' : `inserted "${text.slice(0, 30)}…"`;
};

export const correction: Revise = (r, t, a) => {
  const usable = a.corrections.filter(([from]) => t.text.includes(from));
  if (!usable.length) return null;
  const [from, to] = r.pick(usable);
  const all = occurrencesOf(t.text, from);
  // a name is corrected everywhere; a figure, sometimes only where it was wrong
  const spans = r.chance(0.5) ? all : [r.pick(all)];
  replaceAll(t, spans, to);
  return `corrected "${from}" to "${to}" ${spans.length}×`;
};

export const numberChange: Revise = (r, t) => {
  const numbers = [...t.text.matchAll(/\d+(?:[.,]\d+)*/gu)];
  if (!numbers.length) return null;
  const m = r.pick(numbers);
  const at = [...t.text.slice(0, m.index)].length;
  const digit = at + r.int(0, m[0].length - 1);
  const old = t.slice(digit, digit + 1);
  if (!/\d/u.test(old)) return null;
  t.replace(digit, digit + 1, String((Number(old) + r.int(1, 8)) % 10));
  return `changed a digit of ${m[0]}`;
};

const OPPOSITES: readonly (readonly [string, string])[] = [
  ['rose', 'fell'],
  ['fell', 'rose'],
  ['higher', 'lower'],
  ['up from', 'down from'],
  ['gained', 'lost'],
  ['would', 'would not'],
  ['ordered', 'refused to order'],
  ['lead', 'trail'],
  ['above', 'below'],
  ['more', 'fewer'],
];

export const opposite: Revise = (r, t) => {
  const usable = OPPOSITES.filter(([w]) => new RegExp(`\\b${w}\\b`, 'u').test(t.text));
  if (!usable.length) return null;
  const [from, to] = r.pick(usable);
  const spans = occurrencesOf(t.text, from).filter(([s, e]) => {
    const around = t.slice(Math.max(0, s - 1), e + 1);
    return new RegExp(`^\\P{L}?${from}\\P{L}?$`, 'u').test(around);
  });
  if (!spans.length) return null;
  const [s, e] = r.pick(spans);
  t.replace(s, e, to);
  return `"${from}" became "${to}"`;
};

export const headline: Revise = (r, t, a) => {
  const [first] = linesOf(t.text);
  if (!first) return null;
  t.replace(first[0], first[1], r.pick(a.headlines));
  return 'rewrote the headline';
};

const STRAIGHT: Record<string, string> = { '“': '"', '”': '"', '‘': "'", '’': "'" };

export const quoteStyle: Revise = (r, t) => {
  const text = [...t.text];
  const curly = text.flatMap((c, i) => (c in STRAIGHT ? [i] : []));
  if (curly.length) {
    for (const i of curly) t.restyle(i, STRAIGHT[text[i] as string] as string);
    return `straightened ${curly.length} quotes`;
  }
  let open = true;
  const straight = text.flatMap((c, i) => (c === '"' ? [i] : []));
  if (!straight.length) return null;
  for (const i of straight) {
    t.restyle(i, open ? '“' : '”');
    open = !open;
  }
  return `curled ${straight.length} quotes`;
};

/** Two spaces after some sentences, as some scrapers and writers leave them. */
export const doubleSpaces: Revise = (r, t) => doubleUp(r, t, 0.6);

function doubleUp(r: Random, t: Tracked, share: number): string | null {
  const ends = allSentences(t.text)
    .map(s => s[1])
    .filter(e => t.slice(e, e + 1) === ' ' && r.chance(share));
  for (const e of ends.reverse()) t.replace(e, e, ' ', 'cosmetic');
  return ends.length ? `doubled ${ends.length} spaces` : null;
}

/** Lines broken at the first space after every `width` code points, as a text-only scrape does. */
function wrap(t: Tracked, width: number): number {
  let column = 0;
  let breaks = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.slice(i, i + 1);
    if (c === '\n') column = 0;
    else if (c === ' ' && column >= width) {
      t.restyle(i, '\n');
      column = 0;
      breaks++;
    } else column++;
  }
  return breaks;
}

export const hardWraps: Revise = (r, t) => {
  const n = wrap(t, r.int(60, 80));
  return n ? `hard-wrapped at ${n} places` : null;
};

/**
 * A re-scrape of the page: "Advertisement" lines between paragraphs, two
 * spaces after sentences, lines hard-wrapped, and sometimes a quote style changed.
 */
export const rescrape: Revise = (r, t) => {
  const lines = linesOf(t.text);
  const every = r.int(3, 5);
  for (let k = lines.length - 1; k >= 1; k--) {
    if (k % every === 0) t.replace((lines[k] as Span)[0], (lines[k] as Span)[0], 'Advertisement\n');
  }
  doubleUp(r, t, 0.5);
  if (r.chance(0.5)) quoteStyle(r, t, { name: '', lines: [], corrections: [], headlines: [] });
  wrap(t, r.int(60, 90));
  return 're-scraped';
};

/** Every letter decomposed (NFD), as some sources and macOS clipboards deliver text. */
export const decompose: Revise = (_, t) => {
  let n = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    const c = t.slice(i, i + 1);
    const d = c.normalize('NFD');
    if (d !== c) {
      t.restyle(i, d);
      n++;
    }
  }
  return n ? `decomposed ${n} letters` : null;
};

/** Every decomposed letter composed again (NFC). */
export const compose: Revise = (_, t) => {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    // a base letter and the marks after it
    let end = i + 1;
    while (end < t.length && /\p{M}/u.test(t.slice(end, end + 1))) end++;
    const run = t.slice(i, end);
    const composed = run.normalize('NFC');
    if (composed !== run) {
      t.merge(i, end, composed);
      n++;
    }
  }
  return n ? `composed ${n} letters` : null;
};

/** House style: "3.3%" becomes "3.3 percent". */
export const houseStyle: Revise = (r, t) => {
  const spans = occurrencesOf(t.text, '%');
  if (!spans.length) return null;
  const word = r.pick([' percent', ' per cent']);
  replaceAll(t, r.chance(0.5) ? spans : [r.pick(spans)], word, 'style');
  return `"%" became "${word.trim()}"`;
};
