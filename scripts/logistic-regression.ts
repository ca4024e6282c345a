/**
 * L2-penalised logistic regression on yes/no features, fitted by Newton's method: a few
 * dozen features and some hundreds of sentences, so the exact Hessian is small and a handful
 * of steps converge. Plain TypeScript; used by scripts/fit-claims.ts.
 */

/** One example: the indices of the features that fire on it, and its label. */
export interface Sample {
  on: readonly number[];
  y: 0 | 1;
}

export interface Fit {
  bias: number;
  weights: number[];
  /** Newton steps taken, and whether the last one moved the weights by less than `tolerance`. */
  steps: number;
  converged: boolean;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's probability that a sample is positive. */
export const predict = (fit: Pick<Fit, 'bias' | 'weights'>, on: readonly number[]) =>
  sigmoid(on.reduce((z, j) => z + (fit.weights[j] as number), fit.bias));

/**
 * The weights minimising the log loss plus `lambda`/2 times the squared weights (the bias is
 * not penalised) over `samples`, with `dims` features.
 */
export function fitLogistic(
  samples: readonly Sample[],
  dims: number,
  lambda: number,
  { maxSteps = 100, tolerance = 1e-9 } = {},
): Fit {
  // θ[0] is the bias, θ[j + 1] feature j's weight
  const n = dims + 1;
  const theta = new Array<number>(n).fill(0);
  for (let step = 1; step <= maxSteps; step++) {
    const gradient = new Array<number>(n).fill(0);
    const hessian = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (const s of samples) {
      const p = sigmoid(s.on.reduce((z, j) => z + (theta[j + 1] as number), theta[0] as number));
      const r = p - s.y;
      const w = p * (1 - p);
      const idx = [0, ...s.on.map(j => j + 1)];
      for (const a of idx) {
        gradient[a] = (gradient[a] as number) + r;
        const row = hessian[a] as number[];
        for (const b of idx) row[b] = (row[b] as number) + w;
      }
    }
    for (let a = 0; a < n; a++) {
      const row = hessian[a] as number[];
      // the bias gets a tiny ridge only to keep the system solvable
      const ridge = a === 0 ? 1e-9 : lambda;
      gradient[a] = (gradient[a] as number) + (a === 0 ? 0 : lambda * (theta[a] as number));
      row[a] = (row[a] as number) + ridge;
    }
    const delta = solve(hessian, gradient);
    let moved = 0;
    for (let a = 0; a < n; a++) {
      theta[a] = (theta[a] as number) - (delta[a] as number);
      moved = Math.max(moved, Math.abs(delta[a] as number));
    }
    if (moved < tolerance) {
      return { bias: theta[0] as number, weights: theta.slice(1), steps: step, converged: true };
    }
  }
  return { bias: theta[0] as number, weights: theta.slice(1), steps: maxSteps, converged: false };
}

/** x with A x = b, by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i] as number]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) {
      if (Math.abs(a[r]?.[col] as number) > Math.abs(a[pivot]?.[col] as number)) pivot = r;
    }
    [a[col], a[pivot]] = [a[pivot] as number[], a[col] as number[]];
    const top = a[col] as number[];
    for (let r = col + 1; r < n; r++) {
      const row = a[r] as number[];
      const f = (row[col] as number) / (top[col] as number);
      if (f === 0) continue;
      for (let c = col; c <= n; c++) row[c] = (row[c] as number) - f * (top[c] as number);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    const row = a[r] as number[];
    let s = row[n] as number;
    for (let c = r + 1; c < n; c++) s -= (row[c] as number) * (x[c] as number);
    x[r] = s / (row[r] as number);
  }
  return x;
}
