import type { AnchorResult } from './anchor';
import { anchorAll } from './anchor-all';
import { settle, type Outcome } from './anchoring-state';
import { mapTarget } from './map-target';
import { CodePointIndex } from './offsets';
import { diffTexts } from './text-diff';
import type { Annotation, Target } from './types';

export interface ReanchorSummary {
  /** Found where they were, or by their exact quote. */
  anchored: number;
  /** Found by a fuzzy match: the reviewer should confirm them. */
  fuzzy: number;
  /** Not found: kept, listed under "Needs re-anchoring". */
  orphaned: number;
}

/** A text annotations may have been anchored on (an earlier version of the article), and its SHA-256. */
export interface KnownText {
  text: string;
  hash: string;
}

/**
 * Anchors annotations onto a text (an article's new version, or the text an
 * imported file claims they belong to). `sourceOf` says which text each
 * annotation's target was described on, where that is known. Then both
 * versions are known and the diff decides (`diffTexts`, `mapTarget`): text
 * kept maps exactly, edited text becomes fuzzy or an orphan, deleted text an
 * orphan unless it moved. Where the old text is unknown, or the target does
 * not describe it, the quote is searched for (`anchorAll`), and any hit that
 * is not at the stored position with its context intact is offered as fuzzy
 * for a person to confirm. An unconfirmed fuzzy annotation stays unconfirmed
 * (`settle`); an orphan records the text its target describes, so that a
 * later version can be mapped from it. Changed records get `updatedAt = now`.
 */
export function reanchorAnnotations(
  index: CodePointIndex,
  annotations: readonly Annotation[],
  now: string,
  sourceOf: (a: Annotation) => KnownText | undefined = () => undefined,
): { annotations: Annotation[]; summary: ReanchorSummary } {
  const results = new Array<AnchorResult>(annotations.length);
  const hashes = new Array<string | undefined>(annotations.length);
  const searched: number[] = [];
  const mappers = new Map<string, Mapper>();
  annotations.forEach((a, i) => {
    const source = sourceOf(a);
    const mapper = source && mapperFor(mappers, source, index);
    if (!source || !mapper?.describes(a.target)) {
      searched.push(i);
      return;
    }
    results[i] = mapper.map(a.target);
    hashes[i] = source.hash;
  });
  const found = anchorAll(
    index,
    searched.map(i => (annotations[i] as Annotation).target),
  );
  searched.forEach((i, k) => (results[i] = found[k] as AnchorResult));

  const summary: ReanchorSummary = { anchored: 0, fuzzy: 0, orphaned: 0 };
  const out = annotations.map((a, i) => {
    const result = results[i] as AnchorResult;
    const hash = hashes[i];
    // without the old text, only the stored position with its context intact goes unflagged
    const how = hash === undefined ? { flag: true } : { textHash: hash, flag: false };
    const { annotation, outcome } = settle(a, result, index, now, how);
    summary[key(outcome)]++;
    return annotation;
  });
  return { annotations: out, summary };
}

const key = (o: Outcome): keyof ReanchorSummary => o;

/** A known text's way of mapping the targets described on it. */
interface Mapper {
  /** Whether the target's quote is at its stored position in the known text: it was described on it. */
  describes(target: Target): boolean;
  map(target: Target): AnchorResult;
}

/** The mapper from a known text onto `index`: by position on the same text, else through the diff. */
function mapperFor(mappers: Map<string, Mapper>, source: KnownText, index: CodePointIndex): Mapper {
  const known = mappers.get(source.hash);
  if (known) return known;
  const old = new CodePointIndex(source.text);
  // the diff is computed once per text, and only if a target needs it
  let map: ((t: Target) => AnchorResult) | undefined;
  const mapper: Mapper = {
    describes: ({ start, end, exact }) =>
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      start >= 0 &&
      start <= end &&
      end <= old.length &&
      old.slice(start, end) === exact,
    map: t => {
      if (!map) {
        const diff = source.text === index.text ? null : diffTexts(source.text, index.text);
        map = diff
          ? target => mapTarget(diff, old, index, target)
          : target => ({ start: target.start, end: target.end, method: 'position', confidence: 1 });
      }
      return map(t);
    },
  };
  mappers.set(source.hash, mapper);
  return mapper;
}
