import { describe } from '../../../src/model/describe';
import { CodePointIndex, textOffset } from '../../../src/model/offsets';
import type { Target } from '../../../src/model/types';
import { mulberry32, type Random } from '../prng';
import { LIVE_BLOG, MARKET_REPORT, WIRE_STORY, type CorpusArticle } from './articles-a';
import { COURT_STORY, ELECTION_NIGHT, FORUM_STORY, HEALTH_STORY } from './articles-b';
import {
  deleteParagraph,
  deleteSentence,
  moveBlock,
  moveParagraph,
  swapParagraphs,
  swapSentences,
  type Revise,
} from './kinds';
import {
  compose,
  correction,
  decompose,
  doubleSpaces,
  hardWraps,
  headline,
  houseStyle,
  insertParagraph,
  numberChange,
  opposite,
  quoteStyle,
  rescrape,
} from './kinds-text';
import { allSentences, wordsOf, type Span } from './structure';
import { Tracked } from './tracked';

export const ARTICLES: readonly CorpusArticle[] = [
  LIVE_BLOG,
  WIRE_STORY,
  MARKET_REPORT,
  FORUM_STORY,
  COURT_STORY,
  ELECTION_NIGHT,
  HEALTH_STORY,
];

/** One revised article: the text annotated, its targets, and one or two versions after it. */
export interface Case {
  article: string;
  kind: string;
  /** What each edit did, for reading a failure. */
  log: string[];
  base: string;
  targets: Target[];
  /** Each version knows where every code point of `base` went. */
  versions: Tracked[];
}

const SUBSTANTIVE: readonly Revise[] = [
  deleteParagraph,
  deleteSentence,
  swapSentences,
  swapParagraphs,
  moveParagraph,
  insertParagraph,
  correction,
  numberChange,
  opposite,
  headline,
];
const NOISE: readonly Revise[] = [quoteStyle, doubleSpaces, hardWraps, houseStyle];

/** Each kind, how many of it per article, and how its versions are made. */
const PLAN: readonly (readonly [string, number, (r: Random) => Revise[][]])[] = [
  ['paragraph deleted', 2, () => [[deleteParagraph]]],
  ['sentence deleted', 2, () => [[deleteSentence]]],
  ['sentences swapped', 1, () => [[swapSentences]]],
  ['paragraphs swapped', 1, () => [[swapParagraphs]]],
  ['paragraph moved', 2, () => [[moveParagraph]]],
  ['block moved to the end', 1, () => [[moveBlock]]],
  ['paragraph inserted', 2, () => [[insertParagraph]]],
  ['correction', 2, () => [[correction]]],
  ['number changed', 1, () => [[numberChange]]],
  ['opposite meaning', 1, () => [[opposite]]],
  ['headline rewritten', 1, () => [[headline]]],
  ['quote style', 1, () => [[quoteStyle]]],
  ['whitespace, line breaks', 1, r => [[r.chance(0.5) ? doubleSpaces : hardWraps]]],
  ['re-scrape', 1, () => [[rescrape]]],
  ['paragraph deleted + re-scrape', 1, () => [[deleteParagraph, rescrape]]],
  ['NFD', 1, () => [[decompose]]],
  ['NFC (stored decomposed)', 1, () => [[compose]]],
  ['house style (%)', 1, () => [[houseStyle]]],
  ['combination', 3, r => [some(r, [...SUBSTANTIVE, ...NOISE], 2, 3)]],
  [
    'chain of two versions',
    3,
    r => [
      some(r, [correction, numberChange, opposite, houseStyle], 1, 1),
      some(r, [insertParagraph, deleteParagraph, moveParagraph, rescrape, correction], 1, 2),
    ],
  ],
];

function some(r: Random, from: readonly Revise[], min: number, max: number): Revise[] {
  const n = r.int(min, max);
  return Array.from({ length: n }, () => r.pick(from));
}

/** The corpus: every article through every kind, seeded. */
export function buildCorpus(seed: number): Case[] {
  const cases: Case[] = [];
  ARTICLES.forEach((article, k) => {
    const r = mulberry32(seed + k);
    const text = article.lines.join('\n');
    for (const [kind, count, steps] of PLAN) {
      for (let n = 0; n < count; n++) {
        // NFC needs a text that was stored decomposed
        const base = kind.startsWith('NFC') ? text.normalize('NFD') : text;
        const log: string[] = [];
        const versions: Tracked[] = [];
        let t = Tracked.of(base);
        for (const step of steps(r)) {
          t = t.clone();
          for (const revise of step) log.push(revise(r, t, article) ?? '(nothing to do)');
          versions.push(t);
        }
        const changed = versions.every((v, i) => v.text !== (i ? versions[i - 1]?.text : base));
        if (!changed) continue;
        // the same targets in every case of an article: made by their own seed
        const targets = targetsOf(mulberry32(seed * 31 + k), base);
        cases.push({ article: article.name, kind, log, base, targets, versions });
      }
    }
  });
  return cases;
}

/**
 * What reviewers annotate: every sentence, a run of two to five words in
 * each, each figure with the word after it, and some pairs of sentences.
 */
export function targetsOf(r: Random, text: string): Target[] {
  const index = new CodePointIndex(text);
  const spans: Span[] = [];
  const sentences = allSentences(text).filter(s => s[1] - s[0] > 12);
  for (const s of sentences) {
    spans.push(s);
    const words = wordsOf(text, s);
    const n = r.int(2, 5);
    if (words.length > n) {
      const first = r.int(0, words.length - n);
      spans.push([(words[first] as Span)[0], (words[first + n - 1] as Span)[1]]);
    }
    // a name or word in another script, as reviewers annotate names to check their spelling
    const name = words.find(w => /[^\p{ASCII}]/u.test(index.slice(w[0], w[1])));
    if (name) spans.push(trimPunctuation(index, name));
    const figure = words.findIndex(w => /\d/u.test(index.slice(w[0], w[1])));
    if (figure >= 0 && figure + 1 < words.length) {
      spans.push([(words[figure] as Span)[0], (words[figure + 1] as Span)[1]]);
    }
  }
  for (let k = 1; k < sentences.length; k += 5) {
    const [a, b] = [sentences[k - 1] as Span, sentences[k] as Span];
    if (!index.slice(a[0], b[1]).includes('\n')) spans.push([a[0], b[1]]);
  }
  return spans.map(([start, end]) =>
    describe(index, { start: textOffset(start), end: textOffset(end) }),
  );
}

/** The word without punctuation at its ends ("Sedláček," → "Sedláček"). */
function trimPunctuation(index: CodePointIndex, [from, to]: Span): Span {
  let a = from;
  let b = to;
  while (a < b - 1 && /[\p{P}]/u.test(index.slice(a, a + 1))) a++;
  while (b > a + 1 && /[\p{P}]/u.test(index.slice(b - 1, b))) b--;
  return [a, b];
}
