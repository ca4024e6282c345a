import { diffChars, diffLines } from 'diff';
import type { FloorTiming } from './open-floor';

/**
 * A bare diff of two texts with jsdiff, as plainly as a diff can be had at
 * the resolution re-anchoring needs: the lines, then the characters within
 * each run of removed lines followed by added ones. Returns how many parts it found.
 */
export function bareDiff(oldText: string, newText: string): number {
  const lines = diffLines(oldText, newText);
  let parts = lines.length;
  for (let i = 0; i + 1 < lines.length; i++) {
    const removed = lines[i];
    const added = lines[i + 1];
    if (removed?.removed && added?.added) {
      parts += diffChars(removed.value, added.value).length;
      i++;
    }
  }
  return parts;
}

/** Re-anchoring's floor: `bareDiff` of the two texts, timed. `size`: the parts found. */
export function diffFloor(oldText: string, newText: string): FloorTiming {
  const t0 = performance.now();
  const size = bareDiff(oldText, newText);
  return { ms: performance.now() - t0, size };
}
