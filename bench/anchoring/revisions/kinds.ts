import type { Random } from '../prng';
import type { CorpusArticle } from './articles-a';
import { allSentences, linesOf, wordOverlap, type Span } from './structure';
import type { Tracked } from './tracked';

/** One kind of revision: applies itself to a version, or says it has nothing to work on. */
export type Revise = (r: Random, t: Tracked, a: CorpusArticle) => string | null;

const body = (t: Tracked) => linesOf(t.text).slice(1);

/** A line with a near twin elsewhere (live-blog entries, formulaic wire lines), else any body line. */
function twinnedLine(r: Random, t: Tracked): Span | null {
  const text = t.text;
  const lines = body(t);
  const twins = lines.filter(l =>
    lines.some(o => o !== l && wordOverlap(t.slice(...l), t.slice(...o)) >= 0.6),
  );
  if (twins.length) return r.pick(twins);
  return lines.length ? r.pick(lines) : text.length ? [0, 0] : null;
}

function deleteLine(t: Tracked, [from, to]: Span): void {
  // the line and its line break (the one before it, for the last line)
  if (to < t.length) t.replace(from, to + 1, '');
  else t.replace(Math.max(0, from - 1), to, '');
}

/** Sentences in lines of two or more, those that begin like another sentence first. */
function sentenceInPara(r: Random, t: Tracked, alike: boolean): { s: Span; all: Span[] } | null {
  const all = allSentences(t.text);
  const inPara = all.filter(s => all.some(o => o !== s && sameLine(t, s, o)));
  const start = (s: Span) => t.slice(s[0], s[1]).split(' ').slice(0, 3).join(' ');
  const alikes = inPara.filter(s => all.some(o => o !== s && start(o) === start(s)));
  const pool = alike && alikes.length ? alikes : inPara;
  return pool.length ? { s: r.pick(pool), all } : null;
}

const sameLine = (t: Tracked, a: Span, b: Span) =>
  !t.slice(Math.min(a[0], b[0]), Math.max(a[1], b[1])).includes('\n');

export const deleteParagraph: Revise = (r, t) => {
  const line = twinnedLine(r, t);
  if (!line) return null;
  const what = t.slice(...line).slice(0, 40);
  deleteLine(t, line);
  return `deleted line "${what}…"`;
};

export const deleteSentence: Revise = (r, t) => {
  const found = sentenceInPara(r, t, true);
  if (!found) return null;
  const [from, to] = found.s;
  const what = t.slice(from, to).slice(0, 40);
  // with the space that separated it from the next sentence, or from the one before
  if (t.slice(to, to + 1) === ' ') t.replace(from, to + 1, '');
  else t.replace(from - 1, to, '');
  return `deleted sentence "${what}…"`;
};

export const swapSentences: Revise = (r, t) => {
  const all = allSentences(t.text);
  const pairs = all.slice(1).flatMap((s, i) => {
    const before = all[i] as Span;
    return sameLine(t, before, s) && s[0] === before[1] + 1 ? [[before, s] as const] : [];
  });
  if (!pairs.length) return null;
  const [a, b] = r.pick(pairs);
  // "A B" → "BA " (B moved before A) → "B A" (the space moved back between them)
  t.move(b[0], b[1], a[0]);
  const space = a[0] + (b[1] - b[0]) + (a[1] - a[0]);
  t.move(space, space + 1, a[0] + (b[1] - b[0]));
  return 'swapped two sentences';
};

export const swapParagraphs: Revise = (r, t) => {
  const n = linesOf(t.text).length;
  if (n < 3) return null;
  const k = r.int(1, n - 2);
  moveLines(t, k + 1, 1, k);
  return `swapped lines ${k} and ${k + 1}`;
};

/** Moves lines [first, first + count) to before line `to` (or to the end). */
function moveLines(t: Tracked, first: number, count: number, to: number | 'end'): void {
  if (!t.text.endsWith('\n')) t.replace(t.length, t.length, '\n', 'cosmetic');
  const lines = linesOf(t.text);
  const from = (lines[first] as Span)[0];
  const end = (lines[first + count - 1] as Span)[1] + 1;
  const at = to === 'end' ? t.length : (lines[to] as Span)[0];
  t.move(from, end, at);
  if (t.text.endsWith('\n')) t.replace(t.length - 1, t.length, '', 'cosmetic');
}

export const moveParagraph: Revise = (r, t) => {
  const n = linesOf(t.text).length;
  if (n < 6) return null;
  const from = r.int(1, n - 2);
  const by = r.pick([-4, -3, -2, 2, 3, 4, 5]);
  const to = Math.min(n, Math.max(1, from + by + (by > 0 ? 1 : 0)));
  moveLines(t, from, 1, to >= n ? 'end' : to);
  return `moved line ${from} by ${by}`;
};

export const moveBlock: Revise = (r, t) => {
  const n = linesOf(t.text).length;
  if (n < 8) return null;
  const count = r.int(3, 6);
  const first = r.int(2, Math.max(2, n - count - 3));
  moveLines(t, first, count, 'end');
  return `moved lines ${first}–${first + count - 1} to the end`;
};
