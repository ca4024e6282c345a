import type { CodePointIndex, TextRange } from './offsets';
import type { Target } from './types';

/** Code points of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/**
 * The target of a range of the canonical text: its position plus the quote
 * with up to 32 code points of context on each side. Slicing by code point
 * never splits a surrogate pair. Throws a RangeError for a range that is not
 * whole code points within the text, start before end: a target that does
 * not describe its text would be corrupt from the start.
 */
export function describe(index: CodePointIndex, range: TextRange): Target {
  const { start, end } = range;
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    start > end ||
    end > index.length
  ) {
    throw new RangeError(`range [${start}, ${end}) is not within the text [0, ${index.length})`);
  }
  return {
    start,
    end,
    exact: index.slice(start, end),
    prefix: index.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: index.slice(end, Math.min(index.length, end + CONTEXT_LENGTH)),
  };
}
