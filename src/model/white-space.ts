/** The text with each run of white space as one space, and none at its ends. */
export function collapseWhiteSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A quote on one line, cut to about `max` characters at a word boundary ("…" marks the cut). */
export function shorten(text: string, max = 140): string {
  const flat = collapseWhiteSpace(text);
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max)}…`;
}
