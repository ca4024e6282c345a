// The words and patterns the features look for, on a sentence lower-cased with straight
// apostrophes. Lists, not judgements: how much each counts is fitted (claim-weights.json).

const words = (list: string) => new RegExp(`\\b(?:${list})\\b`);

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december';
const SHORT_MONTHS = 'jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
export const DATE = new RegExp(
  `\\b(?:${DAYS}|(?:in|on|since|by|until|from|of|late|early|mid|following|next|last|this) (?:${MONTHS})|(?:${MONTHS}) \\d+|\\d+ (?:${MONTHS})|(?:${SHORT_MONTHS})\\.? \\d{1,2}\\b|(?:1[89]|20)\\d\\d|(?:last|this) (?:year|month|week|spring|summer|autumn|winter|season)|yesterday|today)\\b`,
);
// "best" and "worst" judge; "at the earliest", "at least" hedge
export const NOT_SUPERLATIVE = new Set([
  'best',
  'worst',
  'greatest',
  'finest',
  'least',
  'earliest',
  'latest',
]);
export const HEDGES = /\bat (?:the )?(?:earliest|latest|least|most)\b|^first,/g;
/** HEDGES, to test for one without the global flag's state. */
export const HEDGED = /\bat (?:the )?(?:earliest|latest|least|most)\b|^first,/;
export const SUPERLATIVE = words(
  'first|record|only|leading|top|largest|biggest|highest|lowest|oldest|youngest|maximum|minimum|most|second-largest|third-largest|second-biggest|fastest|slowest|smallest|richest|poorest|cheapest|strongest|weakest|deepest|longest|busiest',
);
export const ANONYMOUS = words(
  'sources?|reportedly|said to be|is believed|are believed|spokes(?:person|man|woman)|officials?|familiar with|privately|people close to',
);
export const ATTRIBUTION = words(
  'said|says|told|according to|reported|announced|stated|confirmed|estimated|estimates?|showed|shows?|published|accused|complained|recalled|welcomed|disputes|rejected|blamed|found|investigated|reportedly|said to be|is believed|recorded|data show|figures show|records show',
);
export const ROLE = words(
  'minister|president|chancellor|secretary|governor|commissioner|ceo|chief executive|chief financial officer|spokes(?:person|man|woman)|councillor|mp|manager|leader|director(?:-general)?|chair(?:man|woman)?|mayor|senator|lawmaker|negotiator|investigator|economist|analyst|founder|owner|engineer|head|treasurer|premier',
);
export const INSTITUTION = words(
  'ministry|government|council|parliament|bundestag|senedd|congress|senate|court|agency|authority|commission|union|police|university|institute|association|committee|fund|bank|coalition|opposition|treasury|alliance|consortium|board|company|bureau|office|department|laws?|rules|regulations?|treaty|treaties|constitution|statute|charter|regulator|census',
);
export const COMPARISON = words(
  'than|compared (?:with|to)|(?:up|down) from|behind|ahead of|(?:rose|risen|fell|fallen|cut|climbed|dropped|jumped|grew|grown|increased|decreased|reduced|raised|lost|gained) (?:by|to|from|\\d)|doubled|halved|tripled|waned|fewer',
);
// comparatives that are not comparisons of fact ("one more", "later", "longer and emptier")
export const NOT_COMPARATIVE = new Set([
  'more',
  'less',
  'later',
  'earlier',
  'further',
  'longer',
  'better',
  'worse',
]);
export const CAUSAL = words(
  'because|caused by|due to (?:a|an|the|its|their)|as a result|led to|brought down|hit by|blamed|thanks to|resulted in',
);
export const SCHEDULE = words(
  'scheduled|due to (?:end|start|begin|open|resume)|planned for|set to|will be on|is on|will be (?:closed|open)',
);
export const PERCENT = /\d\s?%|\bper ?cent\b|\bpercentage points?\b/;
/** Money: "3 billion euros", "$410,000". */
export const AMOUNT = words(
  'euros?|dollars?|pounds|yen|yuan|kroner|krona|francs|rupees|liras?|cents|pence|billion|million|trillion|bn',
);
/** A physical quantity: "95 kilometres", "1,800 jobs". */
export const QUANTITY = words(
  'tonnes|tons|barrels|kilometres|km|miles|metres|hectares|acres|litres|(?:mega|giga)watts?(?:-hours)?|jobs|homes|households|passengers|patients|pupils|seats|votes|beds',
);
/** What public argument is about: a quote on it is a claim more often than testimony. */
export const PUBLIC_AFFAIRS = words(
  'vot(?:e|ed|es|ing)|tax(?:es)?|budget|law|bill|opponent|spending|funding|crime|police|jobs|wages|prices|economy|inflation|deficit|debt|government|schools?|hospitals?|immigration|border|homes|housing|teachers|universit(?:y|ies)|prescriptions|benefits|pensions',
);
/** What a politician says was done: "we cut taxes", "she voted against…" (a deed, checkable). */
export const DEED = words(
  'voted|cut|raised|lowered|signed|vetoed|spent|created|closed|opened|built|lost|taken|took|funded|ended|passed|blocked|went up|went down|doubled|hired|fired',
);
export const CURRENCY_SIGN = /[$€£¥]\s?\d/;
/** A number in words only: "three seats", "twice a year" (colour counts in words more than news does). */
export const NUMBER_WORD =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousands?|dozens?|half|a third|a quarter|twice)\b/;
export const NUMBER =
  /\b\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousands?|dozens?|half|a third|a quarter)\b/;
