import { looseKey } from './loose-text';
import { similarity } from './similarity';
import type { Span } from './text-spans';

/** Runs of consecutive pieces on each side taken as one passage (a sentence and its hard-wrapped lines). */
export interface PiecePair {
  old: Span;
  new: Span;
  /** [first, end) piece indexes on each side. */
  a: readonly [number, number];
  b: readonly [number, number];
  score: number;
}

/** A rival this close to a pair's similarity makes the pair a guess: left unpaired. */
const MARGIN = 0.1;
/** Beyond this many piece combinations, only pieces that read the same are paired. */
const MOST_COMPARED = 400;
/** The most pieces on one side that may meet one piece on the other (hard wraps split sentences). */
const MAX_RUN = 4;

/**
 * Pairs pieces of the old text with pieces of the new one that are the same
 * passage: reading the same (whitespace, quotes, line breaks aside), or,
 * at least `least` alike (1 − edit distance over the
 * longer loose form). Best pairs first; a pair whose piece has a rival within
 * `MARGIN` is a guess between look-alikes (two live-blog entries, two
 * sentences that begin alike) and is left unpaired.
 */
export function pairPieces(
  oldText: string,
  a: readonly Span[],
  newText: string,
  b: readonly Span[],
  least: number,
): PiecePair[] {
  // the loose form of a run of pieces, whole: "5.2 per\ncent" reads "5.2%" only together
  const memo = new Map<string, string>();
  const run = (side: string, text: string, spans: readonly Span[], i: number, n: number) => {
    const id = `${side}${i}:${n}`;
    let key = memo.get(id);
    if (key === undefined) {
      key = looseKey(text.slice((spans[i] as Span).from, (spans[i + n - 1] as Span).to));
      memo.set(id, key);
    }
    return key;
  };
  const ka = (i: number, n: number) => run('a', oldText, a, i, n);
  const kb = (j: number, n: number) => run('b', newText, b, j, n);
  const make = (i: number, p: number, j: number, q: number, score: number): PiecePair => ({
    old: { from: (a[i] as Span).from, to: (a[i + p - 1] as Span).to },
    new: { from: (b[j] as Span).from, to: (b[j + q - 1] as Span).to },
    a: [i, i + p],
    b: [j, j + q],
    score,
  });
  // runs that read the same, found through a map of the new side's runs: linear, however long
  const runs = new Map<string, [number, number][]>();
  for (let j = 0; j < b.length; j++) {
    for (let q = 1; q <= MAX_RUN && j + q <= b.length; q++) {
      const key = kb(j, q);
      if (key) runs.set(key, [...(runs.get(key) ?? []), [j, q]]);
    }
  }
  const same: PiecePair[] = [];
  for (let i = 0; i < a.length; i++) {
    for (let p = 1; p <= MAX_RUN && i + p <= a.length; p++) {
      for (const [j, q] of runs.get(ka(i, p)) ?? []) {
        if (p === 1 || q === 1) same.push(make(i, p, j, q, 1));
      }
    }
  }
  const taken = choose(same, a.length, b.length);
  // between those, edited passages (perhaps re-wrapped): where few enough to compare each with each
  const out = [...taken];
  let [i0, j0] = [0, 0];
  for (const t of [...taken, null]) {
    const [i1, j1] = t ? [t.a[0], t.b[0]] : [a.length, b.length];
    if ((i1 - i0) * (j1 - j0) <= MOST_COMPARED) {
      const edited: PiecePair[] = [];
      for (let i = i0; i < i1; i++) {
        for (let j = j0; j < j1; j++) {
          for (const [p, q] of SHAPES) {
            if (i + p > i1 || j + q > j1) continue;
            const score = similarity(ka(i, p), kb(j, q));
            // those that read the same stay in as rivals: a passage twice in the new text is not paired
            if (score >= least) edited.push(make(i, p, j, q, score));
          }
        }
      }
      out.push(...choose(edited, a.length, b.length));
    }
    if (t) [i0, j0] = [t.a[1], t.b[1]];
  }
  return out.sort((x, y) => x.a[0] - y.a[0]);
}

/** One piece against a run of up to `MAX_RUN` on the other side, either way. */
const SHAPES: readonly (readonly [number, number])[] = [
  [1, 1],
  ...[2, 3, 4].flatMap(n => [[1, n] as const, [n, 1] as const]),
];

/** The best candidates first, each unless it overlaps one taken, breaks their order, or has a rival. */
function choose(candidates: PiecePair[], na: number, nb: number): PiecePair[] {
  const byOld = Array.from({ length: na }, () => [] as PiecePair[]);
  const byNew = Array.from({ length: nb }, () => [] as PiecePair[]);
  for (const c of candidates) {
    for (let i = c.a[0]; i < c.a[1]; i++) byOld[i]?.push(c);
    for (let j = c.b[0]; j < c.b[1]; j++) byNew[j]?.push(c);
  }
  candidates.sort((x, y) => y.score - x.score || x.a[0] - y.a[0]);
  const usedA = new Uint8Array(na);
  const usedB = new Uint8Array(nb);
  const taken: PiecePair[] = [];
  for (const c of candidates) {
    if (usedA.subarray(c.a[0], c.a[1]).some(Boolean)) continue;
    if (usedB.subarray(c.b[0], c.b[1]).some(Boolean)) continue;
    const rivals = new Set<PiecePair>();
    for (let i = c.a[0]; i < c.a[1]; i++) for (const o of byOld[i] ?? []) rivals.add(o);
    for (let j = c.b[0]; j < c.b[1]; j++) for (const o of byNew[j] ?? []) rivals.add(o);
    if (hasRival(c, rivals)) continue;
    if (!keepsOrder(taken, c)) continue;
    usedA.fill(1, c.a[0], c.a[1]);
    usedB.fill(1, c.b[0], c.b[1]);
    insertSorted(taken, c);
  }
  return taken;
}

/** Whether `c` fits between the taken pairs before and after it in the old order. */
function keepsOrder(taken: readonly PiecePair[], c: PiecePair): boolean {
  const at = indexAfter(taken, c.a[0]);
  const before = taken[at - 1];
  const after = taken[at];
  return (!before || before.b[1] <= c.b[0]) && (!after || c.b[1] <= after.b[0]);
}

function insertSorted(taken: PiecePair[], c: PiecePair): void {
  taken.splice(indexAfter(taken, c.a[0]), 0, c);
}

/** How many taken pairs start before old piece `i`. */
function indexAfter(taken: readonly PiecePair[], i: number): number {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((taken[mid] as PiecePair).a[0] < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const overlaps = (p: readonly [number, number], q: readonly [number, number]) =>
  p[0] < q[1] && q[0] < p[1];

/**
 * Whether another candidate for one of its pieces, with another partner, is
 * nearly as good (for one that reads the same: as good); or the same pieces
 * in another run were better.
 */
function hasRival(c: PiecePair, others: Iterable<PiecePair>): boolean {
  const close = c.score === 1 ? 1 : c.score - MARGIN;
  for (const o of others) {
    if (o === c || o.score < close) continue;
    const [sameOld, sameNew] = [overlaps(o.a, c.a), overlaps(o.b, c.b)];
    if (sameOld !== sameNew || o.score > c.score) return true;
  }
  return false;
}
