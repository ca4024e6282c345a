// Issue 19's desk-sync steps alone: npx tsx bench/sync-only.ts [--quick] [--seed n] [--runs n]
// The same steps `npm run bench` runs, without the others, to work on them on a busy machine;
// prints the table, writes no results file.
import { loadAverage } from './harness/bench-desk';
import { prepareStepsAlone } from './harness/steps-alone';
import { formatTable } from './report/table';
import { syncFigures } from './steps/sync';
import { CLIENTS_UP_TO } from './steps/sync-clients';
import { workloadDir } from './suite';

const { seed, quick, arg, log, machine, w, files, started } = await prepareStepsAlone();
const { base } = files;
const figures = await syncFigures(w, {
  file: base,
  dir: workloadDir(w),
  // fewer fresh browsers (--runs 1) when only the edits are wanted, as for a CPU profile of them
  runs: arg('runs') === -1 ? (quick ? 2 : 3) : Number(process.argv[arg('runs') + 1]),
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
