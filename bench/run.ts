// The performance suite: npm run bench [-- --scale] [-- --seed n]
// Exits non-zero only if an annotation is anchored to a wrong place or the harness fails;
// a figure over its budget is reported, not fatal.
import path from 'node:path';
import { launchPlain } from './harness/profile';
import { buildFloors } from './floors/build';
import { BENCH_DIST, buildApp, ROOT, startPreview } from './harness/server';
import { figure } from './report/figure';
import { describeMachine } from './report/machine';
import { writeResult } from './report/results';
import { formatTable } from './report/table';
import { runScale } from './scale';
import { firstScreenBundle } from './steps/bundle';
import { runSuite } from './suite';

const arg = (name: string) => process.argv.indexOf(`--${name}`);
const seed = arg('seed') === -1 ? 20240611 : Number(process.argv[arg('seed') + 1]);
const scale = arg('scale') !== -1;
// a small workload and few runs, to try the harness on a busy machine; its figures mean little
const quick = arg('quick') !== -1;
const log = (line: string) => console.error(`[bench] ${line}`);

const started = Date.now();
log('building the app (vite build)');
await buildApp();
await buildFloors();
const bundle = firstScreenBundle(BENCH_DIST);
const browser = await launchPlain();
const machine = describeMachine(browser.version());
await browser.close();
const preview = await startPreview();
log(`serving ${path.relative(ROOT, BENCH_DIST)} at ${preview.url}`);

try {
  if (scale) {
    await runScale({ url: preview.url, seed, machine, log });
  } else {
    const result = await runSuite({
      url: preview.url,
      seed,
      size: quick
        ? { codePoints: 200_000, annotations: 2_000 }
        : { codePoints: 1_000_000, annotations: 10_000 },
      runs: quick ? 2 : 5,
      annotateSamples: quick ? 3 : 20,
      frames: true,
      compare: true,
      desk: true,
      sync: true,
      log,
    });
    const figures = [
      ...result.figures,
      figure('first-screen JS, gzipped', [bundle.gzipBytes / 1024], {
        budget: 250,
        unit: 'kB',
        note: `${bundle.files.join(', ')} (${(bundle.rawBytes / 1024).toFixed(0)} kB raw): entry, modulepreloads and their static imports; gzip -9`,
      }),
    ];
    const seconds = Math.round((Date.now() - started) / 1000);
    // a quick run is printed, never written over the last full run's results
    const file = quick
      ? undefined
      : await writeResult('latest.json', {
          date: new Date().toISOString(),
          seed,
          seconds,
          machine,
          workload: result.workload,
          wrong: result.wrong,
          figures,
        });
    console.log(
      formatTable(
        quick
          ? `Factmark bench, quick — 0.2 MB article, 2,000 annotations, seed ${seed} (${seconds} s)`
          : `Factmark bench — 1 MB article, 10,000 annotations, seed ${seed} (${seconds} s)`,
        machine,
        figures,
      ),
    );
    if (file) console.log(`\nwritten: ${path.relative(ROOT, file)}`);
    if (result.wrong > 0) {
      console.error(`FAIL: ${result.wrong} annotations anchored to a wrong place (or lost)`);
      process.exitCode = 1;
    }
  }
} finally {
  preview.stop();
}
