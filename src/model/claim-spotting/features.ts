import { artefactKind, type ArtefactKind } from './artefacts';
import { CLAUSE } from './clause-features';
import { FACT } from './fact-features';
import {
  AGE,
  AGO,
  AMOUNT,
  ANONYMOUS,
  ATTRIBUTION,
  CAUSAL,
  CLOCK_DIGITS,
  CLOCK_WORDS,
  COMPARISON,
  CONDITIONAL,
  CURRENCY_SIGN,
  DEED,
  DATE,
  FEELINGS,
  FIRST_PERSON,
  FUTURE,
  FUTURE_TIME,
  HEDGED,
  HEDGES,
  INSTITUTION,
  MODALS,
  NEGATION,
  NOT_COMPARATIVE,
  NOT_NUMBER,
  NOT_SUPERLATIVE,
  NUMBER,
  NUMBER_WORD,
  OPINION,
  PERCENT,
  PREDICTION,
  PRIVATE_LIFE,
  PRONOUN_START,
  PUBLIC_AFFAIRS,
  QUANTITY,
  ROLE,
  SAYS_NOW,
  SCHEDULE,
  SECOND_PERSON,
  SPEECH,
  SUPERLATIVE,
  YEAR,
} from './claim-words';
import { normOf, type Sentence, type Token } from './sentences';
import { NO_STORY, type Story } from './story';

/**
 * A yes/no question about a sentence. Its weight is fitted (claim-weights.json); one with a
 * `reason` that fires and weighs for the sentence is shown to the reviewer as a reason.
 */
export interface Feature {
  /** The key of its weight in claim-weights.json. */
  id: string;
  reason?: string;
  fires: (s: SentenceView) => boolean;
}

/** A sentence prepared for the features. */
export interface SentenceView {
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  /** `lower` without its years ("in 2027" is a date, not also a number), and whether it has a digit then. */
  noYears: string;
  digits: boolean;
  /** `lower` with quoted passages blanked out, and the quoted passages alone. */
  unquoted: string;
  quoted: string;
  /** `lower` without its "whether …" clauses: an open question is not a forecast. */
  asserted: string;
  tokens: readonly Token[];
  /** Every tag of its words, so a feature asks once rather than word by word. */
  tags: ReadonlySet<string>;
  /** The sentence is a line (paragraph) of its own. */
  wholeLine: boolean;
  artefact: ArtefactKind | null;
  /** What the whole article says about how to read it. */
  story: Story;
}

