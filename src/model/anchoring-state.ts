import type { AnchorResult } from './anchor';
import { describe } from './describe';
import type { CodePointIndex } from './offsets';
import type { AnchoringState, Annotation, Target } from './types';

/** How one annotation came out of a re-anchoring, for the summary. */
export type Outcome = 'anchored' | 'fuzzy' | 'orphaned';

/**
 * The quote as a person checked it, where the target now reads otherwise and
 * nobody has confirmed the new reading: an unconfirmed fuzzy match's
 * `previousExact`, kept on through orphaning. Undefined when the target's
 * own quote is what was checked.
 */
export function checkedQuote(a: Annotation): string | undefined {
  const s = a.anchoring;
  if (s?.method === 'fuzzy' && !s.confirmed) return s.previousExact;
  if (s?.method === 'orphan') return s.previousExact;
  return undefined;
}

/**
 * The annotation after a re-anchoring result on `index`:
 * - an orphan keeps its target and says which text it describes (`textHash`);
 * - found where it was, it is unchanged;
 * - found elsewhere, it gets a target there; `flag` (or a fuzzy result) makes
 *   it fuzzy, awaiting confirmation, with the quote it had;
 * - one awaiting confirmation stays so, with the quote as it was checked,
 *   however exactly its current reading is found: only a person confirms.
 * A changed record gets `updatedAt = now`; an unchanged one is returned as is.
 */
export function settle(
  a: Annotation,
  found: AnchorResult,
  index: CodePointIndex,
  now: string,
  how: { textHash?: string; flag: boolean },
): { annotation: Annotation; outcome: Outcome } {
  const checked = checkedQuote(a);
  if (found.method === 'orphan') {
    const textHash =
      how.textHash ?? (a.anchoring?.method === 'orphan' ? a.anchoring.textHash : undefined);
    const state: AnchoringState = {
      method: 'orphan',
      ...(textHash !== undefined && { textHash }),
      ...(checked !== undefined && { previousExact: checked }),
    };
    return { annotation: withState(a, a.target, state, now), outcome: 'orphaned' };
  }
  const target = describe(index, { start: found.start, end: found.end });
  const moved = !sameTarget(target, a.target);
  const fuzzy = found.method === 'fuzzy' || (how.flag && moved) || checked !== undefined;
  if (!fuzzy) {
    // found where it was: as it is (a confirmed fuzzy match stays confirmed)
    if (!moved && a.anchoring?.method !== 'orphan') return { annotation: a, outcome: 'anchored' };
    const state: AnchoringState = { method: moved ? 'quote' : 'position' };
    return { annotation: withState(a, target, state, now), outcome: 'anchored' };
  }
  const before =
    a.anchoring?.method === 'fuzzy' && !a.anchoring.confirmed ? a.anchoring.confidence : 1;
  const state: AnchoringState = {
    method: 'fuzzy',
    confidence: Math.min(before, found.confidence),
    confirmed: false,
    previousExact: checked ?? a.target.exact,
  };
  return { annotation: withState(a, target, state, now), outcome: 'fuzzy' };
}

function sameTarget(p: Target, q: Target): boolean {
  return (
    p.start === q.start &&
    p.end === q.end &&
    p.exact === q.exact &&
    p.prefix === q.prefix &&
    p.suffix === q.suffix
  );
}

function sameState(p: AnchoringState | undefined, q: AnchoringState): boolean {
  return JSON.stringify(p) === JSON.stringify(q);
}

function withState(a: Annotation, target: Target, state: AnchoringState, now: string): Annotation {
  if (sameTarget(target, a.target) && sameState(a.anchoring, state)) return a;
  return { ...a, target, anchoring: state, updatedAt: now };
}
