// How a text is shared among workers; no tagger here, so the page can import it cheaply.

/**
 * Texts up to this many UTF-16 units are tagged by compromise's whole tagger (about
 * 0.8 s a 100 kB on a core here); longer ones by its first pass (SpotOptions.tagging).
 */
export const FULL_TAGGING_UP_TO = 100_000;

/**
 * Where to cut `text` into `n` parts of about equal length, each starting at a line start:
 * [from, to) ranges in text order covering it all (fewer when there are too few lines).
 */
export function cutAtLines(text: string, n: number): [number, number][] {
  const cuts = [0];
  for (let k = 1; k < n; k++) {
    const at = text.indexOf(
      '\n',
      Math.max(cuts.at(-1) as number, Math.floor((text.length * k) / n)),
    );
    if (at < 0 || at + 1 >= text.length) break;
    if (at + 1 > (cuts.at(-1) as number)) cuts.push(at + 1);
  }
  return cuts.map((from, k) => [from, cuts[k + 1] ?? text.length]);
}
