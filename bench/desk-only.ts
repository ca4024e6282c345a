// Issue 18's desk steps alone: npx tsx bench/desk-only.ts [--quick] [--runs n] [--seed n] [--annotations n] [--profile dir]
// The merge and the Agreement panel as `npm run bench` runs them, without the other steps, to work
// on them on a busy machine; prints the table, writes no results file. `--profile` also writes a
// CPU profile of the page (Chromium's DevTools protocol) across each merge, preview and Merge, into dir.
import { loadAverage } from './harness/bench-desk';
import { startPreview } from './harness/server';
import { prepareStepsAlone } from './harness/steps-alone';
import { formatTable } from './report/table';
import { deskFigures } from './steps/desk';
import { workloadDir } from './suite';

const { seed, quick, arg, log, machine, w, started } = await prepareStepsAlone();
const value = (name: string) => process.argv[arg(name) + 1];
const runs = arg('runs') === -1 ? (quick ? 2 : 3) : Number(value('runs'));
const profileDir = arg('profile') === -1 ? undefined : value('profile');
const preview = await startPreview();
try {
  const figures = await deskFigures(w, {
    url: preview.url,
    seed,
    dir: workloadDir(w),
    runs,
    log,
    ...(profileDir !== undefined && { profileDir }),
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(
    formatTable(
      `Factmark bench, desk merge and agreement only — ${w.annotations.length} annotations, seed ${seed} (${seconds} s, load average at the end ${loadAverage()})`,
      machine,
      figures,
    ),
  );
} finally {
  preview.stop();
}
