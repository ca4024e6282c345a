/** A half-open range of code points. */
export type Span = readonly [number, number];

/** The lines of a text (without their "\n"), as code-point ranges. */
export function linesOf(text: string): Span[] {
  const cps = [...text];
  const out: Span[] = [];
  let from = 0;
  cps.forEach((c, i) => {
    if (c !== '\n') return;
    out.push([from, i]);
    from = i + 1;
  });
  out.push([from, cps.length]);
  return out;
}

const STOP = /[.!?…]/u;
const CLOSER = /["”’')»]/u;

/**
 * The sentences of one line, as code-point ranges without the space after
 * them: a sentence ends at . ! ? or … (and any closing quotes) before a space.
 */
export function sentencesOf(text: string, line: Span): Span[] {
  const cps = [...text];
  const out: Span[] = [];
  let from = line[0];
  for (let i = line[0]; i < line[1]; i++) {
    if (!STOP.test(cps[i] as string)) continue;
    let end = i + 1;
    while (end < line[1] && CLOSER.test(cps[end] as string)) end++;
    if (end < line[1] && cps[end] !== ' ') continue;
    out.push([from, end]);
    from = end + 1;
    i = end;
  }
  if (from < line[1]) out.push([from, line[1]]);
  return out;
}

/** Every sentence of the text, line by line. */
export function allSentences(text: string): Span[] {
  return linesOf(text).flatMap(line => sentencesOf(text, line));
}

/** The words of [from, to), as code-point ranges (runs of non-spaces). */
export function wordsOf(text: string, span: Span): Span[] {
  const cps = [...text];
  const out: Span[] = [];
  let start = -1;
  for (let i = span[0]; i <= span[1]; i++) {
    const space = i === span[1] || /\s/u.test(cps[i] as string);
    if (space && start >= 0) {
      out.push([start, i]);
      start = -1;
    } else if (!space && start < 0) start = i;
  }
  return out;
}

/** Every occurrence of `needle` in `text`, as code-point ranges. */
export function occurrencesOf(text: string, needle: string): Span[] {
  const out: Span[] = [];
  const length = [...needle].length;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const start = [...text.slice(0, at)].length;
    out.push([start, start + length]);
  }
  return out;
}

/** How much two strings share their words: common words over the longer one's. */
export function wordOverlap(a: string, b: string): number {
  const wa = a.split(/\s+/u).filter(Boolean);
  const wb = b.split(/\s+/u).filter(Boolean);
  const pool = new Map<string, number>();
  for (const w of wa) pool.set(w, (pool.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = pool.get(w) ?? 0;
    if (n > 0) {
      common++;
      pool.set(w, n - 1);
    }
  }
  return common / Math.max(1, wa.length, wb.length);
}
