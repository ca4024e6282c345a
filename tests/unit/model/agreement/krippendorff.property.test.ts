import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { krippendorffAlpha, type AlphaMetric } from '../../../../src/model/agreement/krippendorff';

/** α as the 2011 paper computes it, with the arrays it names, for the property below. */
function alphaByDefinition(data: readonly (readonly number[])[], metric: AlphaMetric) {
  const pairable = data.filter(u => u.length > 1);
  const values = [...new Set(pairable.flat())].sort((x, y) => x - y);
  if (values.length === 0) return undefined;
  const at = (xs: readonly number[], i: number) => xs[i] ?? 0;
  // the coincidences o(c, k), by the values' places in `values`
  const o = new Map<string, number>();
  const coincide = (c: number, k: number) => o.get(`${c} ${k}`) ?? 0;
  for (const u of pairable)
    u.forEach((v, i) =>
      u.forEach((w, j) => {
        const key = `${values.indexOf(v)} ${values.indexOf(w)}`;
        if (i !== j) o.set(key, (o.get(key) ?? 0) + 1 / (u.length - 1));
      }),
    );
  const nc = values.map((_, c) => values.reduce((sum, _w, k) => sum + coincide(c, k), 0));
  const n = nc.reduce((x, y) => x + y, 0);
  const delta = (c: number, k: number) => {
    if (metric === 'nominal') return c === k ? 0 : 1;
    if (metric === 'interval') return (at(values, c) - at(values, k)) ** 2;
    const [lo, hi] = c <= k ? [c, k] : [k, c];
    let between = 0;
    for (let g = lo; g <= hi; g++) between += at(nc, g);
    return (between - (at(nc, c) + at(nc, k)) / 2) ** 2;
  };
  let [observed, expected] = [0, 0];
  for (let c = 0; c < values.length; c++)
    for (let k = 0; k < values.length; k++) {
      observed += coincide(c, k) * delta(c, k);
      expected += at(nc, c) * at(nc, k) * delta(c, k);
    }
  return expected === 0 ? undefined : 1 - ((n - 1) * observed) / expected;
}

describe('Krippendorff’s α over any data', () => {
  it('gives α as the definition computes it, on every metric', () => {
    const data = fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 5 }), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(data, fc.constantFrom<AlphaMetric>('nominal', 'ordinal', 'interval'), (d, m) => {
        const [got, want] = [krippendorffAlpha(d, m), alphaByDefinition(d, m)];
        if (want === undefined) expect(got).toBeUndefined();
        else expect(got).toBeCloseTo(want, 9);
      }),
      { numRuns: 1000 },
    );
  });
});
