import { alignTokens } from './align-tokens';
import { alignPassage } from './align-words';
import { DiffMap, type Hunk } from './diff-map';
import { findMoves, type Leftover } from './find-moves';
import { looseKey } from './loose-text';
import { besideMoves } from './beside-moves';
import { pairPieces } from './pair-pieces';
import { sharedEnds, similarity } from './similarity';
import { lineSpans, pieceSpans, type Span } from './text-spans';

/** The least similarity of two sentences in the same place to be taken as one, edited. */
const EDITED_IN_PLACE = 0.5;

/** A stretch of the old text and the stretch of the new one in its place. */
export interface Region extends Span {
  newFrom: number;
  newTo: number;
}

/**
 * What became of every part of `oldText` in `newText`, found the way an
 * editor would explain the change: identical lines are paired first, unique
 * ones before repeated ones (`alignTokens`); where lines differ, their
 * sentences (identical ones, then those that read the same in loose form,
 * see `looseKey`); where sentences differ, those that are still the same
 * passage (edited, or split by hard wraps: `pairPieces`); within paired
 * passages their words, then the characters of edited words
 * (`alignPassage`). What is left on both sides is searched for moves
 * (`findMoves`), and what lies beside a moved passage is paired as if in
 * place (`besideMoves`); the rest was deleted or inserted.
 */
export function diffTexts(oldText: string, newText: string): DiffMap {
  return new TextDiff(oldText, newText).run();
}

class TextDiff {
  private readonly hunks: Hunk[] = [];
  private readonly left: { old: Leftover[]; new: Leftover[] } = { old: [], new: [] };
  private readonly ids = new Map<string, number>();
  /** Leftover pairs already tried beside a move. */
  private readonly seen = new Set<string>();
  private readonly looseKeys = new Map<string, string>();

  constructor(
    private readonly oldText: string,
    private readonly newText: string,
  ) {}

  run(): DiffMap {
    const { oldText, newText } = this;
    const all = { from: 0, to: oldText.length, newFrom: 0, newTo: newText.length };
    const a = lineSpans(oldText, 0, oldText.length);
    const b = lineSpans(newText, 0, newText.length);
    // identical lines (most of a text, and cheap); where lines differ, their sentences
    this.walk(a, b, all, exactOf, this.sentences);
    let moved = findMoves(oldText, this.left.old, newText, this.left.new);
    this.hunks.push(...moved.hunks);
    this.left.old = moved.old;
    this.left.new = moved.new;
    for (let regions = this.beside(); regions.length; regions = this.beside()) {
      for (const r of regions) this.passages(pieces(oldText, r), pieces(newText, newOf(r)), r);
      moved = findMoves(oldText, this.left.old, newText, this.left.new);
      this.hunks.push(...moved.hunks);
      this.left.old = moved.old;
      this.left.new = moved.new;
    }
    for (const l of this.left.old) {
      this.hunks.push({
        kind: 'deleted',
        oldFrom: l.from,
        oldTo: l.to,
        newFrom: l.at,
        newTo: l.at,
      });
    }
    for (const l of this.left.new) {
      this.hunks.push({
        kind: 'inserted',
        oldFrom: l.at,
        oldTo: l.at,
        newFrom: l.from,
        newTo: l.to,
      });
    }
    return new DiffMap(this.hunks);
  }

  /** Regions beside moved passages, taken off the leftovers. */
  private beside(): Region[] {
    const { oldText, newText, left, hunks, seen } = this;
    const found = besideMoves(oldText, left.old, newText, left.new, hunks, seen);
    this.left.old = found.old;
    this.left.new = found.new;
    return found.regions;
  }

  /** The loose form of a span, computed once. */
  private loose(text: string, s: Span): string {
    const id = `${text === this.oldText ? 'a' : 'b'}${s.from}:${s.to}`;
    let key = this.looseKeys.get(id);
    if (key === undefined) this.looseKeys.set(id, (key = looseKey(text.slice(s.from, s.to))));
    return key;
  }

  private keysOf(text: string, spans: readonly Span[], key: (s: Span, text: string) => string) {
    return spans.map(s => {
      const k = key(s, text);
      let id = this.ids.get(k);
      if (id === undefined) this.ids.set(k, (id = this.ids.size));
      return id;
    });
  }

  /** Pairs spans by their keys, and hands each stretch between pairs to `between`. */
  private walk(
    a: readonly Span[],
    b: readonly Span[],
    region: Region,
    key: (s: Span, text: string) => string,
    between: (a: readonly Span[], b: readonly Span[], at: Region) => void,
  ): void {
    if (this.leftover(region)) return;
    const { oldText, newText } = this;
    let [pi, pj] = [0, 0];
    let [o, n] = [region.from, region.newFrom];
    const gap = (i: number, j: number, oTo: number, nTo: number) => {
      const at = { from: o, to: oTo, newFrom: n, newTo: nTo };
      if (!this.leftover(at)) between(a.slice(pi, i), b.slice(pj, j), at);
    };
    const pairs = alignTokens(this.keysOf(oldText, a, key), this.keysOf(newText, b, key));
    for (const [i, j] of pairs) {
      const [x, y] = [a[i] as Span, b[j] as Span];
      gap(i, j, x.from, y.from);
      this.hunks.push(...alignPassage(oldText, x, newText, y));
      [pi, pj, o, n] = [i + 1, j + 1, x.to, y.to];
    }
    gap(a.length, b.length, region.to, region.newTo);
  }