// a year is a date, not a number: "in 2027" should not count twice
export const YEAR = /\b(?:1[89]|20)\d\d\b/g;

// not "mine": a coal mine is not the writer's
// "letter" spelled out for the lower-cased Latin text these run on: a Unicode class, run on
// every sentence of a megabyte, cost a tenth of the scoring
const L = 'a-z\u00df-\u024f';
export const FIRST_PERSON = new RegExp(
  `(?:^|[^${L}])(?:i|me|my|we|our|ours|i've|i'm|we're|we've)(?:[^${L}]|$)`,
);
export const SECOND_PERSON = new RegExp(
  `(?:^|[^${L}])(?:you|your|yours|you're|you've)(?:[^${L}]|$)`,
);
export const OPINION = words(
  'should|must|ought to|deserves?|i think|i believe|in my view|frankly|honestly|arguably|clearly|obviously|unfortunately|sadly|hopefully|irony|ironic|disgrace|shameful|absurd|ridiculous|welcome|overdue|grim|dismal|brilliant|excellent|terrible|awful|the best|the worst|by any standard|hard not to|silver bullet|the mood|the atmosphere|nasty|hated|unconvinced',
);
export const PREDICTION = words(
  "(?<!had )expect(?:s|ed|ing)?|likely|hopes?|hoped|fears?|(?<!a )plans? (?:a|to)|forecasts? (?:that|to|an?)|predicts?|believes|suspect|from now|in the future|within a decade|anyone's guess|is unclear|remains to be seen|another matter|another question|a mystery|confident|optimistic|pessimistic|on track|wait and see|aims? to",
);
export const CONDITIONAL = words('if|unless|in case');
export const FUTURE_TIME = words(
  'within (?:the next )?(?:days|weeks|months|years|a (?:day|week|month|year|decade))|next (?:year|month|week|spring|summer|autumn|winter)|in the coming|by the end of (?:next|this) (?:year|month|decade)',
);
export const FUTURE = words("will|would|won't|wouldn't|'ll");
export const FEELINGS = words(
  'thrilled|angry|worried|worries|exhausted|heartbreaking|proud|excited|nervous|bored|tears|cried|laughing|unlucky|painful|encouraging|historic day|look forward|pain|relieved|giddy',
);
export const NEGATION = words(
  "not|no|none|never|neither|nor|nobody|nothing|without|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hasn't|haven't|hadn't|cannot|can't",
);
/** A clock time in digits: "at 4:17 a.m.", "12.30pm" (news writes times so). */
export const CLOCK_DIGITS = /\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)/;
/** The time of day in words: scene-setting more often than a fact. */
export const CLOCK_WORDS =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:o'clock|in the (?:morning|afternoon|evening))|\bo'clock\b|\b(?:at|by) (?:dawn|dusk|midnight|noon|midday|daybreak|nightfall)\b|\bat (?:ten|twenty|a quarter|half) (?:to|past)\b|\bhalf past (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/;
/** An age: "a 64-year-old", "Tremblay, 52,". */
export const AGE =
  /\b\d{1,3}-year-old\b|[A-Za-z\u00c0-\u024f], \d{1,3},|\baged \d{1,3}\b|\b(?:she|he|i) (?:is|was|'s) \d{1,3}\b/;
export const AGO = /\b(?:ago|these days)\b/;
/** Present-tense "says" with a pronoun: a feature's quoted testimony more than a report. */
export const SAYS_NOW = /\b(?:(?:she|he|they|i) (?:says|writes|adds)|says (?:she|he))\b/;
/** Someone's family or friends: private life, rarely of public interest. */
export const PRIVATE_LIFE =
  /\b(?:her|his|my|their|our) (?:grandfather|grandmother|grandparents|mother|father|mum|dad|daughter|son|wife|husband|partner|family|sister|brother|children|kids|parents|neighbours?|friends?)\b/;
export const PRONOUN_START = /^["“‘']?(?:she|he|they|it|her|his|their|its|this|that|these|those)\b/;
export const MODALS = new Set(['could', 'may', 'might']);
export const SPEECH = new Set(
  'said says told added warned argued thought believed claimed suggested insisted wrote writes'.split(
    ' ',
  ),
);
export const NOT_NUMBER = new Set(['one', 'first']);
