import type { Feature, SentenceView } from './features';

// Features added in issue 21's second pass, for what the first fit still got wrong on the
// fitting sets: advice, rules of institutions with no number, general facts, a scene told in
// the present, and how the whole article is told. Like the others, they are yes/no questions; what each
// is worth is fitted (claim-weights.json).

const words = (list: string) => new RegExp(`\\b(?:${list})\\b`);

/** What an institution allows, offers or requires: a checkable rule with no number. */
export const RULE = words(
  'eligible|eligibility|entitled|allowed|permitted|required|requires?|mandatory|compulsory|banned|bans?|illegal|unanimity|exempt|obliged|licensed|offers?|available|free of charge',
);
/** How often something is so: an explainer's general fact ("usually", "most often"). */
export const GENERALITY = words(
  'usually|often|typically|generally|mostly|largely|partly|in part|sometimes|rarely|commonly|in most cases|common|rare',
);
/** A person told of by pronoun after a short opening: "Four winters ago, she moved back…". */
const PRONOUN_AFTER_OPENER = /^[^,]{1,30}, (?:she|he|they|i|we)\b/;
/** Words that open a scene rather than a report: "Below us…", "Somewhere off Fraserburgh…". */
const SCENE_OPENERS = new Set([
  'below',
  'above',
  'somewhere',
  'outside',
  'inside',
  'here',
  'there',
  'then',
  'now',
  'today',
  'tonight',
  'beyond',
  'across',
  'around',
]);
// "Do not touch it", "Never leave…", "Please call…": what leads into advice
const ADVICE_LEAD = new Set(['do', 'not', "don't", 'never', 'please', 'always', 'just']);

/** Advice to the reader: the sentence opens with an imperative ("Call your GP…", "Do not touch it"). */
function imperative(s: SentenceView): boolean {
  for (const t of s.tokens.slice(0, 3)) {
    if (t.tags.has('Imperative')) return true;
    if (!ADVICE_LEAD.has(t.norm)) return false;
  }
  return false;
}

const PERFECT = new Set(['has', 'have']);

/** A scene told in the present: it opens with where or when ("In the café…", "Below us…"), then a present-tense verb and no past. */
function presentScene(s: SentenceView): boolean {
  const first = s.tokens[0];
  if (!first || !(first.tags.has('Preposition') || SCENE_OPENERS.has(first.norm))) return false;
  let present = false;
  for (const t of s.tokens) {
    if (t.tags.has('PastTense')) return false;
    if (t.tags.has('PresentTense') && !PERFECT.has(t.norm)) present = true;
  }
  return present;
}

/** The features of clauses and openings; they never show as reasons. */
export const CLAUSE: readonly Feature[] = [
  { id: 'imperative', fires: imperative },
  { id: 'rule', fires: s => RULE.test(s.unquoted) },
  { id: 'generality', fires: s => GENERALITY.test(s.unquoted) },
  { id: 'present-scene', fires: presentScene },
  { id: 'pronoun-after-opener', fires: s => PRONOUN_AFTER_OPENER.test(s.lower) },
  // the article's, not the sentence's: a feature told in the present is mostly colour
  { id: 'told-in-present', fires: s => s.story.toldInPresent },
];
