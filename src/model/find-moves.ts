import { alignPassage } from './align-words';
import { looseText, type LooseText } from './loose-text';
import type { Hunk } from './diff-map';
import { lineSpans, pieceSpans, type Span } from './text-spans';

/** Text on one side that a diff left unpaired, and where it would be on the other side. */
export interface Leftover extends Span {
  at: number;
}

/** Loose forms shorter than this are too common to say where a passage went ("17:20", "Advertisement"). */
const SHORTEST_MOVE = 8;

/** The loose forms of several stretches, one string, with where each character came from. */
interface Pool {
  text: string;
  from: number[];
  to: number[];
}

function poolOf(text: string, spans: readonly Span[]): Pool {
  const pool: Pool = { text: '', from: [], to: [] };
  const parts: string[] = [];
  for (const s of spans) {
    const t: LooseText = looseText(text, s.from, s.to);
    // a separator no loose form contains, so that no match runs from one stretch into the next
    parts.push(t.chars.join(''), '\u0000');
    for (const [k, c] of t.chars.entries()) {
      for (let u = 0; u < c.length; u++) {
        pool.from.push(t.from[k] as number);
        pool.to.push(t.to[k] as number);
      }
    }
    pool.from.push(-1);
    pool.to.push(-1);
  }
  pool.text = parts.join('');
  return pool;
}

/** Where `key` occurs in the pool, if exactly once. */
function onlyAt(pool: Pool, key: string): number | null {
  const at = pool.text.indexOf(key);
  if (at === -1 || pool.text.indexOf(key, at + 1) !== -1) return null;
  return at;
}

/**
 * Moves among the leftovers of a diff: a deleted paragraph, line or sentence
 * that reads the same (`looseKey`) as inserted text elsewhere, when that
 * loose form occurs exactly once among the deleted text and once among the
 * inserted text. The longest first: whole stretches, then their lines, then
 * their sentences (a moved paragraph that was also edited or re-wrapped
 * keeps its intact sentences); then the same the other way round, for
 * pieces of inserted text found once among the deleted (a paragraph split
 * when it moved). Two equally good places mean no move. Returns the hunks of
 * the moves and what is still left over.
 */
export function findMoves(
  oldText: string,
  oldLeft: readonly Leftover[],
  newText: string,
  newLeft: readonly Leftover[],
): { hunks: Hunk[]; old: Leftover[]; new: Leftover[] } {
  const hunks: Hunk[] = [];
  if (!oldLeft.length || !newLeft.length) return { hunks, old: [...oldLeft], new: [...newLeft] };
  const olds = poolOf(oldText, oldLeft);
  const news = poolOf(newText, newLeft);
  const usedOld: Span[] = [];
  const usedNew: Span[] = [];
  const search = (
    text: string,
    left: readonly Leftover[],
    other: Pool,
    mine: Pool,
    forward: boolean,
  ) => {
    const [usedHere, usedThere] = forward ? [usedOld, usedNew] : [usedNew, usedOld];
    for (const unit of unitsOf(text, left)) {
      const loose = looseText(text, unit.from, unit.to);
      const key = loose.chars.join('');
      if (key.length < SHORTEST_MOVE || onlyAt(mine, key) === null) continue;
      const at = onlyAt(other, key);
      if (at === null) continue;
      const here = { from: loose.from[0] as number, to: loose.to[loose.to.length - 1] as number };
      const there = { from: other.from[at] as number, to: other.to[at + key.length - 1] as number };
      if (!free(usedHere, here) || !free(usedThere, there)) continue;
      usedHere.push(here);
      usedThere.push(there);
      const [a, b] = forward ? [here, there] : [there, here];
      hunks.push(...alignPassage(oldText, a, newText, b));
    }
  };
  search(oldText, oldLeft, news, olds, true);
  search(newText, subtract(newLeft, usedNew), olds, news, false);
  return { hunks, old: subtract(oldLeft, usedOld), new: subtract(newLeft, usedNew) };
}

const free = (used: readonly Span[], s: Span) => !used.some(u => u.from < s.to && s.from < u.to);

/** Whole leftovers, their lines and their sentences, the longest first. */
function unitsOf(text: string, left: readonly Leftover[]): Span[] {
  const units: Span[] = [];
  for (const l of left) {
    units.push(l, ...lineSpans(text, l.from, l.to), ...pieceSpans(text, l.from, l.to));
  }
  return units.sort((p, q) => q.to - q.from - (p.to - p.from));
}

/** The leftovers less the used stretches, each part keeping its place on the other side. */
function subtract(left: readonly Leftover[], used: readonly Span[]): Leftover[] {
  const cuts = [...used].sort((p, q) => p.from - q.from);
  const out: Leftover[] = [];
  for (const l of left) {
    let from = l.from;
    for (const c of cuts) {
      if (c.to <= from || c.from >= l.to) continue;
      if (c.from > from) out.push({ from, to: c.from, at: l.at });
      from = Math.max(from, c.to);
    }
    if (from < l.to) out.push({ from, to: l.to, at: l.at });
  }
  return out;
}
