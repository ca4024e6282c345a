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
  /** The median of the step's floor measured in the same run on the same data, in `unit`; null where none was measured. */
  floor?: number | null;
  floorRuns?: number[];
  /** What the floor is. */
  floorNote?: string;
  /** `value` / `floor`. */
  ratio?: number | null;
  /** The budget for `ratio`: the step's outcome when set. */
  ratioBudget?: number | null;
  /** How `value` compares with the absolute `budget`, where the outcome is the ratio's. */
  absolute?: Outcome;
  /** For a frame watch: how many of its frames exceeded each limit. */
  framesOver?: { limitsMs: readonly number[]; counts: number[]; frames: number };
}

/** A step's floor: its runs and what it is. */
export interface FloorRuns {
  runs: readonly number[];
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

const judged = (value: number, budget: number | null): Outcome =>
  budget === null ? 'info' : value <= budget ? 'pass' : 'fail';

/**
 * A figure from its runs: `stat` picks the value compared with the budget
 * (at most the budget passes). No runs gives "not measured" with the note.
 * With a `floor`, the figure also carries the floor's median and the ratio
 * of `value` to it; with a `ratioBudget` too, the ratio decides the outcome
 * and the absolute budget is judged apart (`absolute`). A ratio budget
 * whose floor was not measured is "not measured".
 */
export function figure(
  step: string,
  runs: readonly number[],
  opts: {
    stat?: 'median' | 'p95' | 'worst';
    unit?: string;
    budget?: number | null;
    note: string;
    floor?: FloorRuns;
    ratioBudget?: number;
  },
): Figure {
  const { stat = 'median', unit = 'ms', budget = null, note } = opts;
  const floorRuns = opts.floor?.runs ?? [];
  const floor = floorRuns.length ? median(floorRuns) : null;
  const ratioBudget = opts.ratioBudget ?? null;
  const floorPart = opts.floor
    ? {
        floor: floor === null ? null : round(floor),
        floorRuns: floorRuns.map(round),
        floorNote: opts.floor.note,
        ratioBudget,
      }
    : {};
  if (runs.length === 0) {
    return {
      step,
      stat,
      value: null,
      unit,
      budget,
      outcome: 'not measured',
      runs: [],
      note,
      ...floorPart,
      ...(opts.floor && { ratio: null }),
    };
  }
  const value =
    stat === 'worst' ? Math.max(...runs) : stat === 'p95' ? quantile(runs, 0.95) : median(runs);
  const ratio = floor === null || floor <= 0 ? null : value / floor;
  const outcome =
    ratioBudget === null
      ? judged(value, budget)
      : ratio === null
        ? 'not measured'
        : judged(ratio, ratioBudget);
  return {
    step,
    stat,
    value: round(value),
    unit,
    budget,
    outcome,
    runs: runs.map(round),
    median: round(median(runs)),
    ...(runs.length > 1 && { p95: round(quantile(runs, 0.95)) }),
    note,
    ...floorPart,
    ...(opts.floor && { ratio: ratio === null ? null : Math.round(ratio * 100) / 100 }),
    ...(ratioBudget !== null && { absolute: judged(value, budget) }),
  };
}
