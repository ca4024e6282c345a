import { ORPHAN, type AnchorResult } from './anchor';
import { confidenceOf } from './candidate';
import { FUZZY_THRESHOLD } from './confidence';
import { looseKey, looseText } from './loose-text';
import { distanceRow } from './myers';
import type { CodePointIndex } from './offsets';
import type { Hunk, DiffMap } from './diff-map';
import type { Target } from './types';

/** Where a part of the target went: a range of the new text, or nowhere (deleted). */
interface Part {
  kind: Hunk['kind'];
  newFrom: number;
  newTo: number;
  /** UTF-16 units of the target this part keeps (same or loose text). */
  kept: number;
}

/**
 * Where a target described on the old text of `map` is in its new text, the
 * way an editor maps a position through its steps. Text the diff kept whole
 * (identical, or the same words in another form) is anchored as `quote`,
 * confidence 1; edited text becomes `fuzzy` if its loose form is close enough
 * to the quote's (confidence (2q + 1) / 3, q being 1 − edit distance over the
 * quote's length: the diff witnesses the place as intact context would),
 * else an orphan; so is text the diff deleted, or split between places. A
 * fuzzy range never reaches across a line break into text that was not there.
 * `oldIndex` must be the text the target was described on.
 */
export function mapTarget(
  map: DiffMap,
  oldIndex: CodePointIndex,
  newIndex: CodePointIndex,
  target: Target,
): AnchorResult {
  if (target.exact.length === 0) return ORPHAN;
  const s = oldIndex.toIndex(target.start);
  const e = oldIndex.toIndex(target.end);
  const whole = map.sameAround(s, e);
  if (whole) {
    // inside one stretch of identical text, as most targets are: where it moved, as it was
    const from = whole.newFrom + s - whole.oldFrom;
    const start = newIndex.toOffset(from);
    return { start, end: newIndex.toOffset(from + e - s), method: 'quote', confidence: 1 };
  }
  const parts = partsOf(map, s, e);
  const group = bestGroup(parts);
  if (!group || !group.some(p => p.kept > 0)) return ORPHAN;
  // part of it elsewhere, or gone, is an edit as much as changed text is
  const edited = parts.some(p => p.kind !== 'same' && p.kind !== 'loose') || group !== parts;
  const text = newIndex.text;
  let from = (group.find(p => p.kind !== 'deleted') as Part).newFrom;
  let to = (group.findLast(p => p.kind !== 'deleted') as Part).newTo;
  if (edited && !target.exact.includes('\n')) {
    // a line break the edit brought in ends the passage: what lies beyond it is new text
    const firstKept = (group.find(p => p.kept > 0) as Part).newFrom;
    const lastKept = (group.findLast(p => p.kept > 0) as Part).newTo;
    const lead = text.lastIndexOf('\n', firstKept - 1);
    if (lead >= from) from = lead + 1;
    const tail = text.indexOf('\n', lastKept);
    if (tail !== -1 && tail < to) to = tail;
  }
  const last = group.findLast(p => p.kind !== 'deleted') as Part;
  if (last.kind === 'changed' || last.kind === 'inserted') {
    // the passage ends in rewritten text, which may reach past where it ended: as far as the
    // quote's end reads best, never short of the last text the diff kept
    const lastKept = (group.findLast(p => p.kept > 0) as Part).newTo;
    to = bestEnd(text, from, to, Math.min(lastKept, to), target.exact);
  }
  while (from < to && /\s/u.test(text[from] as string)) from++;
  while (to > from && /\s/u.test(text[to - 1] as string)) to--;
  if (to <= from) return ORPHAN;
  const start = newIndex.toOffset(from);
  const end = newIndex.toOffset(to);
  if (!edited) return { start, end, method: 'quote', confidence: 1 };
  const quote = looseKey(target.exact);
  const found = looseKey(text.slice(from, to));
  const q = Math.max(
    0,
    1 - (distanceRow(quote, found, 'anchored')[found.length] as number) / quote.length,
  );
  const confidence = confidenceOf(q, 1);
  if (confidence < FUZZY_THRESHOLD) return ORPHAN;
  return q === 1
    ? { start, end, method: 'quote', confidence: 1 }
    : { start, end, method: 'fuzzy', confidence };
}

/**
 * The end in `[least, to]` at which `text` from `from` reads most like
 * `exact` (loose forms, anchored edit distance), the later of equals, then
 * to the end of its word: a rewritten stretch after a passage's last kept
 * words belongs to it only as far as it stands for the rest of the quote.
 */
function bestEnd(text: string, from: number, to: number, least: number, exact: string): number {
  const loose = looseText(text, from, to);
  const row = distanceRow(looseKey(exact), loose.chars.join(''), 'anchored');
  let best = to;
  let bestDistance = Infinity;
  let at = 0;
  loose.chars.forEach((c, k) => {
    at += c.length;
    const end = loose.to[k] as number;
    const distance = row[at] as number;
    if (end >= least && distance <= bestDistance) [best, bestDistance] = [end, distance];
  });
  // not in the middle of a word: the rewritten word stands for the quote's last one
  while (
    best < to &&
    WORD_CHAR.test(text[best] as string) &&
    WORD_CHAR.test(text[best - 1] as string)
  )
    best++;
  return best;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** What became of each hunk-sized part of old `[s, e)`, in old order. */
function partsOf(map: DiffMap, s: number, e: number): Part[] {
  return map.within(s, e).map(h => {
    const from = Math.max(s, h.oldFrom);
    const to = Math.min(e, h.oldTo);
    if (h.kind === 'same') {
      const newFrom = h.newFrom + (from - h.oldFrom);
      return { kind: h.kind, newFrom, newTo: newFrom + (to - from), kept: to - from };
    }
    const kept = h.kind === 'loose' ? to - from : 0;
    return { kind: h.kind, newFrom: h.newFrom, newTo: h.newTo, kept };
  });
}

/**
 * The parts that lie together in the new text, the group keeping most of the
 * target; null if its text went to several places of which none keeps most.
 */
function bestGroup(parts: readonly Part[]): Part[] | null {
  const groups: Part[][] = [];
  for (const p of parts) {
    const last = groups[groups.length - 1];
    const end = last?.findLast(q => q.newTo >= 0)?.newTo;
    const joins = p.kind === 'deleted' ? p.newFrom < 0 || p.newFrom === end : p.newFrom === end;
    if (last && (joins || end === undefined)) last.push(p);
    else groups.push([p]);
  }
  const kept = (g: readonly Part[]) => g.reduce((n, p) => n + p.kept, 0);
  const total = kept(parts);
  if (groups.length === 1) return parts as Part[];
  const best = groups.reduce<Part[] | null>((b, g) => (!b || kept(g) > kept(b) ? g : b), null);
  // a passage split in two is a rewrite, not a move: only a clear majority may stand for it
  return best && kept(best) * 2 > total ? best : null;
}
