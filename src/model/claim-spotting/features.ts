import type { Sentence, Token } from './sentences';

/**
 * One reason a sentence is (or is not) check-worthy. Weights are log-odds: the score is
 * sigmoid(BIAS + the weights of the features that fire). See docs/claim-spotting.md.
 */
export interface Feature {
  reason: string;
  weight: number;
  fires: (s: SentenceView) => boolean;
}

/** A sentence prepared for the features: its text lower-cased with straight quotes, and its words. */
export interface SentenceView {
  text: string;
  lower: string;
  tokens: readonly Token[];
}

/** With no feature firing a sentence is not check-worthy: sigmoid(-1.2) ≈ 0.23. */
export const BIAS = -1.2;

const has = (s: SentenceView, tag: string) => s.tokens.some(t => t.tags.has(tag));
const words = (list: string) => new RegExp(`\\b(?:${list})\\b`);
const test = (re: RegExp) => (s: SentenceView) => re.test(s.lower);

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december';
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const DATE = new RegExp(
  `\\b(?:${DAYS}|(?:in|on|since|by|until|from|of|late|early|mid|following|next|last|this) (?:${MONTHS})|(?:${MONTHS}) \\d+|\\d+ (?:${MONTHS})|(?:1[89]|20)\\d\\d|(?:last|this) (?:year|month|week|spring|summer|autumn|winter|season)|yesterday|today)\\b`,
);
// "best" and "worst" judge; "at the earliest", "at least" hedge
const NOT_SUPERLATIVE = new Set([
  'best',
  'worst',
  'greatest',
  'finest',
  'least',
  'earliest',
  'latest',
]);
const HEDGES = /\bat (?:the )?(?:earliest|latest|least|most)\b|^first,/g;
const SUPERLATIVE = words(
  'first|record|only|leading|top|largest|biggest|highest|lowest|oldest|youngest|maximum|minimum|most|second-largest|third-largest',
);
const ANONYMOUS = words(
  'sources?|reportedly|said to be|is believed|are believed|spokes(?:person|man|woman)|officials?|familiar with|privately|people close to',
);
const ATTRIBUTION = words(
  'said|says|told|according to|reported|announced|stated|confirmed|estimated|showed|show|published|accused|complained|recalled|welcomed|disputes|rejected|blamed|found|investigated|reportedly|said to be|is believed',
);
const ROLE = words(
  'minister|president|chancellor|secretary|governor|commissioner|ceo|chief executive|spokes(?:person|man|woman)|councillor|mp|manager|leader|director(?:-general)?|chair(?:man|woman)?|mayor|senator|lawmaker|negotiator|investigator|economist|analyst|founder|owner|engineer|head',
);
const INSTITUTION = words(
  'ministry|government|council|parliament|bundestag|court|agency|authority|commission|union|police|university|institute|association|committee|fund|bank|coalition|opposition|treasury|alliance|consortium|board|company',
);
const COMPARISON = words(
  'than|compared (?:with|to)|(?:up|down) from|behind|ahead of|(?:rose|risen|fell|fallen|cut|climbed|dropped|jumped|grew|increased|decreased|reduced|raised) (?:by|to|from)|doubled|halved|tripled|waned|fewer',
);
// comparatives that are not comparisons of fact ("one more", "later", "longer and emptier")
const NOT_COMPARATIVE = new Set([
  'more',
  'less',
  'later',
  'earlier',
  'further',
  'longer',
  'better',
  'worse',
]);
const CAUSAL = words(
  'because|caused by|due to (?:a|an|the|its|their)|as a result|led to|brought down|hit by|blamed|thanks to|resulted in',
);
const SCHEDULE = words(
  'scheduled|due to (?:end|start|begin|open|resume)|planned for|set to|will be on|is on',
);
const PERCENT = /\d\s?%|\bper ?cent\b|\bpercentage points?\b/;
const AMOUNT = words(
  'euros?|dollars?|pounds|yen|yuan|kroner|krona|francs|rupees|cents|pence|billion|million|trillion|tonnes|tons|barrels|kilometres|miles|hectares|litres|(?:mega|giga)watts?(?:-hours)?|jobs',
);
const NUMBER =
  /\b\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousands?|dozens?)\b/;
// a year is a date, not a number: "in 2027" should not count twice
const YEAR = /\b(?:1[89]|20)\d\d\b/g;

