// Ranges of document positions, as the plugins keep what has been in view.

/** A range of document positions, `to` exclusive. */
export interface Span {
  from: number;
  to: number;
}

/** Whether `s` overlaps any of `spans`. */
export const touches = (s: Span, spans: readonly Span[]): boolean =>
  spans.some(c => s.from < c.to && s.to > c.from);

/** `spans` with `added` joined in: sorted, and merged where they meet. */
export function union(spans: readonly Span[], added: Span): Span[] {
  const out: Span[] = [];
  for (const s of [...spans, added].sort((a, b) => a.from - b.from)) {
    const last = out.at(-1);
    if (last && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else out.push({ ...s });
  }
  return out;
}

/** The parts of `range` that `spans` (sorted, apart) do not cover yet. */
export function uncovered(spans: readonly Span[], range: Span): Span[] {
  const out: Span[] = [];
  let at = range.from;
  for (const s of spans) {
    if (s.to <= at || s.from >= range.to) continue;
    if (s.from > at) out.push({ from: at, to: s.from });
    at = Math.max(at, s.to);
  }
  if (at < range.to) out.push({ from: at, to: range.to });
  return out;
}

/** Whether two spans are the same range. */
export const sameSpan = (a: Span, b: Span | undefined): boolean =>
  !!b && a.from === b.from && a.to === b.to;
