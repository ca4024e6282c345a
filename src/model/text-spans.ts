/** A half-open range `[from, to)` of UTF-16 indexes. */
export interface Span {
  from: number;
  to: number;
}

/** The lines of `text[from, to)`, each with its "\n" (the last one may have none). */
export function lineSpans(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) {
    out.push({ from: start, to: at + 1 });
    start = at + 1;
  }
  if (start < to) out.push({ from: start, to });
  return out;
}

// A sentence ends at . ! ? or … and any closing quotes or brackets, before whitespace.
const END = /[.!?…]["'”’)\]»]*(?=\s)/gu;

/**
 * The pieces of `text[from, to)`: sentences, each with the whitespace after
 * it, and lines, so that a list item or a headline without a full stop is
 * its own piece. A figure ("3.3") or an abbreviation without a space after
 * its stop does not end a sentence.
 */
export function pieceSpans(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  for (const line of lineSpans(text, from, to)) {
    const body = text.slice(line.from, line.to);
    let start = 0;
    for (const m of body.matchAll(END)) {
      let end = m.index + m[0].length;
      while (end < body.length && /[^\S\n]/u.test(body[end] as string)) end++;
      if (end >= body.length || body[end] === '\n') break;
      out.push({ from: line.from + start, to: line.from + end });
      start = end;
    }
    out.push({ from: line.from + start, to: line.to });
  }
  return out;
}
