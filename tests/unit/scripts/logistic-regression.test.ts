import { describe, expect, it } from 'vitest';
import { fitLogistic, predict, type Sample } from '../../../scripts/logistic-regression';
import { seededRandom } from '../../e2e/seeded-random';

/** Samples drawn from a known model: each of three features fires with probability 0.4. */
function drawn(bias: number, weights: number[], n: number, seed: number): Sample[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => {
    const on = weights.flatMap((_, j) => (random() < 0.4 ? [j] : []));
    const p = predict({ bias, weights }, on);
    return { on, y: random() < p ? 1 : 0 };
  });
}

describe('fitLogistic', () => {
  it('recovers the weights its data was drawn from', () => {
    const fit = fitLogistic(drawn(-0.5, [2, -1.5, 0], 20_000, 7), 3, 0.01);
    expect(fit.converged).toBe(true);
    expect(fit.bias).toBeCloseTo(-0.5, 0);
    expect(fit.weights[0]).toBeCloseTo(2, 0);
    expect(fit.weights[1]).toBeCloseTo(-1.5, 0);
    expect(Math.abs(fit.weights[2] as number)).toBeLessThan(0.15);
  });

  it('shrinks the weights, not the bias, as the penalty grows', () => {
    const samples = drawn(-0.5, [2, -1.5, 0], 2_000, 11);
    const light = fitLogistic(samples, 3, 0.1);
    const heavy = fitLogistic(samples, 3, 100);
    expect(Math.abs(heavy.weights[0] as number)).toBeLessThan(Math.abs(light.weights[0] as number));
    expect(Math.abs(heavy.weights[1] as number)).toBeLessThan(Math.abs(light.weights[1] as number));
    // with weights near zero the bias alone carries the share of positives
    const share = samples.filter(s => s.y).length / samples.length;
    expect(predict(heavy, [])).toBeCloseTo(share, 1);
  });

  it('gives a feature that never fires no weight', () => {
    const samples = drawn(0.3, [1, 0], 1_000, 3).map(s => ({
      ...s,
      on: s.on.filter(j => j !== 1),
    }));
    expect(fitLogistic(samples, 2, 0.3).weights[1]).toBe(0);
  });
});
