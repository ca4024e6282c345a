import { foldName } from './edit-distance';
import {
  nameContext,
  type NameContext,
  type SentenceContext,
  sentenceContext,
} from './name-context';
import type { Sentence, Token } from './sentences';

// Runs of capitalised words in a sentence, and the names in them: titles, places and
// organisations around a name stripped off, what the sentence says of its person kept.

/** A name as a sentence writes it, with its UTF-16 range and its folded words. */
export interface Mention {
  start: number;
  end: number;
  written: string;
  key: string;
  parts: string[];
  /** Tagged a person or proper noun by compromise (not a place or organisation). */
  person: boolean;
  /** What the sentence says about this person, when it says anything (a role, a credit…). */
  context?: NameContext;
}

const PARTICLES = new Set('von van der den de la le da das do dos del di bin al ter'.split(' '));
// Words that precede or follow a name in news without being part of it ("Finance Minister …").
export const NOT_NAME = new Set(
  (
    'president vice prime minister chancellor secretary general director-general governor ' +
    'commissioner chief councillor mayor senator leader manager chair chairman chairwoman ' +
    'former deputy acting state foreign finance economy economic trade industry commerce ' +
    'treasury business defence defense interior home health energy commission council ' +
    'union institute university fund bank group party ministry holding investment ' +
    'mr mrs ms dr sir lord lady professor judge king queen prince captain coach local ' +
    'executive officer financial operating editor correspondent reporter analyst economist ' +
    'spokesperson spokesman spokeswoman nurse doctor democrat republican labour conservative ' +
    'candidate congressman congresswoman'
  ).split(' '),
);
const NOT_NAME_TAGS = ['Place', 'Organization', 'Demonym', 'Determiner', 'Preposition'];
const NOT_NAME_TAGS_2 = ['Conjunction', 'Pronoun', 'Adverb', 'Date', 'Value'];
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
// compromise knows common given names only; an unknown capitalised word is a ProperNoun
const PROPER_TAGS = [...PERSON_TAGS, 'ProperNoun'];
export const POSSESSIVE = /['’]s$/;

/** A run of name-like words, and where it starts among the sentence's tokens. */
export interface Run {
  at: number;
  run: Token[];
}

/** Runs of name-like words (capitalised, or a particle inside a name), split at punctuation. */
export function capitalisedRuns(tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let run: Token[] = [];
  let at = 0;
  const flush = () => {
    if (run.length > 1) runs.push({ at, run });
    run = [];
  };
  tokens.forEach((t, i) => {
    const nameLike = isCapitalised(t.text) || (run.length > 0 && PARTICLES.has(t.norm));
    if (!nameLike || t.punctBefore) flush();
    if (nameLike) {
      if (run.length === 0) at = i;
      run.push(t);
    }
    if (nameLike && (t.punctAfter || POSSESSIVE.test(t.text))) flush();
  });
  flush();
  return runs;
}

/** Runs of capitalised words in a sentence, stripped of titles and places around them. */
export function mentionsIn(sentence: Sentence, text: string): Mention[] {
  const about = sentenceContext(sentence);
  return capitalisedRuns(sentence.tokens).flatMap(
    r => toMention(r, sentence.tokens, about, text) ?? [],
  );
}

export function toMention(
  { at, run }: Run,
  tokens: readonly Token[],
  about: SentenceContext,
  text: string,
): Mention | null {
  let from = 0;
  let to = run.length;
  const title = lastTitle(run);
  if (to - title > 2) {
    // a title ends before the name, and the two words after it are the name whatever
    // compromise tags them: "Reserve Bank Governor Lesetja Kganyago", "Secretary of State
    // Marco Rubio" (Marco a place), "Democrat Dana Lindqvist"
    from = title + 1;
    while (to > from + 2 && isNotName(run[to - 1] as Token)) to--;
  } else {
    while (from < to && isNotName(run[from] as Token)) from++;
    while (to > from && isNotName(run[to - 1] as Token)) to--;
    // a surname that is also a town ("Eleri Vaughn", compromise's Vaughn being a city) stays
    const surname = run[to];
    if (to - from === 1 && surname && onlyAPlace(surname) && !isNotName(run[from] as Token)) to++;
  }
  const words = run.slice(from, to);
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last || words.length > 5) return null;
  if (words.filter(w => !PARTICLES.has(w.norm)).length < 2) return null;
  const end = last.end - (POSSESSIVE.test(last.text) ? 2 : 0);
  const written = text.slice(first.start, end);
  const parts = foldWritten(written).split(' ');
  const person = words.some(w => PROPER_TAGS.some(tag => w.tags.has(tag)));
  const titles = [...run.slice(0, from), ...run.slice(to)];
  const context = nameContext(tokens, at + from, at + to, titles, about);
  const said = context.credit || context.noRelation || context.roles.length > 0 || context.gender;
  return {
    start: first.start,
    end,
    written,
    key: parts.join(' '),
    parts,
    person,
    ...(said && { context }),
  };
}

/** Where the last title word of a run stands (-1 if none): the name comes after it. */
function lastTitle(run: readonly Token[]): number {
  for (let i = run.length - 1; i >= 0; i--)
    if (NOT_NAME.has((run[i] as Token).norm.replace(POSSESSIVE, ''))) return i;
  return -1;
}

/** Tagged a place, and nothing else that keeps a word out of a name. */
const onlyAPlace = (t: Token) =>
  t.tags.has('Place') &&
  !NOT_NAME.has(t.norm.replace(POSSESSIVE, '')) &&
  ![...NOT_NAME_TAGS, ...NOT_NAME_TAGS_2].some(tag => tag !== 'Place' && t.tags.has(tag));

function isNotName(t: Token): boolean {
  if (PARTICLES.has(t.norm) || NOT_NAME.has(t.norm.replace(POSSESSIVE, ''))) return true;
  if (PERSON_TAGS.some(tag => t.tags.has(tag))) return false;
  return NOT_NAME_TAGS.some(tag => t.tags.has(tag)) || NOT_NAME_TAGS_2.some(tag => t.tags.has(tag));
}

// A long article has a hundred thousand capitalised words, a few thousand distinct, and names
// the same people again and again: each word and each written name is folded once (NFKD and
// three replacements each time took 100 ms a megabyte).
const foldedWords = new Map<string, string>();
const foldedNames = new Map<string, string>();

/** `fold(s)`, remembered in `cache` (emptied when it grows past 100,000). */
function remembered(cache: Map<string, string>, s: string, fold: (s: string) => string): string {
  let f = cache.get(s);
  if (f === undefined) {
    if (cache.size > 100_000) cache.clear();
    f = fold(s);
    cache.set(s, f);
  }
  return f;
}

const foldBareWord = (word: string) => foldName(word.replace(POSSESSIVE, ''));

/** A word folded as `foldName` folds it, possessive stripped. */
export const foldWord = (word: string) => remembered(foldedWords, word, foldBareWord);

/** A name as the text writes it, folded by `foldName`. */
const foldWritten = (written: string) => remembered(foldedNames, written, foldName);

/** Starts with a capital and is not an acronym (US, ECB, WHO) or a shouted dateline. */
export function isCapitalised(word: string): boolean {
  // most words are ASCII: decided without a Unicode regex (a megabyte has 200,000 words)
  const first = word.charCodeAt(0);
  if (first < 128 ? first < 65 || first > 90 : !/^\p{Lu}/u.test(word)) return false;
  const second = word.charCodeAt(1);
  return (second >= 97 && second <= 122) || /\p{Ll}/u.test(word);
}
