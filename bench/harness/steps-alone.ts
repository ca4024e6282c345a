import { buildFloors } from '../floors/build';
import { describeMachine, type Machine } from '../report/machine';
import { writeWorkload } from '../suite';
import { generateWorkload, type Workload } from '../workload/generate';
import { loadAverage } from './bench-desk';
import { launchPlain } from './profile';
import { buildApp } from './server';

/** What a script running some steps alone (`sync-only.ts`, `desk-only.ts`) starts from. */
export interface StepsAlone {
  seed: number;
  quick: boolean;
  /** The index of `--name` in the command's arguments, -1 if absent. */
  arg: (name: string) => number;
  log: (line: string) => void;
  machine: Machine;
  w: Workload;
  /** The workload's files, as `writeWorkload` wrote them. */
  files: { base: string; edited: string[] };
  started: number;
}

/**
 * Reads `--seed`, `--quick` and `--annotations`, builds the app and the
 * floors, describes the machine and writes the workload (2,000 annotations on
 * 0.2 MB with `--quick`, else 10,000 on 1 MB, or as many as `--annotations`
 * says on 1 MB: the scaling run's sizes, one at a time), logging the load
 * average first.
 */
export async function prepareStepsAlone(): Promise<StepsAlone> {
  const arg = (name: string) => process.argv.indexOf(`--${name}`);
  const seed = arg('seed') === -1 ? 20240611 : Number(process.argv[arg('seed') + 1]);
  const quick = arg('quick') !== -1;
  const annotations =
    arg('annotations') === -1 ? 10_000 : Number(process.argv[arg('annotations') + 1]);
  if (!Number.isInteger(annotations) || annotations < 1)
    throw new Error('--annotations takes a whole number of annotations, such as 50000');
  const log = (line: string) => console.error(`[bench] ${line}`);
  const started = Date.now();
  log(`load average at the start: ${loadAverage()}`);
  await buildApp();
  await buildFloors();
  const browser = await launchPlain();
  const machine = describeMachine(browser.version());
  await browser.close();
  const w = await generateWorkload(
    seed,
    quick ? { codePoints: 200_000, annotations: 2_000 } : { codePoints: 1_000_000, annotations },
  );
  return { seed, quick, arg, log, machine, w, files: writeWorkload(w), started };
}
