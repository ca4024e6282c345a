import type { AnchorResult } from '../../src/model/anchor';
import type { Target } from '../../src/model/types';
import type { Edit } from './edits';

/** Where the generator knows a target's text went, in code points of the new text. */
export interface Expectation {
  start: number;
  end: number;
  /** Whether an edit removed or inserted anything strictly inside the quote. */
  touched: boolean;
  /** For a touched quote: the code points changed by the edits touching it. */
  tolerance: number;
  /** For a touched quote: where its characters that no edit removed now are, as [start, end) runs. */
  survivors: [number, number][];
}

export type Verdict = 'correct' | 'orphan' | 'wrong';

/**
 * Maps each target through the edits. An insertion at the quote's start goes
 * before it and one at its end after it (the quote survives, shifted); a
 * boundary inside a replaced stretch moves to include the replacement.
 */
export function expect(targets: readonly Target[], edits: readonly Edit[]): Expectation[] {
  return targets.map(({ start, end }) => {
    let tolerance = 0;
    let touched = false;
    const survivors: [number, number][] = [];
    let from: number = start;
    for (const e of edits) {
      if (e.at > end) break;
      const inside =
        e.remove > 0 ? e.at < end && e.at + e.remove > start : e.at > start && e.at < end;
      if (!inside) continue;
      touched = true;
      tolerance += Math.max(e.remove, [...e.insert].length);
      if (e.at > from) survivors.push(run(from, e.at, edits));
      from = Math.max(from, e.at + e.remove);
    }
    if (touched && from < end) survivors.push(run(from, end, edits));
    return {
      start: map(start, 'start', edits),
      end: map(end, 'end', edits),
      touched,
      tolerance,
      survivors,
    };
  });
}

/** The new place of the untouched old run [from, to). */
function run(from: number, to: number, edits: readonly Edit[]): [number, number] {
  const at = map(from, 'start', edits);
  return [at, at + to - from];
}

function map(x: number, side: 'start' | 'end', edits: readonly Edit[]): number {
  let delta = 0;
  for (const e of edits) {
    const inserted = [...e.insert].length;
    if (e.remove === 0) {
      if (e.at > x || (e.at === x && side === 'end')) break;
    } else if (e.at >= x) break;
    else if (e.at + e.remove > x) return e.at + delta + (side === 'start' ? 0 : inserted);
    delta += inserted - e.remove;
  }
  return x + delta;
}

/**
 * Correct: a surviving quote anchored exactly where it moved to; a touched
 * quote anchored over its known new range, leaving out at most `tolerance`
 * of the quote's surviving characters and taking in at most `tolerance`
 * characters beyond the range (where an edit meets the quote's edge, an
 * alignment may trade a few characters there for a better-fitting context).
 * Orphan: not anchored, which is always allowed. Anything else is wrong.
 */
export function judge(result: AnchorResult, x: Expectation): Verdict {
  if (result.method === 'orphan') return 'orphan';
  const { start, end } = result;
  if (!x.touched) return start === x.start && end === x.end ? 'correct' : 'wrong';
  let missed = 0;
  for (const [a, b] of x.survivors)
    missed += b - a - Math.max(0, Math.min(b, end) - Math.max(a, start));
  const extra = Math.max(0, x.start - start) + Math.max(0, end - x.end);
  const overlaps = start < x.end && end > x.start;
  return overlaps && missed <= x.tolerance && extra <= x.tolerance ? 'correct' : 'wrong';
}
