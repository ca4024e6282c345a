// How a text is shared among workers; no tagger here, so the page can import it cheaply.

/**
 * Texts up to this many UTF-16 units are tagged by compromise's whole tagger (about
 * 0.8 s a 100 kB on a core here); longer ones by its first pass (SpotOptions.tagging).
 */
export const FULL_TAGGING_UP_TO = 100_000;

/**
 * Where to cut [from, to) of `text` into `n` pieces of about equal length, each starting at a
 * line start: ranges in text order covering it all (fewer when there are too few lines).
 * `from` must itself be a line start.
 */
export function cutAtLines(
  text: string,
  n: number,
  from = 0,
  to = text.length,
): [number, number][] {
  const cuts = [from];
  for (let k = 1; k < n; k++) {
    const last = cuts.at(-1) as number;
    const at = text.indexOf('\n', Math.max(last, from + Math.floor(((to - from) * k) / n)));
    if (at < 0 || at + 1 >= to) break;
    if (at + 1 > last) cuts.push(at + 1);
  }
  return cuts.map((start, k) => [start, cuts[k + 1] ?? to]);
}
