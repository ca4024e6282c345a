/** The difference function of Krippendorff's α: how far apart two values count as. */
export type AlphaMetric = 'nominal' | 'ordinal' | 'interval';

/**
 * Krippendorff's α for reliability data given as units, each the values its
 * coders gave (missing values simply left out; a unit with fewer than two
 * values is not pairable and counts for nothing). Values are numbers: codes
 * for `nominal`, ranks for `ordinal` (only their order matters), quantities
 * for `interval`. Undefined when no unit is pairable or the values never vary
 * (α is then 0/0). Follows Krippendorff, "Computing Krippendorff's
 * Alpha-Reliability" (2011): coincidences, then 1 − (n−1)·Σo·δ² / Σn·n·δ².
 */
export function krippendorffAlpha(
  units: readonly (readonly number[])[],
  metric: AlphaMetric,
): number | undefined {
  // a panel of 10,000 claims calls this twice on opening: no array made per unit
  const seen = new Set<number>();
  let longest = 0;
  for (const unit of units) {
    if (unit.length < 2) continue;
    longest = Math.max(longest, unit.length);
    for (const v of unit) seen.add(v);
  }
  const values = [...seen].sort((a, b) => a - b);
  if (values.length === 0) return undefined;
  const index = new Map(values.map((v, i) => [v, i]));
  const size = values.length;
  // the coincidence matrix, flattened: o[c * size + k]
  const o = new Float64Array(size * size);
  const at = new Int32Array(longest);
  for (const unit of units) {
    const m = unit.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i++) at[i] = index.get(unit[i] as number) as number;
    for (let i = 0; i < m; i++)
      for (let j = 0; j < m; j++) {
        const cell = (at[i] as number) * size + (at[j] as number);
        if (i !== j) o[cell] = (o[cell] as number) + 1 / (m - 1);
      }
  }
  const nc = Array.from({ length: size }, (_, c) => {
    let sum = 0;
    for (let k = 0; k < size; k++) sum += o[c * size + k] as number;
    return sum;
  });
  const n = nc.reduce((a, b) => a + b, 0);
  const delta = distance(metric, values, nc);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++)
    for (let k = 0; k < size; k++) {
      const d = delta(c, k);
      observed += (o[c * size + k] as number) * d;
      expected += (nc[c] as number) * (nc[k] as number) * d;
    }
  if (expected === 0) return undefined;
  return 1 - ((n - 1) * observed) / expected;
}

/** δ² between the c-th and k-th of the sorted `values`, whose pairable counts are `nc`. */
function distance(
  metric: AlphaMetric,
  values: readonly number[],
  nc: readonly number[],
): (c: number, k: number) => number {
  if (metric === 'nominal') return (c, k) => (c === k ? 0 : 1);
  if (metric === 'interval') return (c, k) => ((values[c] as number) - (values[k] as number)) ** 2;
  // ordinal: the values between two ranks, counted by how often they occur, less half of the two ends
  const cumulative = [0];
  for (const count of nc) cumulative.push((cumulative[cumulative.length - 1] as number) + count);
  return (c, k) => {
    const [lo, hi] = c <= k ? [c, k] : [k, c];
    const between = (cumulative[hi + 1] as number) - (cumulative[lo] as number);
    return (between - ((nc[c] as number) + (nc[k] as number)) / 2) ** 2;
  };
}
