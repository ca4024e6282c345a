import { CodePointIndex } from '../../../src/model/offsets';
import { reanchorAnnotations } from '../../../src/model/reanchor';
import type { Annotation, Target } from '../../../src/model/types';
import { hypothesisAnchor } from '../hypothesis-baseline';
import type { Placed } from './truth';

/** One engine following one article's annotations through its versions. */
export interface Run {
  /** The annotations re-anchored onto the next version; null for an orphan. */
  next(text: string): (Placed | null)[];
}

export interface Engine {
  name: string;
  start(base: string, targets: readonly Target[]): Run;
}

const NOW = '2026-12-01T00:00:00.000Z';

function annotationsOn(targets: readonly Target[]): Annotation[] {
  return targets.map((target, i) => ({
    id: `a${i}`,
    articleId: 'article',
    kind: 'claim',
    target,
    note: '',
    sources: [],
    tags: [],
    status: 'open',
    creator: '',
    createdAt: NOW,
    updatedAt: NOW,
    history: [],
    anchoring: { method: 'position' },
  }));
}

/** What a reviewer sees of an annotation: its range, flagged while an unconfirmed fuzzy match. */
export function placedOf(a: Annotation): Placed | null {
  const state = a.anchoring;
  if (state?.method === 'orphan') return null;
  const flagged = state?.method === 'fuzzy' && !state.confirmed;
  return { start: a.target.start, end: a.target.end, flagged };
}

/**
 * Factmark's re-anchoring as the app runs it on the import of a new version:
 * the text each annotation was last anchored on is known (by its hash).
 */
export const FACTMARK: Engine = {
  name: 'Factmark',
  start(base, targets) {
    let annotations = annotationsOn(targets);
    const texts = new Map<string, string>([['v0', base]]);
    let current = 'v0';
    return {
      next(text) {
        const sourceOf = (a: Annotation) => {
          const hash =
            a.anchoring?.method === 'orphan' ? (a.anchoring.textHash ?? current) : current;
          const known = texts.get(hash);
          return known === undefined ? undefined : { text: known, hash };
        };
        const index = new CodePointIndex(text);
        annotations = reanchorAnnotations(index, annotations, NOW, sourceOf).annotations;
        current = `v${texts.size}`;
        texts.set(current, text);
        return annotations.map(placedOf);
      },
    };
  },
};

/** The same without the old text: quote search alone, as for a file from another tool. */
export const QUOTE_SEARCH: Engine = {
  name: 'Factmark, quote search only',
  start(_base, targets) {
    let annotations = annotationsOn(targets);
    return {
      next(text) {
        annotations = reanchorAnnotations(new CodePointIndex(text), annotations, NOW).annotations;
        return annotations.map(placedOf);
      },
    };
  },
};

/**
 * The Hypothesis approach (approx-string-match): every version anchored
 * from the selectors as first stored, as Hypothesis never rewrites them.
 */
export const BASELINE: Engine = {
  name: 'approx-string-match',
  start(_base, targets) {
    return {
      next(text) {
        const index = new CodePointIndex(text);
        return targets.map(t => {
          const r = hypothesisAnchor(index, t);
          if (r.method === 'orphan') return null;
          return { start: r.start, end: r.end, flagged: r.method === 'fuzzy' };
        });
      },
    };
  },
};
