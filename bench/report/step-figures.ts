import type { FloorSet } from '../steps/floor-phase';
import { figure, type Figure } from './figure';

/**
 * Each step's budget as a multiple of its floor, measured in the same run
 * (docs/performance.md, "Floors"): it holds on any machine, where the
 * absolute budgets (kept beside them) measure the machine as well.
 * Re-anchoring's ratio is for information.
 */
export const RATIO_BUDGETS = {
  open: 1.5,
  load: 1.3,
  import: 1.5,
  export: 1.3,
  spot: 1.5,
  mergePreview: 3,
  mergeWrite: 2,
  agreement: 10,
} as const;

/** The values that were measured. */
export const ms = (xs: (number | undefined)[]) => xs.filter((x): x is number => x !== undefined);

/** "median 120 ms of 5", or "not set". */
export function describe(xs: readonly number[]): string {
  if (xs.length === 0) return 'not set';
  const sorted = [...xs].sort((a, b) => a - b);
  return `median ${sorted[Math.floor((sorted.length - 1) / 2)]?.toFixed(0)} ms of ${xs.length}`;
}

/** Opening: the app's mark, or what the harness saw when the mark is absent. */
export function openFigure(outside: number[], marks: number[], floors: FloorSet): Figure {
  const cross = `seen from outside (first highlight in view appears, then rAF + macrotask, ms since navigation start): ${describe(outside)}`;
  return marks.length
    ? figure('open the app until highlights in view painted', marks, {
        budget: 600,
        floor: floors.open,
        ratioBudget: RATIO_BUDGETS.open,
        note: `app's fm:first-highlights mark; ${cross}`,
      })
    : figure('open the app until highlights in view painted', outside, {
        budget: 600,
        note: `the app sets no fm:first-highlights mark yet, so this is ${cross}`,
      });
}

/** Reading all the annotations: the app's measure. */
export function loadFigure(loads: number[], floors: FloorSet): Figure {
  return figure('load annotations from IndexedDB', loads, {
    budget: 500,
    floor: floors.load,
    ratioBudget: RATIO_BUDGETS.load,
    note: loads.length
      ? "app's fm:load-annotations measure after each reload"
      : 'not measured: the app sets no fm:load-annotations measure yet, and the read has no visible end of its own',
  });
}

/** Importing the workload's file, one fresh profile each. */
export function importFigure(
  n: number,
  imports: { visibleMs: number; measureMs: number | undefined }[],
  floors: FloorSet | undefined,
) {
  return figure(
    `import the ${n}-annotation file`,
    imports.map(i => i.visibleMs),
    {
      budget: 4000,
      ...(floors && { floor: floors.import, ratioBudget: RATIO_BUDGETS.import }),
      note: `file chosen (input change event) to the frame after the import notice, one fresh profile each; app's fm:import: ${describe(ms(imports.map(i => i.measureMs)))}`,
    },
  );
}
