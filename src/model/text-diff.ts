import { alignTokens } from './align-tokens';
import { alignPassage } from './align-words';
import { looseKey } from './loose-text';
import { findMoves, type Leftover } from './find-moves';
import { pairPieces } from './pair-pieces';
import { DiffMap, type Hunk } from './diff-map';
import { lineSpans, pieceSpans, type Span } from './text-spans';

/** The least similarity of two sentences in the same place to be taken as one, edited. */
const EDITED_IN_PLACE = 0.5;

/**
 * What became of every part of `oldText` in `newText`, found the way an
 * editor would explain the change: lines that are the same (in loose form,
 * see `looseKey`) are paired first, unique ones before repeated ones
 * (`alignTokens`); where lines differ, their sentences, and where sentences
 * differ, those that are still the same passage (edited, or split by hard
 * wraps: `pairPieces`); within paired passages their words, then the
 * characters of edited words (`alignPassage`). What is left on both sides is
 * searched for moves (`findMoves`); the rest was deleted or inserted.
 */
export function diffTexts(oldText: string, newText: string): DiffMap {
  const hunks: Hunk[] = [];
  const left: { old: Leftover[]; new: Leftover[] } = { old: [], new: [] };
  const ids = new Map<string, number>();
  const keysOf = (text: string, spans: readonly Span[]) =>
    spans.map(s => {
      const k = looseKey(text.slice(s.from, s.to));
      let id = ids.get(k);
      if (id === undefined) ids.set(k, (id = ids.size));
      return id;
    });

  /** Pairs spans by their keys, and hands each stretch between pairs to `between`. */
  const walk = (
    a: readonly Span[],
    b: readonly Span[],
    region: Span & { newFrom: number; newTo: number },
    between: (a: readonly Span[], b: readonly Span[], at: Region) => void,
  ) => {
    let [pi, pj] = [0, 0];
    let [o, n] = [region.from, region.newFrom];
    const gap = (i: number, j: number, oTo: number, nTo: number) => {
      between(a.slice(pi, i), b.slice(pj, j), { from: o, to: oTo, newFrom: n, newTo: nTo });
    };
    for (const [i, j] of alignTokens(keysOf(oldText, a), keysOf(newText, b))) {
      const [x, y] = [a[i] as Span, b[j] as Span];
      gap(i, j, x.from, y.from);
      hunks.push(...alignPassage(oldText, x, newText, y));
      [pi, pj, o, n] = [i + 1, j + 1, x.to, y.to];
    }
    gap(a.length, b.length, region.to, region.newTo);
  };

  /** Unpaired on one side only: left over for the search for moves. */
  const leftover = (at: Region): boolean => {
    if (at.from === at.to && at.newFrom === at.newTo) return true;
    if (at.newFrom === at.newTo) left.old.push({ from: at.from, to: at.to, at: at.newFrom });
    else if (at.from === at.to) left.new.push({ from: at.newFrom, to: at.newTo, at: at.from });
    else return false;
    return true;
  };

  const sentences = (_a: readonly Span[], _b: readonly Span[], at: Region) => {
    if (leftover(at)) return;
    const a = pieceSpans(oldText, at.from, at.to);
    const b = pieceSpans(newText, at.newFrom, at.newTo);
    walk(a, b, at, passages);
  };

  const passages = (a: readonly Span[], b: readonly Span[], at: Region) => {
    if (leftover(at)) return;
    const whole = { from: at.newFrom, to: at.newTo };
    if (looseKey(oldText.slice(at.from, at.to)) === looseKey(newText.slice(whole.from, whole.to))) {
      // re-wrapped or re-spaced, nothing else
      hunks.push(...alignPassage(oldText, at, newText, whole));
      return;
    }
    const pairs = pairPieces(oldText, a, newText, b, EDITED_IN_PLACE);
    let [o, n] = [at.from, at.newFrom];
    for (const p of pairs) {
      leftover({ from: o, to: p.old.from, newFrom: n, newTo: n });
      leftover({ from: o, to: o, newFrom: n, newTo: p.new.from });
      hunks.push(...alignPassage(oldText, p.old, newText, p.new));
      [o, n] = [p.old.to, p.new.to];
    }
    leftover({ from: o, to: at.to, newFrom: n, newTo: n });
    leftover({ from: o, to: o, newFrom: n, newTo: at.newTo });
  };

  const all = { from: 0, to: oldText.length, newFrom: 0, newTo: newText.length };
  walk(
    lineSpans(oldText, 0, oldText.length),
    lineSpans(newText, 0, newText.length),
    all,
    sentences,
  );
  const moved = findMoves(oldText, left.old, newText, left.new);
  hunks.push(...moved.hunks);
  for (const l of moved.old) {
    hunks.push({ kind: 'deleted', oldFrom: l.from, oldTo: l.to, newFrom: l.at, newTo: l.at });
  }
  for (const l of moved.new) {
    hunks.push({ kind: 'inserted', oldFrom: l.at, oldTo: l.at, newFrom: l.from, newTo: l.to });
  }
  return new DiffMap(hunks);
}

/** A stretch of the old text and the stretch of the new one in its place. */
interface Region extends Span {
  newFrom: number;
  newTo: number;
}
