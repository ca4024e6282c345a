import nlp from 'compromise/two';
import { isCreditLine } from './artefacts';
import type { Sentence, Token } from './sentences';
import type { ReferencePerson } from './types';

/**
 * What a sentence says about the person a name belongs to: enough to tell a private person
 * from an office holder whose name is one letter away ("Katja Kallas, a florist from
 * Tallinn" is not Kaja Kallas). Plain data, so it can pass between workers.
 */
export interface NameContext {
  /** The name stands in a byline or a photo credit: one of the people who made the article. */
  credit: boolean;
  /** The sentence says "no relation" (or "not related to"). */
  noRelation: boolean;
  /** The nouns around the name that say what the person is: ["florist"], ["prime", "minister"]. */
  roles: string[];
  /** The given name's gender, when compromise knows it. */
  gender?: 'female' | 'male';
}

/** "No relation", "not related to": the text says two people of one name are not kin. */
export const NO_RELATION = /\b(?:no relation|not related to|unrelated to|no relative of)\b/i;
// roles an office holder can be given in news besides the words of their office
const PUBLIC_ROLES = new Set(
  (
    'minister president chancellor secretary premier prime leader governor treasurer ' +
    'commissioner chair chairman chairwoman chairperson representative deputy vice head ' +
    'king queen prince emperor senator mp mep lawmaker politician candidate member ' +
    'representative envoy counterpart successor predecessor host'
  ).split(' '),
);
const NOT_ROLE_TAGS = [
  'Determiner',
  'Preposition',
  'Value',
  'Unit',
  'Hyphenated',
  'Adverb',
  'Pronoun',
  'Conjunction',
  'Possessive',
];
const STOP_TAGS = ['Verb', 'Preposition', 'Conjunction', 'Pronoun', 'Determiner'];
// titles that say nothing of a role: a minister can be a Dr, and a former one is one
const NOT_ROLES = new Set('mr mrs ms dr sir lord lady former acting local late'.split(' '));

/** What a whole sentence says of every name in it. */
export type SentenceContext = Pick<NameContext, 'credit' | 'noRelation'>;

/** The sentence's part of the context of the names in it. */
export const sentenceContext = (
  sentence: Pick<Sentence, 'text' | 'opensLine' | 'closesLine'>,
): SentenceContext => ({
  credit: isCreditLine(sentence.text, sentence.opensLine && sentence.closesLine),
  noRelation: NO_RELATION.test(sentence.text),
});

/**
 * The context of a name that stands at [from, to) of a sentence's `tokens`; `titles` are the
 * title words trimmed off its run ("Prime Minister" of "Prime Minister Mark Carney"), `about`
 * what the whole sentence says.
 */
export function nameContext(
  tokens: readonly Token[],
  from: number,
  to: number,
  titles: readonly Token[],
  about: SentenceContext,
): NameContext {
  const roles = titles.map(t => t.norm.replace(/\.$/, '')).filter(r => !NOT_ROLES.has(r));
  // before the name: "pharmacist Penny Wang", "the owner, Melanie Jolly"
  for (let i = from - 1; i >= 0 && i >= from - 3; i--) {
    const t = tokens[i] as Token;
    if (STOP_TAGS.some(tag => t.tags.has(tag)) || (t.punctAfter && i !== from - 1)) break;
    if (t.tags.has('Noun') && !t.tags.has('ProperNoun') && !NOT_ROLE_TAGS.some(g => t.tags.has(g)))
      roles.push(t.norm);
  }
  // after it, in apposition: ", a florist from Tallinn", ", the economy minister and…",
  // or in a clause: ", who runs a bakery in Essen"
  if (tokens[to - 1]?.punctAfter) {
    let i = to;
    // an age first: "Don Farrel, 72, who…", "Tremblay, 52, a florist"
    if (tokens[i]?.tags.has('Value') && tokens[i]?.punctAfter && !tokens[i]?.tags.has('Hyphenated'))
      i++;
    if (tokens[i]?.norm === 'who') {
      i++;
      while (i < to + 4 && tokens[i]?.tags.has('Verb')) i++;
    }
    for (const start = i; i < tokens.length && i < start + 6; i++) {
      const t = tokens[i] as Token;
      // a hyphen is not a stop: ", a 47-year-old rice trader"
      const hyphen = t.tags.has('Hyphenated');
      if (i > start && t.punctBefore && !hyphen) break;
      if (['Preposition', 'Conjunction', 'Verb', 'QuestionWord'].some(g => t.tags.has(g))) break;
      if (
        t.tags.has('Noun') &&
        !t.tags.has('ProperNoun') &&
        !NOT_ROLE_TAGS.some(g => t.tags.has(g))
      )
        roles.push(t.norm);
      if (t.punctAfter && !hyphen) break;
    }
  }
  const given = tokens[from];
  const gender = given?.tags.has('FemaleName')
    ? 'female'
    : given?.tags.has('MaleName')
      ? 'male'
      : undefined;
  // built field by field: spreading `about` into each of a megabyte's thousands of names was slow
  const context: NameContext = { credit: about.credit, noRelation: about.noRelation, roles };
  if (gender) context.gender = gender;
  return context;
}

const genders = new Map<string, NameContext['gender'] | null>();

/** The gender of a given name as compromise's lexicon has it, or undefined. */
function genderOf(given: string): NameContext['gender'] {
  let g = genders.get(given);
  if (g === undefined) {
    const doc = nlp(given);
    g = doc.has('#FemaleName') ? 'female' : doc.has('#MaleName') ? 'male' : null;
    genders.set(given, g);
  }
  return g ?? undefined;
}

/** Giorgia and Giorgio, Maria and Mario: one letter, and the usual sign of another gender. */
export const genderPair = (a: string, b: string) =>
  a.length === b.length &&
  a.slice(0, -1) === b.slice(0, -1) &&
  new Set([a.at(-1), b.at(-1)]).size === 2 &&
  ['a', 'o'].includes(a.at(-1) as string) &&
  ['a', 'o'].includes(b.at(-1) as string);

/**
 * Whether what the text says of a name shows it is not `person`'s, though spelled one or two
 * letters away: a credit, "no relation", a given name of the other gender, or a role that is
 * none of a public office's (the one a florist has, not a minister's). `given`: the written
 * and the reference given names, folded.
 */
export function notThePerson(
  contexts: readonly NameContext[],
  person: Pick<ReferencePerson, 'name' | 'office'>,
  given: readonly [string, string],
): boolean {
  const [written, reference] = given;
  if (genderPair(written, reference)) return true;
  // a given name spelled the same is the same either way
  const theirs = written === reference ? undefined : genderOf(person.name.split(' ')[0] as string);
  const office = new Set((person.office ?? '').toLowerCase().split(/[^\p{L}]+/u));
  return contexts.some(
    c =>
      c.credit ||
      c.noRelation ||
      (c.gender !== undefined && theirs !== undefined && c.gender !== theirs) ||
      (c.roles.length > 0 && !c.roles.some(r => PUBLIC_ROLES.has(r) || office.has(r))),
  );
}
