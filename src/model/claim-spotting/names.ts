import { foldName } from './edit-distance';
import { byInitials, candidatePairs, nearVariant } from './name-matching';
import {
  genderPair,
  NO_RELATION,
  notThePerson,
  sentenceContext,
  type NameContext,
} from './name-context';
import {
  capitalisedRuns,
  foldWord,
  isCapitalised,
  mentionsIn,
  NOT_NAME,
  POSSESSIVE,
  toMention,
  type Mention,
} from './name-runs';
import type { Sentence } from './sentences';
import type { ReferencePerson } from './types';

/** A person's name that looks garbled, with its UTF-16 range and the likely spelling. */
export interface NameFlag {
  start: number;
  end: number;
  correction: string;
  score: number;
  reasons: string[];
}

interface Spelling {
  key: string;
  parts: string[];
  written: string;
  count: number;
  first: number;
  person: boolean;
  contexts: NameContext[];
}

/** What a "no relation" said of a surname elsewhere in the text adds to its spellings. */
const UNRELATED: NameContext = { credit: false, noRelation: true, roles: [] };

/** A sentence holding a run of capitalised words, and the names in it as its part tagged them. */
interface NamedSentence {
  start: number;
  end: number;
  mentions: Mention[];
}

/**
 * What some sentences of a text tell about the people named in them: all that
 * `findGarbledNames` needs, small enough to pass between workers, and joined in
 * text order (`joinEvidence`) it is the same as one gathered from the whole text.
 */
export interface NameEvidence {
  /** The sentences holding a run of two or more capitalised words, in text order. */
  sentences: NamedSentence[];
  /** Every run of two to four name-like words, untrimmed by tags, by folded key: where it stands (sentence starts). */
  runs: Map<string, { parts: string[]; sentences: number[] }>;
  /** How often each capitalised word stands in these sentences, folded. */
  capitalised: Map<string, number>;
  /** Surnames (folded) a sentence says are "no relation": "Matarella, no relation to the president". */
  unrelated: string[];
  /** Where sentences such as "He is no relation to the minister" start: of the sentence before. */
  unrelatedBefore: number[];
}

/** Sentences tagged again by the whole tagger: a sentence's range in, one or more sentences out. */
export type Retag = (start: number, end: number) => Sentence[];

/** Evidence with nothing in it yet, for `addEvidence`. */
export const noEvidence = (): NameEvidence => ({
  sentences: [],
  runs: new Map(),
  capitalised: new Map(),
  unrelated: [],
  unrelatedBefore: [],
});

/** Adds what one sentence of `text` tells (sentences are added in text order). */
export function addEvidence(evidence: NameEvidence, s: Sentence, text: string): void {
  for (const t of s.tokens) {
    if (!isCapitalised(t.text)) continue;
    const k = foldWord(t.text);
    evidence.capitalised.set(k, (evidence.capitalised.get(k) ?? 0) + 1);
  }
  if (NO_RELATION.test(s.text)) noteUnrelated(evidence, s);
  const found = capitalisedRuns(s.tokens);
  if (found.length === 0) return;
  const about = sentenceContext(s);
  const mentions = found.flatMap(r => toMention(r, s.tokens, about, text) ?? []);
  evidence.sentences.push({ start: s.start, end: s.end, mentions });
  for (const { run } of found) {
    const words = run.filter(t => !NOT_NAME.has(t.norm.replace(POSSESSIVE, '')));
    for (let from = 0; from < words.length; from++) {
      for (let to = from + 2; to <= Math.min(words.length, from + 4); to++) {
        const parts = words.slice(from, to).map(t => foldWord(t.text));
        const key = parts.join(' ');
        const known = evidence.runs.get(key);
        if (known) known.sentences.push(s.start);
        else evidence.runs.set(key, { parts, sentences: [s.start] });
      }
    }
  }
}

/** The evidence of consecutive parts of a text, given in text order, as one. */
export function joinEvidence(parts: readonly NameEvidence[]): NameEvidence {
  if (parts.length === 1) return parts[0] as NameEvidence;
  const joined = noEvidence();
  for (const p of parts) {
    joined.unrelated.push(...p.unrelated);
    joined.unrelatedBefore.push(...p.unrelatedBefore);
    for (const s of p.sentences) joined.sentences.push(s);
    for (const [key, run] of p.runs) {
      const known = joined.runs.get(key);
      if (known) known.sentences.push(...run.sentences);
      else joined.runs.set(key, { parts: run.parts, sentences: [...run.sentences] });
    }
    for (const [word, n] of p.capitalised) {
      joined.capitalised.set(word, (joined.capitalised.get(word) ?? 0) + n);
    }
  }
  return joined;
}

