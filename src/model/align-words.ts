import { diffArrays } from 'diff';
import { alignTokens } from './align-tokens';
import { looseText, type LooseText } from './loose-text';
import { sharedEnds, similarity } from './similarity';
import type { Hunk } from './diff-map';
import type { Span } from './text-spans';

/** Loose characters of the old and new side that stand for each other. */
type CharPair = readonly [oldChar: number, newChar: number];

/** Equal runs this short between two edits are chance ("A" of "Andreas" and of "Advertisement"). */
const CHANCE = 2;
/** Edited words at least this alike are respelt ("Nagle", "Nagel"; "3.3%", "3.1%"): their letters are aligned. */
const SPELLING = 0.5;

/**
 * The hunks of two passages known to be the same one (paired lines or
 * sentences, or a moved paragraph and where it went): their words aligned
 * first, compared in loose form, then the characters of the words that
 * differ, equal runs of one character between edits discarded as chance.
 */
export function alignPassage(oldText: string, a: Span, newText: string, b: Span): Hunk[] {
  const p = oldText.slice(a.from, a.to);
  const q = newText.slice(b.from, b.to);
  const same = (from: number, to: number, newFrom: number): Hunk => ({
    kind: 'same',
    oldFrom: from,
    oldTo: to,
    newFrom,
    newTo: newFrom + to - from,
  });
  if (p === q) return [same(a.from, a.to, b.from)];
  // identical words at either end need no comparing; a word more on each side is
  // compared, so that what the edit touches ("3.3 percent") is seen whole
  const [head, tail] = wordEnds(p, q);
  const x0 = { from: a.from + head, to: a.to - tail };
  const y0 = { from: b.from + head, to: b.to - tail };
  const x = looseText(oldText, x0.from, x0.to);
  const y = looseText(newText, y0.from, y0.to);
  const out = head > 0 ? [same(a.from, x0.from, b.from)] : [];
  out.push(...toHunks(oldText, x, x0, newText, y, y0, charPairs(x, y)));
  if (tail > 0) out.push(same(x0.to, a.to, y0.to));
  return out;
}

/**
 * How many UTF-16 units at the start and at the end two different strings
 * share, cut back to whole words and then one word further (whitespace
 * included in what is shared), not overlapping.
 */
function wordEnds(p: string, q: string): [number, number] {
  let [head, tail] = sharedEnds(p, q);
  const space = (c: string | undefined) => c !== undefined && /\s/u.test(c);
  for (let words = 0; words < 2 && head > 0; words++) {
    head--;
    while (head > 0 && !space(p[head - 1])) head--;
  }
  for (let words = 0; words < 2 && tail > 0; words++) {
    tail--;
    while (tail > 0 && !space(p[p.length - tail])) tail--;
  }
  return [head, tail];
}

/** The words of a loose text, as [first, end) ranges of its characters. */
function words(t: LooseText): [number, number][] {
  const out: [number, number][] = [];
  t.chars.forEach((_, i) => {
    if (i === 0 || t.wordStart[i]) out.push([i, i + 1]);
    else (out[out.length - 1] as [number, number])[1] = i + 1;
  });
  return out;
}

function charPairs(x: LooseText, y: LooseText): CharPair[] {
  const wx = words(x);
  const wy = words(y);
  const ids = new Map<string, number>();
  const key = (t: LooseText, [f, e]: [number, number]) => {
    const k = t.chars.slice(f, e).join('');
    let id = ids.get(k);
    if (id === undefined) ids.set(k, (id = ids.size));
    return id;
  };
  const wordPairs = alignTokens(
    wx.map(w => key(x, w)),
    wy.map(w => key(y, w)),
  );
  const out: CharPair[] = [];
  let [pi, pj] = [0, 0];
  const between = (i: number, j: number) => {
    // the words between two paired ones differ: align their characters
    const from = (wx[pi] ?? [x.chars.length])[0];
    const to = (wx[i] ?? [x.chars.length])[0];
    const nFrom = (wy[pj] ?? [y.chars.length])[0];
    const nTo = (wy[j] ?? [y.chars.length])[0];
    out.push(...editedChars(x, from, to, y, nFrom, nTo));
  };
  for (const [i, j] of wordPairs) {
    between(i, j);
    const [f, e] = wx[i] as [number, number];
    const g = (wy[j] as [number, number])[0];
    for (let k = 0; k < e - f; k++) out.push([f + k, g + k]);
    [pi, pj] = [i + 1, j + 1];
  }
  between(wx.length, wy.length);
  return out;
}