const QUOTED = /“[^”]*(?:”|$)|"[^"]*(?:"|$)/g;
/**
 * "(would not say) whether the tariff could return", to the end of its clause; not a sentence
 * that opens with one ("Whether they can agree is unclear"), whose verb comes after it.
 */
const WHETHER = /(?<=.)\bwhether\b[^,;:.”"]*/g;

/** The view the features read; `story`: the article's (`storyOf`), if known. */
export function viewOf(sentence: Sentence, story: Story = NO_STORY): SentenceView {
  const text = sentence.text.trim();
  const lower = normOf(text);
  const wholeLine = sentence.opensLine && sentence.closesLine;
  const quotes = lower.match(QUOTED);
  const noYears = lower.replace(YEAR, '');
  const tags = new Set<string>();
  for (const t of sentence.tokens) for (const tag of t.tags) tags.add(tag);
  return {
    text,
    lower,
    noYears,
    digits: /\d/.test(noYears),
    unquoted: quotes ? lower.replace(QUOTED, ' … ') : lower,
    quoted: quotes ? quotes.join(' ') : '',
    asserted: lower.includes('whether') ? lower.replace(WHETHER, ' … ') : lower,
    tokens: sentence.tokens,
    tags,
    wholeLine,
    artefact: artefactKind(text, wholeLine),
    story,
  };
}

const NAMED = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym', 'Demonym'];
const has = (s: SentenceView, tag: string) => s.tags.has(tag);
const test = (re: RegExp) => (s: SentenceView) => re.test(s.lower);
/** Tests what the sentence asserts: not its "whether …" clauses. */
const asserts = (re: RegExp) => (s: SentenceView) => re.test(s.asserted);

/** Something checkable, in any part of a sentence: what makes a quote a claim. */
const checkable = (part: string) =>
  PERCENT.test(part) ||
  NUMBER.test(part.replace(YEAR, '')) ||
  DATE.test(part) ||
  COMPARISON.test(part) ||
  SUPERLATIVE.test(part.replace(HEDGES, '')) ||
  NEGATION.test(part);

/** "could", "may", "might" in the main clause; not in "chips that Beijing could use" after a past-tense fact. */
function predictiveModal(s: SentenceView): boolean {
  const whether = s.tokens.findIndex((t, i) => i > 0 && t.norm === 'whether');
  const at = s.tokens.findIndex(
    (t, i) => MODALS.has(t.norm) && t.text !== 'May' && !inClause(s.tokens, whether, i),
  );
  if (at < 0) return false;
  return !s.tokens
    .slice(0, at)
    .some(t => (t.tags.has('PastTense') || t.tags.has('Participle')) && !SPEECH.has(t.norm));
}

/** Token `i` is in the clause that starts at token `from` (-1: none), up to a comma or stop. */
function inClause(tokens: readonly Token[], from: number, i: number): boolean {
  if (from < 0 || i < from) return false;
  for (let k = from; k < i; k++) if ((tokens[k] as Token).punctAfter) return false;
  return true;
}

/** A comparative adjective before a noun ("its larger competitors"), or any with "than". */
function isComparative(s: SentenceView, t: Token, i: number): boolean {
  if (!t.tags.has('Comparative') || NOT_COMPARATIVE.has(t.norm)) return false;
  const next = s.tokens[i + 1];
  return /\bthan\b/.test(s.lower) || (!t.punctAfter && next !== undefined && next.tags.has('Noun'));
}

/** Something happened to or by someone named: a past-tense verb (not of saying) and a proper noun. */
function pastEvent(s: SentenceView): boolean {
  return (
    s.tokens.some(t => t.tags.has('PastTense') && !SPEECH.has(t.norm)) &&
    s.tokens.some(
      (t, i) => t.tags.has('ProperNoun') && (i > 0 || !t.tags.has('Noun') || t.tags.has('Place')),
    )
  );
}

const NOT_NAME_LIKE = ['Place', 'Organization', 'Demonym', 'Date', 'Determiner', 'Preposition'];

/** An upper-case letter then a lower-case one; ASCII decided without a Unicode regex (200,000 words a megabyte). */
function capitalisedWord(word: string): boolean {
  const a = word.charCodeAt(0);
  const b = word.charCodeAt(1);
  if (a < 128 && b < 128) return a >= 65 && a <= 90 && b >= 97 && b <= 122;
  return /^\p{Lu}\p{Ll}/u.test(word);
}

/** A person's full name: two capitalised words in a row that are not a place or an organisation. */
function hasFullName(s: SentenceView): boolean {
  const nameLike = (t: Token) =>
    capitalisedWord(t.text) &&
    !NOT_NAME_LIKE.some(tag => t.tags.has(tag)) &&
    !t.tags.has('Pronoun');
  return s.tokens.some((t, i) => {
    const next = s.tokens[i + 1];
    return (
      next !== undefined &&
      !t.punctAfter &&
      nameLike(t) &&
      nameLike(next) &&
      (i > 0 || t.tags.has('Person'))
    );
  });
}

/** "WHITCOMB:", "HUW PRITCHARD (Labour):" before a quote: a fact-check's speaker. */
const SPEAKER_LABEL = /^\p{Lu}[\p{Lu} .'-]+(?:\s\([^)]{1,40}\))?:\s*[“"]/u;
/** After a closing quote: `,” Rubin said`, `,” said Mary Achieng`. */
const SPOKEN_BY =
  /[”"]\s*(?:\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)* (?:said|says|told|added|claimed|insisted|argued)|(?:said|says|told|added|claimed|insisted|argued) (?:\p{Lu}|the |a ))/u;

/** The sentence is a quote: it opens with one, or with a fact-check's speaker label and one. */
const isQuote = (s: SentenceView) => /^[“"]/.test(s.text) || SPEAKER_LABEL.test(s.text);

/** After a quote, its speaker described as a private person: `,” said Mary Achieng, a 31-year-old farmer`, `, who runs a bakery`. */
const SPEAKER_DESCRIBED =
  /[”"],?\s+(?:said|says|told \w+|added)\s+\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*,\s(?:an?\s|who\s|\d{1,3}\b)/u;

const SPELLED_OUT =
  /\b(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/;

/**
 * A quoted claim: a quote by a named speaker, on public affairs (votes, taxes, budgets,
 * institutions…), with something checkable in it. Other quotes are mostly testimony.
 */
function quotedClaim(s: SentenceView): boolean {
  if (!s.quoted) return false;
  // a fact-check quotes a speaker by label to check what was said
  if (SPEAKER_LABEL.test(s.text)) return checkable(s.quoted) || DEED.test(s.quoted);
  const named = /^[“"]/.test(s.text) && SPOKEN_BY.test(s.text);
  return (
    named &&
    (checkable(s.quoted) || DEED.test(s.quoted)) &&
    (PUBLIC_AFFAIRS.test(s.quoted) || INSTITUTION.test(s.quoted))
  );
}

/** The sentence's subject is an institution (among its first words) doing something now. */
function institutionalFact(s: SentenceView): boolean {
  if (!has(s, 'Organization') && !INSTITUTION.test(s.lower)) return false;
  const subject = s.tokens
    .slice(0, 6)
    .some(t => t.tags.has('Organization') || INSTITUTION.test(t.norm));
  return (
    subject &&
    s.tokens.some(
      t =>
        (t.tags.has('PresentTense') || t.tags.has('PerfectTense')) &&
        !t.tags.has('Modal') &&
        !SPEECH.has(t.norm),
    ) &&
    !FUTURE.test(s.unquoted)
  );
}

const PERSON_PRONOUNS = new Set(['she', 'he', 'they', 'i', 'we']);

/** A person doing something now: "She is 67", "Vaughan walks out": a feature's present, not a report. */
function personNow(s: SentenceView): boolean {
  const verb = s.tokens.findIndex(t => t.tags.has('Verb'));
  if (verb < 1 || verb > 3) return false;
  const v = s.tokens[verb] as Token;
  if (!v.tags.has('PresentTense') || SPEECH.has(v.norm)) return false;
  return s.tokens.slice(0, verb).some(t => PERSON_PRONOUNS.has(t.norm) || isNamed(t));
}

/** A word compromise takes for a person's name and that is written as one: "the grant" is not Grant. */
const isNamed = (t: Token) => t.tags.has('Person') && /^\p{Lu}/u.test(t.text);

/** The evidence a sentence holds: these give the reasons, strongest (by weight) first. */
export const EVIDENCE: readonly Feature[] = [
  {
    id: 'superlative',
    reason: 'superlative or first',
    fires: s =>
      SUPERLATIVE.test(HEDGED.test(s.lower) ? s.lower.replace(HEDGES, '') : s.lower) ||
      s.tokens.some(t => t.tags.has('Superlative') && !NOT_SUPERLATIVE.has(t.norm)),
  },
  {
    id: 'percentage',
    reason: 'percentage',
    fires: s => PERCENT.test(s.lower) || has(s, 'Percent'),
  },
  {
    id: 'amount',
    reason: 'amount',
    fires: s =>
      has(s, 'Money') ||
      CURRENCY_SIGN.test(s.lower) ||
      (NUMBER.test(s.lower) && AMOUNT.test(s.lower)),
  },
  {
    id: 'quantity',
    reason: 'quantity',
    fires: s => QUANTITY.test(s.lower) && NUMBER.test(s.noYears),
  },
  { id: 'number', reason: 'number', fires: s => s.digits },
  {
    id: 'number-in-words',
    reason: 'number',
    fires: s =>
      !s.digits &&
      (NUMBER_WORD.test(s.lower) ||
        s.tokens.some(t => t.tags.has('Value') && !t.tags.has('Year') && !NOT_NUMBER.has(t.norm))),
  },
  {
    id: 'comparison',
    reason: 'comparison',
    fires: s => COMPARISON.test(s.lower) || s.tokens.some((t, i) => isComparative(s, t, i)),
  },
  { id: 'date', reason: 'date', fires: test(DATE) },
  { id: 'attribution', reason: 'attribution', fires: test(ATTRIBUTION) },
  { id: 'anonymous', reason: 'anonymous sources', fires: test(ANONYMOUS) },
  { id: 'schedule', reason: 'announced schedule', fires: test(SCHEDULE) },
  { id: 'causal', reason: 'causal claim', fires: test(CAUSAL) },
  { id: 'past-event', reason: 'past event', fires: pastEvent },
  {
    id: 'person',
    reason: 'named person',
    fires: s => (has(s, 'Person') && s.tokens.some(isNamed)) || hasFullName(s),
  },
  {
    id: 'role',
    reason: 'role',
    fires: s => ROLE.test(s.lower) && (has(s, 'Person') || has(s, 'ProperNoun')),
  },
  {
    id: 'institution',
    reason: 'institution',
    fires: s => has(s, 'Organization') || INSTITUTION.test(s.lower),
  },
  { id: 'place', reason: 'place', fires: s => has(s, 'Place') },
  { id: 'quoted-claim', reason: 'quoted claim by a named speaker', fires: quotedClaim },
  {
    id: 'negated-fact',
    reason: 'negated fact',
    fires: s =>
      NEGATION.test(s.unquoted) &&
      !FIRST_PERSON.test(s.unquoted) &&
      !SECOND_PERSON.test(s.lower) &&
      !PRONOUN_START.test(s.lower),
  },
  { id: 'institutional-fact', reason: 'what an institution does', fires: institutionalFact },
];

/**
 * Why a sentence is never a claim, whatever it holds, or null: by the labelling rules
 * (tests/fixtures/claims/README.md) a question, a byline, a timestamp, a credit, a link line,
 * a currency note or boilerplate never is. Such sentences are not scored.
 */
export function notAClaim(s: SentenceView): string | null {
  if (/\?\W*$/.test(s.text)) return 'question';
  return s.artefact;
}

/** What makes a sentence a heading, an opinion, a forecast or colour. */
export const SHAPE: readonly Feature[] = [
  // a heading, a label, a credit: a line that does not end as a sentence does
  { id: 'line-without-stop', fires: s => s.wholeLine && !/[.!?…][”"’)]*$/.test(s.text) },
  { id: 'short-line', fires: s => s.wholeLine && s.tokens.length <= 6 },
  { id: 'first-person', fires: s => FIRST_PERSON.test(s.unquoted) },
  // a quote on private matters is testimony; one on public affairs may be a politician's claim
  { id: 'first-person-quoted', fires: s => FIRST_PERSON.test(s.quoted) && !quotedClaim(s) },
  { id: 'second-person', fires: s => SECOND_PERSON.test(s.unquoted) },
  { id: 'public-affairs', fires: s => PUBLIC_AFFAIRS.test(s.unquoted) },
  // news writes 10 and over in digits, except to open a sentence; colour spells them out
  { id: 'spelled-out-number', fires: s => SPELLED_OUT.test(s.lower.slice(1)) },
  { id: 'opinion', fires: test(OPINION) },
  { id: 'prediction', fires: asserts(PREDICTION) },
  // "May" the month is not "may" the modal
  { id: 'predictive-modal', fires: predictiveModal },
  { id: 'conditional', fires: asserts(CONDITIONAL) },
  { id: 'future-time', fires: asserts(FUTURE_TIME) },
  { id: 'future', fires: asserts(FUTURE) },
  { id: 'feelings', fires: test(FEELINGS) },
  { id: 'opens-with-quote', fires: s => isQuote(s) && !quotedClaim(s) },
  { id: 'speaker-label', fires: s => SPEAKER_LABEL.test(s.text) },
  { id: 'speaker-described', fires: s => SPEAKER_DESCRIBED.test(s.text) },
  // nothing named: no person, place, organisation or institution; a scene more often than a fact
  {
    id: 'nothing-named',
    fires: s => !NAMED.some(tag => s.tags.has(tag)) && !INSTITUTION.test(s.lower),
  },
  { id: 'quotes-a-phrase', fires: s => s.quoted !== '' && !isQuote(s) },
  { id: 'no-verb', fires: s => !has(s, 'Verb') },
  { id: 'clock-digits', fires: test(CLOCK_DIGITS) },
  { id: 'clock-words', fires: test(CLOCK_WORDS) },
  { id: 'person-now', fires: personNow },
  { id: 'age', fires: s => AGE.test(s.text) },
  { id: 'ago', fires: test(AGO) },
  { id: 'says-now', fires: test(SAYS_NOW) },
  { id: 'pronoun-start', fires: s => PRONOUN_START.test(s.lower) },
  { id: 'private-life', fires: test(PRIVATE_LIFE) },
];

/** Every feature, evidence first. */
export const FEATURES: readonly Feature[] = [...EVIDENCE, ...SHAPE, ...CLAUSE, ...FACT];

/** The ids of the features that fire on a sentence, in FEATURES order; null if it is `notAClaim`. */
export function featureIds(sentence: Sentence, story?: Story): string[] | null {
  const view = viewOf(sentence, story);
  return notAClaim(view) ? null : FEATURES.filter(f => f.fires(view)).map(f => f.id);
}
