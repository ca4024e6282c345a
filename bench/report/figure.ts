/** How a figure compares with its budget. */
export type Outcome = 'pass' | 'fail' | 'not measured' | 'info';

/** One row of the report: a step's figure, its budget and whether it was met. */
export interface Figure {
  step: string;
  /** Which statistic `value` is ("median", "p95", "worst", "total", "count"). */
  stat: string;
  value: number | null;
  unit: string;
  /** The budget for `value`, in `unit`; null where there is none (figures for information). */
  budget: number | null;
  outcome: Outcome;
  runs: number[];
  median?: number;
  p95?: number;
  /** How it was measured, or why it was not. */
  note: string;
}

/** The q-quantile (0..1) of the values, by the nearest-rank method. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1] ?? NaN;
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

const round = (x: number) => Math.round(x * 10) / 10;

/**
 * A figure from its runs: `stat` picks the value compared with the budget
 * (at most the budget passes). No runs gives "not measured" with the note.
 */
export function figure(
  step: string,
  runs: readonly number[],
  opts: { stat?: 'median' | 'p95' | 'worst'; unit?: string; budget?: number | null; note: string },
): Figure {
  const { stat = 'median', unit = 'ms', budget = null, note } = opts;
  if (runs.length === 0) {
    return { step, stat, value: null, unit, budget, outcome: 'not measured', runs: [], note };
  }
  const value =
    stat === 'worst' ? Math.max(...runs) : stat === 'p95' ? quantile(runs, 0.95) : median(runs);
  return {
    step,
    stat,
    value: round(value),
    unit,
    budget,
    outcome: budget === null ? 'info' : value <= budget ? 'pass' : 'fail',
    runs: runs.map(round),
    median: round(median(runs)),
    ...(runs.length > 1 && { p95: round(quantile(runs, 0.95)) }),
    note,
  };
}
