import { diffArrays } from 'diff';

/** A token of the old list and its counterpart in the new one. */
export type TokenPair = readonly [oldIndex: number, newIndex: number];

interface Gap {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

/**
 * Pairs the tokens of two lists (lines, sentences, words, given as keys) that
 * are the same and in the same order, as a diff keeps them. First the tokens
 * that occur once in each list, in the longest run that keeps their order
 * (patience diff: they are singled out by their text); then, between those,
 * the same again; what is left goes to Myers' diff (the `diff` package).
 * Repeats are never guessed: where a key occurs a different number of times
 * on the two sides between the same unique neighbours (a repeated paragraph
 * deleted), none of its occurrences there is paired.
 */
export function alignTokens(a: readonly number[], b: readonly number[]): TokenPair[] {
  const pairs: TokenPair[] = [];
  const stack: Gap[] = [{ a0: 0, a1: a.length, b0: 0, b1: b.length }];
  for (let gap = stack.pop(); gap; gap = stack.pop()) {
    const { a0, a1, b0, b1 } = gap;
    if (a0 === a1 || b0 === b1) continue;
    if (a1 - a0 === 1 && b1 - b0 === 1) {
      // one token each side, the commonest gap: no counting needed
      if (a[a0] === b[b0]) pairs.push([a0, b0]);
      continue;
    }
    const anchors = uniqueAnchors(a, b, gap);
    if (anchors.length === 0) {
      pairs.push(...myersPairs(a, b, gap));
      continue;
    }
    let [pa, pb] = [a0, b0];
    for (const [i, j] of anchors) {
      stack.push({ a0: pa, a1: i, b0: pb, b1: j });
      pairs.push([i, j]);
      [pa, pb] = [i + 1, j + 1];
    }
    stack.push({ a0: pa, a1, b0: pb, b1 });
  }
  return pairs.sort((p, q) => p[0] - q[0]);
}

/** Keys occurring once on each side of the gap, paired, in their longest order-keeping run. */
function uniqueAnchors(a: readonly number[], b: readonly number[], g: Gap): TokenPair[] {
  const inA = new Map<number, number>();
  for (let i = g.a0; i < g.a1; i++) inA.set(a[i] as number, inA.has(a[i] as number) ? -1 : i);
  const inB = new Map<number, number>();
  for (let j = g.b0; j < g.b1; j++) {
    const k = b[j] as number;
    if (inA.has(k)) inB.set(k, inB.has(k) ? -1 : j);
  }
  const candidates: TokenPair[] = [];
  for (const [k, j] of inB) {
    const i = inA.get(k) as number;
    if (i >= 0 && j >= 0) candidates.push([i, j]);
  }
  candidates.sort((p, q) => p[0] - q[0]);
  return longestIncreasing(candidates);
}

/** The longest subsequence whose new indexes increase (patience sorting, O(n log n)). */
function longestIncreasing(pairs: readonly TokenPair[]): TokenPair[] {
  const tails: number[] = [];
  const back = new Array<number>(pairs.length).fill(-1);
  pairs.forEach((p, k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[tails[mid] as number] as TokenPair)[1] < p[1]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) back[k] = tails[lo - 1] as number;
    tails[lo] = k;
  });
  const out: TokenPair[] = [];
  for (let k = tails[tails.length - 1] ?? -1; k >= 0; k = back[k] as number) {
    out.push(pairs[k] as TokenPair);
  }
  return out.reverse();
}

/** Myers' pairs within a gap, less the repeats whose counts differ between the sides. */
function myersPairs(a: readonly number[], b: readonly number[], g: Gap): TokenPair[] {
  const left = a.slice(g.a0, g.a1);
  const right = b.slice(g.b0, g.b1);
  const count = (xs: readonly number[]) => {
    const m = new Map<number, number>();
    for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
    return m;
  };
  const [ca, cb] = [count(left), count(right)];
  const out: TokenPair[] = [];
  let [i, j] = [g.a0, g.b0];
  for (const part of diffArrays(left, right)) {
    const n = part.count;
    if (part.removed) i += n;
    else if (part.added) j += n;
    else {
      for (let k = 0; k < n; k++) {
        const key = a[i + k] as number;
        if (ca.get(key) === cb.get(key)) out.push([i + k, j + k]);
      }
      i += n;
      j += n;
    }
  }
  return out;
}