  /** A region of differing lines: its sentences are paired, and what lies between them. */
  private readonly sentences = (a: readonly Span[], b: readonly Span[], at: Region) => {
    const { oldText, newText } = this;
    const [x, y] = [a[0] as Span, b[0] as Span];
    if (a.length === 1 && b.length === 1 && isSmallEdit(oldText, x, newText, y)) {
      // a line for a line, edited inside one sentence: its sentences would pair as they are
      this.hunks.push(...alignPassage(oldText, x, newText, y));
      return;
    }
    // identical sentences first, then those that read the same (whitespace, quotes), then the rest
    const loose = (a: readonly Span[], b: readonly Span[], at: Region) =>
      this.walk(a, b, at, (s, text) => this.loose(text, s), this.passages);
    this.walk(pieces(oldText, at), pieces(newText, newOf(at)), at, exactOf, loose);
  };

  /** Sentences between paired ones: those that are the same passage, edited or re-wrapped. */
  private readonly passages = (a: readonly Span[], b: readonly Span[], at: Region) => {
    if (this.leftover(at)) return;
    const { oldText, newText } = this;
    const whole = newOf(at);
    const [x, y] = [a[0] as Span, b[0] as Span];
    if (a.length === 1 && b.length === 1) {
      // one sentence for another, the commonest edit: the same passage if alike enough
      const score = similarity(this.loose(oldText, x), this.loose(newText, y));
      if (score >= EDITED_IN_PLACE) {
        this.hunks.push(...alignPassage(oldText, x, newText, y));
      } else {
        this.leftover({ ...at, newTo: at.newFrom });
        this.leftover({ ...at, to: at.from });
      }
      return;
    }
    if (looseKey(oldText.slice(at.from, at.to)) === looseKey(newText.slice(whole.from, whole.to))) {
      // re-wrapped or re-spaced, nothing else
      this.hunks.push(...alignPassage(oldText, at, newText, whole));
      return;
    }
    let [o, n] = [at.from, at.newFrom];
    for (const p of pairPieces(oldText, a, newText, b, EDITED_IN_PLACE)) {
      this.leftover({ from: o, to: p.old.from, newFrom: n, newTo: n });
      this.leftover({ from: o, to: o, newFrom: n, newTo: p.new.from });
      this.hunks.push(...alignPassage(oldText, p.old, newText, p.new));
      [o, n] = [p.old.to, p.new.to];
    }
    this.leftover({ from: o, to: at.to, newFrom: n, newTo: n });
    this.leftover({ from: o, to: o, newFrom: n, newTo: at.newTo });
  };

  /** Whether the region is empty on one side: what it has on the other is left over. */
  private leftover(at: Region): boolean {
    if (at.from === at.to && at.newFrom === at.newTo) return true;
    if (at.newFrom === at.newTo) this.left.old.push({ from: at.from, to: at.to, at: at.newFrom });
    else if (at.from === at.to) this.left.new.push({ from: at.newFrom, to: at.newTo, at: at.from });
    else return false;
    return true;
  }
}

const exactOf = (s: Span, text: string) => text.slice(s.from, s.to);
const newOf = (r: Region): Span => ({ from: r.newFrom, to: r.newTo });
const pieces = (text: string, s: Span) => pieceSpans(text, s.from, s.to);

/** The most UTF-16 units an edit inside one sentence may change to skip pairing its sentences. */
const SMALL_EDIT = 24;
// a sentence's end, as `pieceSpans` finds them, or a line break
const BOUNDARY = /[.!?…]["'”’)\]»]*\s|\n/u;

/**
 * Whether two lines differ only inside one sentence, by a few characters:
 * what differs between their common start and end is short on both sides and
 * crosses no sentence boundary, so that the sentences around it are the same
 * and the one it is in is still mostly itself.
 */
function isSmallEdit(oldText: string, x: Span, newText: string, y: Span): boolean {
  const [m, n] = [x.to - x.from, y.to - y.from];
  const [head, tail] = sharedEnds(oldText.slice(x.from, x.to), newText.slice(y.from, y.to));
  if (m - head - tail > SMALL_EDIT || n - head - tail > SMALL_EDIT) return false;
  // the edit with a few characters either side: a sentence's end there would be a boundary crossed
  const around = (text: string, s: Span) =>
    text.slice(Math.max(s.from, s.from + head - 3), Math.min(s.to, s.to - tail + 3));
  return !BOUNDARY.test(around(oldText, x)) && !BOUNDARY.test(around(newText, y));
}
