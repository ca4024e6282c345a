import { distanceRow, reverse } from './myers';

/**
 * How well the text around a candidate `[start, end)` (UTF-16 indexes) agrees
 * with a target's stored prefix and suffix: one minus their combined edit
 * distance (`contextDistance`) over their combined length, from 0 (nothing
 * alike) to 1 (identical). Returns 1 when the target stored no context at
 * all: there is nothing to contradict.
 */
export function contextSimilarity(
  text: string,
  start: number,
  end: number,
  prefix: string,
  suffix: string,
): number {
  const total = prefix.length + suffix.length;
  return total === 0 ? 1 : 1 - contextDistance(text, start, end, prefix, suffix) / total;
}

/**
 * The edit distance of the stored prefix to the text that ends at `start`,
 * plus that of the suffix to the text that begins at `end`, in UTF-16 units.
 * Context cut off by an end of the text is unknown rather than contradicting:
 * only as much of it as there is text is compared (the text may have lost
 * its first or last lines).
 */
export function contextDistance(
  text: string,
  start: number,
  end: number,
  prefix: string,
  suffix: string,
): number {
  return prefixDistance(text, start, prefix) + suffixDistance(text, end, suffix);
}

/** Edit distance between `prefix` and the best-matching stretch of text ending at `at`. */
export function prefixDistance(text: string, at: number, prefix: string): number {
  // Only as much of the prefix as there is text before `at` is compared.
  const known = at < prefix.length ? prefix.slice(prefix.length - at) : prefix;
  if (known.length === 0 || text.endsWith(known, at)) return 0;
  // Twice the prefix's length leaves room for insertions; the alignment's start is free.
  const before = text.slice(Math.max(0, at - 2 * known.length), at);
  return distanceRow(known, before, 'search')[before.length] as number;
}

/** Edit distance between `suffix` and the best-matching stretch of text starting at `at`. */
export function suffixDistance(text: string, at: number, suffix: string): number {
  const room = text.length - at;
  const known = room < suffix.length ? suffix.slice(0, Math.max(0, room)) : suffix;
  if (known.length === 0 || text.startsWith(known, at)) return 0;
  const after = text.slice(at, at + 2 * known.length);
  // Reversed, the suffix's pinned end becomes the row's last column.
  return distanceRow(reverse(known), reverse(after), 'search')[after.length] as number;
}

/**
 * `prefixDistance` at every index `at` in `[from, to]`, as `distances[at - from]`:
 * one alignment serves them all, since each column of a search row is the
 * best stretch ending there.
 */
export function prefixDistances(
  text: string,
  from: number,
  to: number,
  prefix: string,
): Int32Array {
  if (prefix.length === 0) return new Int32Array(to - from + 1);
  const lo = Math.max(0, from - 2 * prefix.length);
  const out = distanceRow(prefix, text.slice(lo, to), 'search').slice(from - lo, to - lo + 1);
  // Near the text's start the prefix is cut short, so those take their own alignment.
  for (let at = from; at < prefix.length && at <= to; at++) {
    out[at - from] = prefixDistance(text, at, prefix);
  }
  return out;
}

/** `suffixDistance` at every index `at` in `[from, to]`, as `distances[at - from]`. */
export function suffixDistances(
  text: string,
  from: number,
  to: number,
  suffix: string,
): Int32Array {
  const out = new Int32Array(to - from + 1);
  if (suffix.length === 0) return out;
  const hi = Math.min(text.length, to + 2 * suffix.length);
  // Reversed, the text after `at` ends at column hi - at.
  const row = distanceRow(reverse(suffix), reverse(text.slice(from, hi)), 'search');
  for (let at = from; at <= to; at++) {
    out[at - from] =
      text.length - at < suffix.length
        ? suffixDistance(text, at, suffix)
        : (row[hi - at] as number);
  }
  return out;
}