/** Character pairs of an edited stretch, without chance runs shorter than `CHANCE`. */
function editedChars(
  x: LooseText,
  from: number,
  to: number,
  y: LooseText,
  nFrom: number,
  nTo: number,
): CharPair[] {
  if (from === to || nFrom === nTo) return [];
  // words replaced by unlike ones ("ordered" by "refused to order") are one edit, not a
  // respelling; a word that kept its start or end ("hours." → "hours.pyu") is, as is a
  // whole word kept at either end
  const [xs, ys] = [x.chars.slice(from, to), y.chars.slice(nFrom, nTo)];
  const [p, q] = [xs.join(''), ys.join('')];
  // counted in characters, as the pairs are: an emoji and its skin tone are two, not four
  const [head, tail] = sharedEnds(xs, ys);
  // a whole word kept at either end, glued to new text ("Öztürk." → "Öztürk.Rents")
  const wordAt = (t: LooseText, i: number, step: 1 | -1, end: number) => {
    let n = 1;
    while (i + step * n !== end && !t.wordStart[step > 0 ? i + n : i - n + 1]) n++;
    return n;
  };
  const keptWord =
    (head > 0 && (head >= wordAt(x, from, 1, to) || head >= wordAt(y, nFrom, 1, nTo))) ||
    (tail > 0 &&
      (tail >= wordAt(x, to - 1, -1, from - 1) || tail >= wordAt(y, nTo - 1, -1, nFrom - 1)));
  const alike =
    keptWord ||
    similarity(p, q) >= SPELLING ||
    Math.max(head, tail) >= Math.max(2, Math.min(xs.length, ys.length) / 2);
  if (!alike) return [];
  // what both keep at their start and end first (the "report" of "A report" → "xyzreport"
  // stays whole), then Myers in between, equal runs too short to be more than chance left out
  const out: CharPair[] = [];
  for (let k = 0; k < head; k++) out.push([from + k, nFrom + k]);
  const runs: CharPair[][] = [];
  let [i, j] = [from + head, nFrom + head];
  const middle = diffArrays(x.chars.slice(i, to - tail), y.chars.slice(j, nTo - tail));
  for (const part of middle) {
    if (part.removed) i += part.count;
    else if (part.added) j += part.count;
    else {
      runs.push(Array.from({ length: part.count }, (_, k) => [i + k, j + k] as const));
      i += part.count;
      j += part.count;
    }
  }
  for (const r of runs) if (r.length >= CHANCE) out.push(...r);
  for (let k = tail; k > 0; k--) out.push([to - k, nTo - k]);
  return out;
}

/**
 * Hunks from paired loose characters. A run of pairs is `same` where its
 * original text (with the whitespace before it) is identical, `loose` where
 * it reads the same, else `changed` (a letter whose accent changed); what
 * lies between runs is `changed`, `deleted` or `inserted`; whitespace
 * between, if reshaped, `loose`.
 */
function toHunks(
  oldText: string,
  x: LooseText,
  a: Span,
  newText: string,
  y: LooseText,
  b: Span,
  pairs: readonly CharPair[],
): Hunk[] {
  const out: Hunk[] = [];
  // o and n: how far the old and new text have been accounted for
  let [o, n] = [a.from, b.from];
  const emit = (kind: Hunk['kind'], oTo: number, nTo: number) => {
    if (oTo === o && nTo === n) return;
    const last = out[out.length - 1];
    // only identical text merges: elsewhere a target's edge must find its own hunk
    if (kind === 'same' && last?.kind === 'same' && last.oldTo === o && last.newTo === n) {
      last.oldTo = oTo;
      last.newTo = nTo;
    } else out.push({ kind, oldFrom: o, oldTo: oTo, newFrom: n, newTo: nTo });
    [o, n] = [oTo, nTo];
  };
  /** A run of pairs reads the same unless its original characters hold loose ones left unpaired. */
  const compare = (i: number, gi: number, j: number, gj: number, oTo: number, nTo: number) => {
    if (oldText.slice(o, oTo) === newText.slice(n, nTo)) return 'same';
    const whole = (t: LooseText, first: number, last: number, end: number) =>
      (first === 0 || (t.to[first - 1] as number) <= (t.from[first] as number)) &&
      (last + 1 >= t.chars.length || (t.from[last + 1] as number) >= end);
    return whole(x, i, gi, oTo) && whole(y, j, gj, nTo) ? 'loose' : 'changed';
  };
  /** The unpaired characters before pair (i, j) since pair (pi, pj): an edit, and the space before it. */
  const edit = (pi: number, pj: number, i: number, j: number) => {
    const oldEdit: [number, number] | null =
      i > pi + 1
        ? [Math.max(o, x.from[pi + 1] as number), Math.max(o, x.to[i - 1] as number)]
        : null;
    const newEdit: [number, number] | null =
      j > pj + 1
        ? [Math.max(n, y.from[pj + 1] as number), Math.max(n, y.to[j - 1] as number)]
        : null;
    if (!oldEdit && !newEdit) return;
    const [oFrom, oTo] = oldEdit ?? [o, o];
    const [nFrom, nTo] = newEdit ?? [n, n];
    emit(oldText.slice(o, oFrom) === newText.slice(n, nFrom) ? 'same' : 'loose', oFrom, nFrom);
    emit(!oldEdit ? 'inserted' : !newEdit ? 'deleted' : 'changed', oTo, nTo);
  };
  let [pi, pj] = [-1, -1];
  for (let k = 0; k < pairs.length;) {
    const [i, j] = pairs[k] as CharPair;
    // a run of pairs that share an original character (a decomposed letter) settles at once
    let [gi, gj] = [i, j];
    for (k++; k < pairs.length; k++) {
      const [ni, nj] = pairs[k] as CharPair;
      const joined = x.from[ni] === x.from[gi] || y.from[nj] === y.from[gj];
      if (ni !== gi + 1 || nj !== gj + 1 || !joined) break;
      [gi, gj] = [ni, nj];
    }
    edit(pi, pj, i, j);
    // the whitespace before the run, then the run
    const [oAt, nAt] = [Math.max(o, x.from[i] as number), Math.max(n, y.from[j] as number)];
    emit(oldText.slice(o, oAt) === newText.slice(n, nAt) ? 'same' : 'loose', oAt, nAt);
    const [oTo, nTo] = [Math.max(o, x.to[gi] as number), Math.max(n, y.to[gj] as number)];
    emit(compare(i, gi, j, gj, oTo, nTo), oTo, nTo);
    [pi, pj] = [gi, gj];
  }
  edit(pi, pj, x.chars.length, y.chars.length);
  // what is left is whitespace
  emit(oldText.slice(o, a.to) === newText.slice(n, b.to) ? 'same' : 'loose', a.to, b.to);
  return out;
}
