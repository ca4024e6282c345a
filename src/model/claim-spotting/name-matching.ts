import { editDistance } from './edit-distance';

// When two folded names are one name spelled two ways, and which pairs are worth comparing.

/**
 * A lookup of the reference names that may be near a name: those sharing its number of
 * words and the first letter of its given name or of its surname. A slip keeps one of the
 * two (two edits at most, one in a given name), so comparing only these loses none in
 * practice, and saves comparing every name of a long article with all 233.
 */
export function byInitials<R extends { parts: string[] }>(refs: readonly R[]) {
  const buckets = new Map<string, R[]>();
  const keys = (parts: readonly string[]) => [
    `${parts.length}f${parts[0]?.[0]}`,
    `${parts.length}l${parts.at(-1)?.[0]}`,
  ];
  for (const r of refs) {
    for (const k of new Set(keys(r.parts))) {
      const list = buckets.get(k);
      if (list) list.push(r);
      else buckets.set(k, [r]);
    }
  }
  return (parts: readonly string[]): R[] => {
    const [first, last] = keys(parts).map(k => buckets.get(k as string) ?? []);
    return first === last || !last?.length
      ? (first ?? [])
      : [...new Set([...(first ?? []), ...last])];
  };
}

/**
 * The edit distance of two folded names if they look like one name spelled two ways: same number
 * of words, 1–2 edits on at least 8 characters, each differing word at least four letters long,
 * given names at most one edit apart (another given name is another person: Anna vs Christian
 * Lindner, Wei vs Mei) and the surname one edit apart, or two if it has seven letters or more
 * (Schulte is not Scholz, Marin is not Macron). Null otherwise.
 */
export function nearVariant(a: readonly string[], b: readonly string[]): number | null {
  if (a.length !== b.length || a.length < 2) return null;
  // cheap tests first: a long article has thousands of pairs to compare
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x === y) continue;
    if (Math.min(x.length, y.length) < 4) return null;
    if (Math.abs(x.length - y.length) > wordLimit(i, a.length, x, y)) return null;
  }
  if (Math.min(joinedLength(a), joinedLength(b)) < 8) return null;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    const limit = wordLimit(i, a.length, x, y);
    if (x !== y && editDistance(x, y, limit) > limit) return null;
  }
  // joined only now: most pairs fail a test above
  const ja = a.join(' ');
  const jb = b.join(' ');
  if (ja + 's' === jb || jb + 's' === ja) return null;
  const whole = editDistance(ja, jb, 2);
  return whole === 0 || whole > 2 ? null : whole;
}

/** The length of the words joined by spaces. */
function joinedLength(words: readonly string[]): number {
  let n = words.length - 1;
  for (const w of words) n += w.length;
  return n;
}

/** A surname of seven letters or more may take two edits; a given name one. */
const wordLimit = (i: number, words: number, x: string, y: string) =>
  i === words - 1 && Math.max(x.length, y.length) >= 7 ? 2 : 1;

/** Pairs of spellings of as many words sharing a first or a last word: the only ones worth comparing. */
export function candidatePairs<S extends { key: string; parts: string[] }>(
  spellings: readonly S[],
): [S, S][] {
  // spellings by number, in buckets by first and by last word
  const buckets = new Map<string, number[]>();
  spellings.forEach((s, n) => {
    for (const k of [`f:${s.parts[0]}`, `l:${s.parts.at(-1)}`]) {
      const list = buckets.get(k);
      if (list) list.push(n);
      else buckets.set(k, [n]);
    }
  });
  // a pair sharing both words is met in two buckets, and kept where first met; only such
  // a pair is looked up: a long text has tens of thousands of pairs, few of them such
  const seen = new Set<number>();
  const pairs: [S, S][] = [];
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) {
      const x = list[i] as number;
      const a = spellings[x] as S;
      for (let j = i + 1; j < list.length; j++) {
        const y = list[j] as number;
        const b = spellings[y] as S;
        if (a.parts.length !== b.parts.length) continue;
        if (a.parts[0] === b.parts[0] && a.parts.at(-1) === b.parts.at(-1)) {
          const id = x < y ? x * spellings.length + y : y * spellings.length + x;
          if (seen.has(id)) continue;
          seen.add(id);
        }
        pairs.push([a, b]);
      }
    }
  }
  return pairs;
}
