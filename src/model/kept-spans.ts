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
