import { occurrences } from './match-quote';
import type { Target } from './types';

/** Pieces of stored context shorter than this are too common to locate a passage by. */
const LANDMARK = 16;

/**
 * Whether either half of the stored prefix or suffix occurs within `radius`
 * of the expected place: if so, the passage is still there.
 */
export function contextNear(
  text: string,
  target: Target,
  expected: number,
  radius: number,
): boolean {
  const { prefix, suffix, exact } = target;
  const lo = expected - radius - prefix.length;
  const hi = expected + exact.length + radius + suffix.length;
  return [prefix, suffix].some(
    s =>
      s.length >= LANDMARK &&
      [s.slice(0, LANDMARK), s.slice(-LANDMARK)].some(
        piece => occurrences(text, piece, lo, hi, expected).length > 0,
      ),
  );
}

/**
 * Starts implied by the occurrences of the whole stored prefix and suffix
 * nearest to the expected place, looking within each of `radii` in turn.
 */
export function landmarks(
  text: string,
  target: Target,
  expected: number,
  radii: number[],
): number[] {
  const hints: number[] = [];
  const { prefix, suffix, exact } = target;
  const before = nearest(text, prefix, expected - prefix.length, radii);
  if (before !== null) hints.push(before + prefix.length);
  const after = nearest(text, suffix, expected + exact.length, radii);
  if (after !== null) hints.push(after - exact.length);
  return hints;
}

/** The occurrence of `needle` nearest to `expected`, searching ever wider; null if absent or too short. */
function nearest(text: string, needle: string, expected: number, radii: number[]): number | null {
  if (needle.length < LANDMARK) return null;
  for (const radius of radii) {
    const lo = expected - radius;
    const [at] = occurrences(text, needle, lo, expected + needle.length + radius, expected);
    if (at !== undefined) return at;
  }
  return null;
}
