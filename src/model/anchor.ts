import type { CodePointIndex, TextOffset } from './offsets';
import type { Target } from './types';

/** Where a target was found, and how sure we are; or an orphan. */
export type AnchorResult =
  | {
      start: TextOffset;
      end: TextOffset;
      method: 'position' | 'quote' | 'fuzzy';
      /** 1 for position and exact quote matches; below 1 for fuzzy ones. */
      confidence: number;
    }
  | { method: 'orphan'; confidence: 0 };

/**
 * Finds a target in the text: its stored position if the text there still
 * equals `exact`, else the exact quote (the occurrence whose context agrees
 * best, then the nearest); else an orphan. Never anchors to a look-alike.
 */
export function anchor(index: CodePointIndex, target: Target): AnchorResult {
  const { start, end, exact } = target;
  if (exact.length === 0) return { method: 'orphan', confidence: 0 };
  if (end <= index.length && index.slice(start, end) === exact) {
    return { start, end, method: 'position', confidence: 1 };
  }
  const text = index.text;
  let best: { at: number; score: number } | undefined;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const before = text.slice(Math.max(0, at - target.prefix.length), at);
    const after = text.slice(at + exact.length, at + exact.length + target.suffix.length);
    const context = commonSuffix(before, target.prefix) + commonPrefix(after, target.suffix);
    const distance = Math.abs(index.toOffset(at) - start);
    const score = context * 1e7 - distance;
    if (!best || score > best.score) best = { at, score };
  }
  if (!best) return { method: 'orphan', confidence: 0 };
  return {
    start: index.toOffset(best.at),
    end: index.toOffset(best.at + exact.length),
    method: 'quote',
    confidence: 1,
  };
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
