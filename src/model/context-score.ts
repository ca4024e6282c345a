import { distanceRow, reverse } from './myers';

/**
 * How well the text around a candidate `[start, end)` (UTF-16 indexes) agrees
 * with a target's stored prefix and suffix: one minus their combined edit
 * distance over their combined length, from 0 (nothing alike) to 1 (identical).
 * The prefix is compared with the text that ends at `start`, the suffix with
 * the text that begins at `end`, so context that is missing (the candidate sits
 * at the start or end of the text) counts as edited. Distances are counted in
 * UTF-16 units. Returns 1 when the target stored no context at all: there is
 * nothing to contradict.
 */
export function contextSimilarity(
  text: string,
  start: number,
  end: number,
  prefix: string,
  suffix: string,
): number {
  const total = prefix.length + suffix.length;
  if (total === 0) return 1;
  return 1 - (prefixDistance(text, start, prefix) + suffixDistance(text, end, suffix)) / total;
}

/** Whether the target stored any context to check a candidate against. */
export function hasContext(prefix: string, suffix: string): boolean {
  return prefix.length + suffix.length > 0;
}

/** Edit distance between `prefix` and the best-matching stretch of text ending at `at`. */
export function prefixDistance(text: string, at: number, prefix: string): number {
  if (prefix.length === 0 || text.endsWith(prefix, at)) return 0;
  // Twice the prefix's length leaves room for insertions; the alignment's start is free.
  const before = text.slice(Math.max(0, at - 2 * prefix.length), at);
  return distanceRow(prefix, before, 'search')[before.length] as number;
}

/** Edit distance between `suffix` and the best-matching stretch of text starting at `at`. */
export function suffixDistance(text: string, at: number, suffix: string): number {
  if (suffix.length === 0 || text.startsWith(suffix, at)) return 0;
  const after = text.slice(at, at + 2 * suffix.length);
  // Reversed, the suffix's pinned end becomes the row's last column.
  return distanceRow(reverse(suffix), reverse(after), 'search')[after.length] as number;
}
