import { textOffset, type CodePointIndex, type TextRange } from './offsets';

/** The range without the white space at its ends (a drag often catches a space); null if nothing is left. */
export function trimRange(index: CodePointIndex, range: TextRange): TextRange | null {
  const text = index.slice(range.start, range.end);
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  if (lead === text.length) return null;
  // white space is never astral, so UTF-16 counts equal code-point counts here
  return { start: textOffset(range.start + lead), end: textOffset(range.end - trail) };
}
