// Issue 19's desk-sync steps alone: npx tsx bench/sync-only.ts [--quick] [--seed n]
// The same steps `npm run bench` runs, without the others, to work on them on a busy machine;
// prints the table, writes no results file.
import { buildFloors } from './floors/build';
import { launchPlain } from './harness/profile';
import { loadAverage } from './harness/bench-desk';
import { buildApp } from './harness/server';
import { describeMachine } from './report/machine';
import { formatTable } from './report/table';
import { syncFigures } from './steps/sync';
import { CLIENTS_UP_TO } from './steps/sync-clients';
import { workloadDir, writeWorkload } from './suite';
import { generateWorkload } from './workload/generate';

const arg = (name: string) => process.argv.indexOf(`--${name}`);
const seed = arg('seed') === -1 ? 20240611 : Number(process.argv[arg('seed') + 1]);
const quick = arg('quick') !== -1;
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
  quick
    ? { codePoints: 200_000, annotations: 2_000 }
    : { codePoints: 1_000_000, annotations: 10_000 },
);
const { base } = writeWorkload(w);
const figures = await syncFigures(w, {
  file: base,
  dir: workloadDir(w),
  runs: quick ? 2 : 3,
  edits: 20,
  clients: w.annotations.length <= CLIENTS_UP_TO ? 50 : 0,
  log,
});
const seconds = Math.round((Date.now() - started) / 1000);
console.log(
  formatTable(
    `Factmark bench, desk sync only — ${w.annotations.length} annotations, seed ${seed} (${seconds} s, load average at the end ${loadAverage()})`,
    machine,
    figures,
  ),
);
