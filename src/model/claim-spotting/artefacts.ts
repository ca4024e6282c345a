// Lines that come with an article without being part of what it says: who wrote it and when,
// who took the photo, where to read on, what a currency was worth. News sites and wires
// write them in a handful of shapes.

/** What kind of artefact a line is. */
export type ArtefactKind =
  'byline' | 'timestamp' | 'credit' | 'link' | 'currency note' | 'navigation' | 'boilerplate';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?';
const CLOCK = '\\d{1,2}[.:]\\d{2}(?:\\s?(?:[ap]\\.?m\\.?))?(?:\\s?[A-Z]{2,5}T?)?';
const DATE = `(?:${DAY}\\s)?(?:\\d{1,2}\\s${MONTH}(?:\\s\\d{4})?|${MONTH}\\s\\d{1,2}(?:,?\\s\\d{4})?)`;

/** Only as a whole line: a time or a date alone, as live blogs and datelines print them. */
const TIMESTAMP_LINE = new RegExp(
  `^(?:${CLOCK}|${DATE}|${DATE},?\\s${CLOCK}|${CLOCK},?\\s${DATE})$`,
  'i',
);
/** A dateline alone on a line: "JOHANNESBURG, Aug 27", "BANDUNG, Indonesia, Nov 9 (Wire)". */
const DATELINE = new RegExp(
  `^([\\p{L} .'’-]{2,30})(?:, [\\p{L} .]{2,30})?,\\s${DATE}(?:\\s\\(\\p{L}+\\))?$`,
  'iu',
);
const TIMESTAMP = new RegExp(
  `^(?:updated|published|posted|modified|last (?:modified|updated)|first published)(?: on| at)?:?\\s(?:${DAY}\\s)?[\\d\\p{L}]`,
  'iu',
);
/** "By Helen Marsh", "Words: Owen Jenkins": only without a full stop ("By Friday, it had…"). */
const BYLINE =
  /^(?:by|words(?: and pictures)?(?: by)?|text|written by|interview by)\s*:?\s+\p{Lu}/iu;
const WIRE_CREDITS = /^\((?:additional )?(?:reporting|writing|editing) by\b/i;
const CREDIT =
  /^(?:photo(?:graph)?s?|pictures?|images?|illustrations?|credits?|video|graphic)(?:\s+by\s+|\s*:\s*)\p{Lu}/iu;
/** Scraped credits: "semiconductorPhoto: Massimo Brega", "…/Reuters". */
const GLUED_CREDIT = /\p{Ll}photo:|\/(?:reuters|ap|afp|pa|getty images|epa|anadolu|bloomberg)\b/iu;
/** "Factmark Wire/Adolfo Ursi", "Reuters/John Smith": an agency and a photographer. */
const AGENCY_CREDIT = /^[\p{Lu}][\p{L}&.' -]{1,40}\/[\p{Lu}][\p{L}.' -]{1,40}$/u;
const LINK =
  /^(?:•|»|related(?: coverage| articles?)?\s*:|read (?:also|more)\s*:|see also\s*:|more on this\b|watch\s*:|listen\s*:|recommended\s*:|also read\s*:)/iu;
const CURRENCY_NOTE = /^\(\s*(?:[$€£¥]|us\$|rs\.?|chf)\s?1\s?=\s?[^()]{1,40}\)\.?$/i;
// and numbered labels: "Claim 1", "Part 2", "Step 3"; a fact-check's verdict ("THE FACTS: True.")
const NAVIGATION =
  /^(?:(?:claim|part|chapter|step|section|question|no\.?)\s*\d{1,2}|key events|show key events only|live|advertisement|skip to (?:main )?content|share(?: this)?|sign up|subscribe|listen to this article|\d+ min(?:ute)? read|most (?:read|viewed)|top stories|skip advertisement)$|^(?:the facts|verdict|our (?:verdict|ruling)|rating)\s*:\s*(?:true|false|mostly|half|partly|misleading|needs context|unproven|correct|incorrect|accurate|inaccurate|wrong|this is)\b/i;
const BOILERPLATE =
  /^(?:source:|for more information|about \p{Lu}|###|for immediate release|this interview|if you have seen a claim|this (?:article|piece|story) (?:is|was) part of)/iu;
const ADDRESS = /@\w|https?:|www\./i;

/**
 * The kind of artefact a sentence is, or null. `wholeLine`: the sentence is a line of its
 * own, which a time or a date alone must be to count (a sentence may end with one).
 */
export function artefactKind(text: string, wholeLine: boolean): ArtefactKind | null {
  const t = text.trim();
  // a sentence ends with a stop; these lines do not
  const unstopped = !/[.!?…]["”’)]*$/.test(t) && t.length < 160;
  if (wholeLine && TIMESTAMP_LINE.test(t)) return 'timestamp';
  if (wholeLine && isDateline(t)) return 'timestamp';
  if (unstopped && TIMESTAMP.test(t)) return 'timestamp';
  if ((unstopped && BYLINE.test(t)) || WIRE_CREDITS.test(t)) return 'byline';
  // the unanchored patterns only where their one sign is: most sentences have neither
  const slash = t.includes('/');
  if (
    CREDIT.test(t) ||
    ((slash || t.includes('hoto:')) && GLUED_CREDIT.test(t)) ||
    (unstopped && slash && AGENCY_CREDIT.test(t))
  )
    return 'credit';
  if (LINK.test(t)) return 'link';
  if (CURRENCY_NOTE.test(t)) return 'currency note';
  if (wholeLine && NAVIGATION.test(t)) return 'navigation';
  if (BOILERPLATE.test(t)) return 'boilerplate';
  if ((t.includes('@') || t.includes('http') || t.includes('www.')) && ADDRESS.test(t))
    return 'boilerplate';
  return null;
}

/** A dateline: a city in capitals, then perhaps a country, and a date. */
function isDateline(t: string): boolean {
  const city = DATELINE.exec(t)?.[1];
  return city !== undefined && city === city.toUpperCase() && /\p{L}{2}/u.test(city);
}

/** A credit or a byline: the names in it are of the people who made the article. */
export const isCreditLine = (text: string, wholeLine: boolean) => {
  const kind = artefactKind(text, wholeLine);
  return kind === 'credit' || kind === 'byline';
};
