import type { Suggestion } from './claim-spotting/types';
import type { Annotation } from './types';

/**
 * Whether two lists of annotations have the same passage (start and end) at
 * each place. Records are immutable, so one the lists share is not looked
 * into: for two snapshots of one article that differ by a saved note, a walk
 * of pointers. Equal lists hold the same passages; a moved passage may make
 * equal sets of passages read as different, never the other way.
 */
export function sameSpans(a: readonly Annotation[], b: readonly Annotation[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Annotation;
    const y = b[i] as Annotation;
    if (x !== y && (x.target.start !== y.target.start || x.target.end !== y.target.end))
      return false;
  }
  return true;
}

/** The key of a passage in a set of spans: its start and end, in code points. */
export const spanKey = (span: { start: number; end: number }): string =>
  `${span.start}:${span.end}`;

/**
 * A function giving the passages the annotations mark, as `spanKey`s, and
 * the very same set it gave last while the passages stay the same: a note
 * saved among ten thousand annotations leaves what is annotated as it was,
 * and what is worked out from it (the suggestions left, their underlines)
 * need not be worked out again.
 */
export function keptSpans(): (annotations: readonly Annotation[]) => ReadonlySet<string> {
  let last: { annotations: readonly Annotation[]; spans: ReadonlySet<string> } | null = null;
  return annotations => {
    if (last && sameSpans(last.annotations, annotations)) {
      last = { annotations, spans: last.spans };
      return last.spans;
    }
    last = { annotations, spans: new Set(annotations.map(a => spanKey(a.target))) };
    return last.spans;
  };
}

/**
 * A function giving the suggestions whose passage no annotation marks, and
 * the very same array it gave last while the passages that came or went
 * since touch no suggestion: a new annotation among ten thousand rarely marks
 * a suggested passage, and filtering every suggestion again, then working out
 * every underline again, took 8–16 ms of the page after each save (profiles
 * of the bench's 1 MB article); 2–7 ms are left, most of it `keptSpans`'s new
 * set. `annotated` is `keptSpans`'s set.
 */
export function keptSuggestions(): (
  found: readonly Suggestion[],
  annotated: ReadonlySet<string>,
) => readonly Suggestion[] {
  let last: {
    found: readonly Suggestion[];
    /** `found`'s passages, in its order and as a set. */
    keys: readonly string[];
    suggested: ReadonlySet<string>;
    annotated: ReadonlySet<string>;
    left: readonly Suggestion[];
  } | null = null;
  return (found, annotated) => {
    if (last?.found === found) {
      if (
        last.annotated === annotated ||
        !changedAmong(last.suggested, last.annotated, annotated)
      ) {
        last = { ...last, annotated };
        return last.left;
      }
    }
    const keys = last?.found === found ? last.keys : found.map(spanKey);
    const suggested = last?.found === found ? last.suggested : new Set(keys);
    const left = found.filter((_, i) => !annotated.has(keys[i] as string));
    last = { found, keys, suggested, annotated, left };
    return left;
  };
}

/** Whether a passage in `before` or `after` but not in both is one of `keys`. */
function changedAmong(
  keys: ReadonlySet<string>,
  before: ReadonlySet<string>,
  after: ReadonlySet<string>,
): boolean {
  for (const key of after) if (!before.has(key) && keys.has(key)) return true;
  for (const key of before) if (!after.has(key) && keys.has(key)) return true;
  return false;
}