/**
 * People's names that look garbled: spelled two ways in this text (the rarer spelling is
 * flagged), or close to but not equal to a reference person (accents and case do not count).
 * `retag`: the evidence was gathered from a first tagging pass; the sentences where a slip
 * may be are tagged again by the whole tagger (`sentencesWithPossibleSlips`) before judging.
 */
export function findGarbledNames(
  evidence: NameEvidence,
  text: string,
  people: readonly ReferencePerson[],
  retag?: Retag,
): NameFlag[] {
  const again = retag ? sentencesWithPossibleSlips(evidence, people) : new Set<number>();
  const mentions = evidence.sentences.flatMap(s =>
    retag && again.has(s.start)
      ? retag(s.start, s.end).flatMap(t => mentionsIn(t, text))
      : s.mentions,
  );
  if (mentions.length === 0) return [];
  const refs = people.map(p => ({ person: p, parts: foldName(p.name).split(' ') }));
  const refKeys = new Set(refs.map(r => r.parts.join(' ')));
  const nearRefs = byInitials(refs);
  const spellings = new Map<string, Spelling>();
  for (const m of mentions) {
    const s = spellings.get(m.key);
    if (s) {
      s.count++;
      s.person ||= m.person;
      if (m.context) s.contexts.push(m.context);
    } else {
      const contexts = m.context ? [m.context] : [];
      // field by field: spread from the mention (its range and context too), spellings made
      // the tens of thousands of pair comparisons below a third slower
      const { key, parts, written, person } = m;
      spellings.set(key, { key, parts, written, person, count: 1, first: m.start, contexts });
    }
  }
  const unrelated = new Set([...evidence.unrelated, ...surnamesBefore(evidence, text)]);
  for (const s of spellings.values())
    if (unrelated.has(s.parts.at(-1) as string)) s.contexts.push(UNRELATED);
  // what the text says of a spelling's people may show it is not a reference person's
  const notRef = (s: Spelling, r: { person: ReferencePerson; parts: string[] }) =>
    notThePerson(s.contexts, r.person, [s.parts[0] as string, r.parts[0] as string]);
  const refByKey = new Map(refs.map(r => [r.parts.join(' '), r]));

  const flags = new Map<string, { correction: string; score: number; reasons: string[] }>();
  for (const s of spellings.values()) {
    if (refKeys.has(s.key)) continue;
    let best: { d: number; person: ReferencePerson } | null = null;
    for (const r of nearRefs(s.parts)) {
      const d = nearVariant(s.parts, r.parts);
      if (d !== null && (!best || d < best.d) && !notRef(s, r)) best = { d, person: r.person };
    }
    if (best) {
      flags.set(s.key, {
        correction: best.person.name,
        score: best.d === 1 ? 0.9 : 0.8,
        reasons: [`close to ${best.person.name}${describe(best.person)}`],
      });
    }
  }

  const surnames = evidence.capitalised;
  const freq = (s: Spelling, other: Spelling) =>
    s.parts.at(-1) === other.parts.at(-1) ? s.count : (surnames.get(s.parts.at(-1) ?? '') ?? 0);
  for (const [a, b] of candidatePairs([...spellings.values()])) {
    if (!(a.person || b.person || refKeys.has(a.key) || refKeys.has(b.key))) continue;
    if (nearVariant(a.parts, b.parts) === null || twoPeople(a, b)) continue;
    const refA = refByKey.get(a.key);
    const refB = refByKey.get(b.key);
    if ((refA && notRef(b, refA)) || (refB && notRef(a, refB))) continue;
    const fa = freq(a, b);
    const fb = freq(b, a);
    const aRight =
      fa !== fb
        ? fa > fb
        : refKeys.has(a.key) !== refKeys.has(b.key)
          ? refKeys.has(a.key)
          : a.first < b.first;
    const [right, wrong, fr, fw] = aRight ? [a, b, fa, fb] : [b, a, fb, fa];
    if (refKeys.has(wrong.key)) continue; // the reference spelling is never the garbled one
    // both spellings used again and again: two people (Nowak and Novák), not a slip
    if (fw >= 3 && fw * 2 > fr) continue;
    const reason = `two spellings in this article: “${wrong.written}” (${fw}×), “${right.written}” (${fr}×)`;
    const known = flags.get(wrong.key);
    if (known) {
      known.reasons.push(reason);
      known.score = Math.min(0.97, known.score + 0.05);
    } else {
      const score = 0.6 + 0.1 * Math.min(3, fr - fw);
      flags.set(wrong.key, { correction: right.written, score, reasons: [reason] });
    }
  }

  return mentions.flatMap(m => {
    const f = flags.get(m.key);
    return f ? [{ start: m.start, end: m.end, ...f, reasons: [...f.reasons] }] : [];
  });
}

