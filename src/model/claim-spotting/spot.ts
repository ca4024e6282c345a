import { CodePointIndex } from '../offsets';
import { CLAIM_MODEL, scoreSentence } from './claim-model';
import {
  addEvidence,
  findGarbledNames,
  joinEvidence,
  noEvidence,
  type NameEvidence,
} from './names';
import { FULL_TAGGING_UP_TO } from './parts';
import { forEachSentence, tagFully } from './sentences';
import { storyOf } from './story';
import type { SpotOptions, Suggestion } from './types';

/** Longer "sentences" are scraped tables or run-on lines, not claims a reviewer can check. */
export const MAX_SENTENCE = 1200;

/** What one part of a text yields on its own: its claims, and the evidence its names give. */
export interface SpotPart {
  claims: Suggestion[];
  names: NameEvidence;
}

const isFast = (text: string, options: SpotOptions) => {
  const tagging = options.tagging ?? 'auto';
  return tagging === 'fast' || (tagging === 'auto' && text.length > FULL_TAGGING_UP_TO);
};

/**
 * The claims and name evidence of the lines of `text` that start in [from, to). Parts cut
 * at line starts (`cutAtLines`) and joined in order (`joinParts`) give what `spotClaims`
 * gives for the whole: a long text can be spotted on several cores.
 */
export function spotPart(text: string, options: SpotOptions, from = 0, to = text.length): SpotPart {
  const threshold = options.threshold ?? 0.5;
  const index = indexOf(text);
  const claims: Suggestion[] = [];
  const names = noEvidence();
  const model = options.model ?? CLAIM_MODEL;
  const story = storyOf(text);
  // each sentence is scored and its names noted as it is tagged, then let go
  forEachSentence(text, isFast(text, options), from, to, s => {
    addEvidence(names, s, text);
    if (s.end - s.start > MAX_SENTENCE) return;
    const { score, reasons } = scoreSentence(s, model, story);
    if (score < threshold) return;
    const strength = score >= model.strongAt ? 'strong' : 'possible';
    claims.push(suggestion(text, index, 'claim', s.start, s.end, score, strength, reasons));
  });
  return { claims, names };
}

/** Consecutive parts, given in text order, as one: what spotting them as one part gives. */
export function mergeParts(parts: readonly SpotPart[]): SpotPart {
  return { claims: parts.flatMap(p => p.claims), names: joinEvidence(parts.map(p => p.names)) };
}

/** The suggestions of a text from its parts, given in text order. */
export function joinParts(
  text: string,
  parts: readonly SpotPart[],
  options: SpotOptions,
): Suggestion[] {
  const threshold = options.threshold ?? 0.5;
  const index = indexOf(text);
  const out = parts.flatMap(p => p.claims);
  // names are judged on whole tags: after a first pass, the few sentences where a slip may be are tagged again
  const retag = isFast(text, options)
    ? (start: number, end: number) => tagFully(text, start, end)
    : undefined;
  const evidence = joinEvidence(parts.map(p => p.names));
  for (const f of findGarbledNames(evidence, text, options.people, retag)) {
    if (f.score >= threshold) {
      // a garbled name is rare and specific: always worth underlining
      const { start, end, score, reasons, correction } = f;
      out.push(suggestion(text, index, 'name', start, end, score, 'strong', reasons, correction));
    }
  }
  return out.sort(
    (a, b) => a.start - b.start || (a.kind === b.kind ? 0 : a.kind === 'claim' ? -1 : 1),
  );
}

/**
 * Check-worthy sentences and garbled people's names of an article's canonical text, in reading
 * order (by start; a name after the claim that contains it). Pure: no DOM, safe in a worker.
 */
export function spotClaims(text: string, options: SpotOptions): Suggestion[] {
  return joinParts(text, [spotPart(text, options)], options);
}

// a text spotted in many small parts is indexed once, not once a part
let indexed: CodePointIndex | undefined;
const indexOf = (text: string) =>
  indexed?.text === text ? indexed : (indexed = new CodePointIndex(text));

function suggestion(
  text: string,
  index: CodePointIndex,
  kind: Suggestion['kind'],
  start: number,
  end: number,
  score: number,
  strength: Suggestion['strength'],
  reasons: string[],
  correction?: string,
): Suggestion {
  const exact = text.slice(start, end);
  const from = index.toOffset(start);
  const to = index.toOffset(end);
  const s: Suggestion = {
    id: `${kind}-${from}-${to}-${hash(exact)}`,
    kind,
    start: from,
    end: to,
    exact,
    score: Math.round(score * 1000) / 1000,
    strength,
    reasons,
  };
  if (correction !== undefined) s.correction = correction;
  return s;
}

/** FNV-1a, 32 bits, in base 36: enough to tell two texts at the same range apart. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