const FIRST_PERSON = /(?:^|[^\p{L}])(?:i|me|my|mine|we|our|ours)(?:[^\p{L}]|$)/u;
const OPINION = words(
  'should|must|ought to|deserves?|i think|i believe|in my view|frankly|honestly|arguably|clearly|obviously|unfortunately|sadly|hopefully|irony|ironic|disgrace|shameful|absurd|ridiculous|welcome|overdue|grim|dismal|brilliant|excellent|terrible|awful|the best|the worst|by any standard|hard not to|silver bullet|the mood|the atmosphere',
);
const PREDICTION = words(
  "(?<!had )expect(?:s|ed|ing)?|likely|hopes?|hoped|fears?|(?<!a )plans? (?:a|to)|forecasts?|predicts?|whether|if|believes|suspect|from now|in the future|within a decade|anyone's guess|is unclear|remains to be seen|another matter|another question|a mystery",
);
const NOT_NUMBER = new Set(['one', 'first']);
const MODALS = new Set(['could', 'may', 'might']);
const SPEECH = new Set(
  'said says told added warned argued thought believed claimed suggested insisted'.split(' '),
);
const FUTURE = words("will|would|won't|wouldn't");
const FEELINGS = words(
  'thrilled|angry|worried|exhausted|heartbreaking|proud|excited|nervous|bored|tears|laughing|unlucky|painful|encouraging|historic day|look forward',
);
const BOILERPLATE =
  /^(?:•|source:|photo|read also|for more information|about \p{Lu}|\(reporting|###|for immediate release|this interview)|\w+photo:|@|https?:/iu;

/** "could", "may", "might" in the main clause; not in "chips that Beijing could use" after a past-tense fact. */
function predictiveModal(s: SentenceView): boolean {
  const at = s.tokens.findIndex(t => MODALS.has(t.norm) && t.text !== 'May');
  if (at < 0) return false;
  return !s.tokens
    .slice(0, at)
    .some(t => (t.tags.has('PastTense') || t.tags.has('Participle')) && !SPEECH.has(t.norm));
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

/** A person's full name: two capitalised words in a row that are not a place or an organisation. */
function hasFullName(s: SentenceView): boolean {
  const nameLike = (t: Token) =>
    /^\p{Lu}\p{Ll}/u.test(t.text) &&
    !['Place', 'Organization', 'Demonym', 'Date', 'Determiner', 'Preposition', 'Pronoun'].some(
      tag => t.tags.has(tag),
    );
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

/** The positive features, strongest first; the order is the order of the reasons. */
export const POSITIVE: readonly Feature[] = [
  {
    reason: 'superlative or first',
    weight: 1.6,
    fires: s =>
      SUPERLATIVE.test(s.lower.replace(HEDGES, '')) ||
      s.tokens.some(t => t.tags.has('Superlative') && !NOT_SUPERLATIVE.has(t.norm)),
  },
  { reason: 'percentage', weight: 1.5, fires: s => PERCENT.test(s.lower) || has(s, 'Percent') },
  {
    reason: 'amount',
    weight: 1.3,
    fires: s => has(s, 'Money') || (NUMBER.test(s.lower) && AMOUNT.test(s.lower)),
  },
  {
    reason: 'number',
    weight: 1.3,
    fires: s =>
      NUMBER.test(s.lower.replace(YEAR, '')) ||
      s.tokens.some(t => t.tags.has('Value') && !t.tags.has('Year') && !NOT_NUMBER.has(t.norm)),
  },
  {
    reason: 'comparison',
    weight: 1.2,
    fires: s => COMPARISON.test(s.lower) || s.tokens.some((t, i) => isComparative(s, t, i)),
  },
  { reason: 'date', weight: 0.9, fires: s => DATE.test(s.lower) },
  { reason: 'attribution', weight: 0.9, fires: test(ATTRIBUTION) },
  { reason: 'anonymous sources', weight: 0.4, fires: test(ANONYMOUS) },
  { reason: 'announced schedule', weight: 0.8, fires: test(SCHEDULE) },
  { reason: 'causal claim', weight: 0.6, fires: test(CAUSAL) },
  { reason: 'past event', weight: 0.5, fires: pastEvent },
  { reason: 'named person', weight: 0.5, fires: s => has(s, 'Person') || hasFullName(s) },
  {
    reason: 'role',
    weight: 0.8,
    fires: s => ROLE.test(s.lower) && (has(s, 'Person') || has(s, 'ProperNoun')),
  },
  {
    reason: 'institution',
    weight: 0.5,
    fires: s => has(s, 'Organization') || INSTITUTION.test(s.lower),
  },
  { reason: 'place', weight: 0.3, fires: s => has(s, 'Place') },
];

/** The negative features: what makes a sentence an opinion, a question, a prediction or noise. */
export const NEGATIVE: readonly Feature[] = [
  { reason: 'question', weight: -4, fires: s => /\?\W*$/.test(s.text) },
  { reason: 'boilerplate', weight: -3, fires: s => BOILERPLATE.test(s.lower) },
  { reason: 'first person', weight: -2.2, fires: s => FIRST_PERSON.test(s.lower) },
  { reason: 'opinion', weight: -1.6, fires: test(OPINION) },
  // "May" the month is not "may" the modal
  {
    reason: 'prediction',
    weight: -1.5,
    fires: s => PREDICTION.test(s.lower) || predictiveModal(s),
  },
  { reason: 'feelings', weight: -1.2, fires: test(FEELINGS) },
  { reason: 'quoted words', weight: -0.8, fires: s => /[“”"]/.test(s.text) },
  { reason: 'future', weight: -0.6, fires: test(FUTURE) },
  { reason: 'no verb', weight: -1.5, fires: s => !has(s, 'Verb') },
];

/** A sentence's score (0–1) and the reasons for it: positive ones, strongest first. */
export function scoreSentence(sentence: Sentence): { score: number; reasons: string[] } {
  const view: SentenceView = {
    text: sentence.text.trim(),
    lower: sentence.text.trim().toLowerCase().replace(/[’‘]/g, "'"),
    tokens: sentence.tokens,
  };
  let sum = BIAS;
  const reasons: string[] = [];
  for (const f of POSITIVE) {
    if (f.fires(view)) {
      sum += f.weight;
      reasons.push(f.reason);
    }
  }
  for (const f of NEGATIVE) if (f.fires(view)) sum += f.weight;
  return { score: 1 / (1 + Math.exp(-sum)), reasons };
}