/**
 * The sentences (starts) holding a run of capitalised words that may be a garbled name:
 * one that, read without any tag, is near a reference person or near another such run of
 * the text. Only these need the whole tagger for `findGarbledNames` to judge them as it
 * would with every sentence fully tagged: it never flags a name outside such a run.
 */
export function sentencesWithPossibleSlips(
  evidence: NameEvidence,
  people: readonly ReferencePerson[],
): Set<number> {
  const nearRefs = byInitials(people.map(p => ({ parts: foldName(p.name).split(' ') })));
  const suspect = new Set<string>();
  for (const [key, { parts }] of evidence.runs) {
    if (nearRefs(parts).some(r => nearVariant(parts, r.parts) !== null)) suspect.add(key);
  }
  const spellings = [...evidence.runs].map(([key, w]) => ({ key, parts: w.parts }));
  for (const [a, b] of candidatePairs(spellings)) {
    if (nearVariant(a.parts, b.parts) !== null) suspect.add(a.key).add(b.key);
  }
  const out = new Set<number>();
  for (const key of suspect)
    for (const start of evidence.runs.get(key)?.sentences ?? []) out.add(start);
  return out;
}

/**
 * Notes what a "no relation" sentence speaks of: its capitalised words before the words "no
 * relation" ("Matarella, no relation to the president"), or, when only a pronoun stands there
 * ("He is no relation to the trade minister"), the sentence before it (`surnamesBefore`).
 */
function noteUnrelated(evidence: NameEvidence, s: Sentence): void {
  const at = s.start + s.text.search(NO_RELATION);
  const before = s.tokens.filter(t => t.end <= at && isCapitalised(t.text));
  const named = before.filter(t => !t.tags.has('Pronoun'));
  if (named.length > 0) for (const t of named) evidence.unrelated.push(foldWord(t.text));
  else if (before.length > 0) evidence.unrelatedBefore.push(s.start);
}

/**
 * The surnames of the sentences right before "He is no relation…" sentences. Read on the
 * joined evidence and the whole text, since the sentence before may be in another part.
 */
function surnamesBefore(evidence: NameEvidence, text: string): string[] {
  return evidence.unrelatedBefore.flatMap(start => {
    const prev = evidence.sentences.findLast(s => s.end <= start);
    // only the sentence right before: nothing but white space and quotes between them
    if (!prev || !/^[\s”’"']*$/.test(text.slice(prev.end, start))) return [];
    return prev.mentions.map(m => m.parts.at(-1) as string);
  });
}

/** Two spellings the text shows are two people: "no relation", or given names of two genders. */
function twoPeople(a: Spelling, b: Spelling): boolean {
  const all = [...a.contexts, ...b.contexts];
  if (all.some(c => c.noRelation)) return true;
  if (genderPair(a.parts[0] as string, b.parts[0] as string)) return true;
  const ga = a.contexts.find(c => c.gender)?.gender;
  const gb = b.contexts.find(c => c.gender)?.gender;
  return a.parts[0] !== b.parts[0] && ga !== undefined && gb !== undefined && ga !== gb;
}

/** " (office, country, 2021–2025)" for a reason. */
function describe(p: ReferencePerson): string {
  const years = p.since && p.until ? `${p.since}–${p.until}` : p.since ? `since ${p.since}` : '';
  const bits = [p.office, p.country, years].filter(Boolean);
  return bits.length ? ` (${bits.join(', ')})` : '';
}
