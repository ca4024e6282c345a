import { anchorAll } from './anchor-all';
import { describe } from './describe';
import type { CodePointIndex } from './offsets';
import type { Annotation } from './types';

export interface ReanchorSummary {
  /** Found where they were, or by their exact quote. */
  anchored: number;
  /** Found by a fuzzy match: the reviewer should confirm them. */
  fuzzy: number;
  /** Not found: kept, listed under "Needs re-anchoring". */
  orphaned: number;
}

/**
 * Anchors annotations onto a text (an article's new version, or the text an
 * imported file claims they belong to). An annotation found at its stored
 * position is returned unchanged; one found elsewhere gets a fresh target
 * there; a fuzzy match also keeps the quote it had, for the reviewer to
 * confirm; an orphan keeps its old target. Changed records get `updatedAt = now`.
 */
export function reanchorAnnotations(
  index: CodePointIndex,
  annotations: readonly Annotation[],
  now: string,
): { annotations: Annotation[]; summary: ReanchorSummary } {
  const results = anchorAll(
    index,
    annotations.map(a => a.target),
  );
  const summary: ReanchorSummary = { anchored: 0, fuzzy: 0, orphaned: 0 };
  const out = annotations.map((a, i): Annotation => {
    const found = results[i];
    if (!found || found.method === 'orphan') {
      summary.orphaned++;
      return a.anchoring?.method === 'orphan'
        ? a
        : { ...a, anchoring: { method: 'orphan' }, updatedAt: now };
    }
    if (found.method === 'position') {
      if (a.anchoring?.method === 'fuzzy') summary.fuzzy++;
      else summary.anchored++;
      return a.anchoring?.method === 'orphan'
        ? { ...a, anchoring: { method: 'position' }, updatedAt: now }
        : a;
    }
    const target = describe(index, { start: found.start, end: found.end });
    if (found.method === 'quote') {
      summary.anchored++;
      return { ...a, target, anchoring: { method: 'quote' }, updatedAt: now };
    }
    summary.fuzzy++;
    const previousExact =
      a.anchoring?.method === 'fuzzy' ? a.anchoring.previousExact : a.target.exact;
    return {
      ...a,
      target,
      anchoring: { method: 'fuzzy', confidence: found.confidence, confirmed: false, previousExact },
      updatedAt: now,
    };
  });
  return { annotations: out, summary };
}
