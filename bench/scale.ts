import path from 'node:path';
import { launchPlain } from './harness/profile';
import { chartSvg, type Panel } from './report/chart';
import type { Figure } from './report/figure';
import type { Machine } from './report/machine';
import { RESULTS_DIR, writeResult } from './report/results';
import { formatTable } from './report/table';
import { runSuite, type SuiteResult } from './suite';
import type { WorkloadSize } from './workload/generate';

interface Point {
  label: string;
  size: WorkloadSize;
}

// 1,000 on 0.1 MB keeps the main run's density; 10,000 there would be one every 10 characters
const BY_ANNOTATIONS: Point[] = [
  { label: '1k', size: { codePoints: 1_000_000, annotations: 1_000 } },
  { label: '10k', size: { codePoints: 1_000_000, annotations: 10_000 } },
  { label: '50k', size: { codePoints: 1_000_000, annotations: 50_000 } },
];
const BY_TEXT: Point[] = [
  { label: '0.1 MB', size: { codePoints: 100_000, annotations: 1_000 } },
  { label: '1 MB', size: { codePoints: 1_000_000, annotations: 10_000 } },
  { label: '4 MB', size: { codePoints: 4_000_000, annotations: 10_000 } },
];

const key = (s: WorkloadSize) => `${s.codePoints}/${s.annotations}`;
/** A figure's step without the sizes in its name, so that the same step lines up across sizes. */
const stepOf = (f: Figure) =>
  f.step
    .replace(/ \(\d+\)/, '')
    .replace(/\b\d+(-annotation)? (?=in the app|file)/, '')
    .replace(/\d+ characters inserted/, 'text inserted');

/**
 * The same steps (fewer runs, no frame or Node comparison) at 1k, 10k and 50k
 * annotations on 1 MB, and on 0.1, 1 and 4 MB of text; writes scale.json and
 * a chart of the medians, drawn as SVG and photographed by Chromium.
 */
export async function runScale(o: {
  url: string;
  seed: number;
  machine: Machine;
  log: (line: string) => void;
}): Promise<void> {
  const started = Date.now();
  const done = new Map<string, SuiteResult>();
  const failed: { size: WorkloadSize; error: string }[] = [];
  for (const { size } of [...BY_ANNOTATIONS, ...BY_TEXT]) {
    if (done.has(key(size))) continue;
    o.log(`scale: ${size.codePoints} code points, ${size.annotations} annotations`);
    let result: SuiteResult;
    try {
      result = await runSuite({
        ...o,
        size,
        runs: 3,
        annotateSamples: 5,
        frames: false,
        compare: false,
        desk: true,
        sync: true,
      });
    } catch (err) {
      // one size that does not finish is a finding, not a reason to lose the others
      const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
      o.log(`scale: ${key(size)} did not finish: ${why}`);
      failed.push({ size, error: why ?? '' });
      continue;
    }
    done.set(key(size), result);
    console.log(
      `${formatTable(`${size.codePoints} code points, ${size.annotations} annotations`, o.machine, result.figures)}\n`,
    );
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  const points = [...done].map(([, r]) => ({
    workload: r.workload,
    wrong: r.wrong,
    figures: r.figures,
  }));
  await writeResult('scale.json', {
    date: new Date().toISOString(),
    seed: o.seed,
    seconds,
    machine: o.machine,
    points,
    failed,
  });
  const panels: Panel[] = [
    panel('1 MB of text, by annotations', 'annotations', BY_ANNOTATIONS, done, 'ms'),
    panel('10,000 annotations (1,000 on 0.1 MB), by text', 'text', BY_TEXT, done, 'ms'),
    panel('Ratio to the floor, by annotations', 'annotations', BY_ANNOTATIONS, done, 'ratio'),
    panel('Ratio to the floor, by text', 'text', BY_TEXT, done, 'ratio'),
  ];
  const svg = chartSvg(
    `Factmark bench: medians, ${o.machine.cpu}, ${o.machine.cores} cores`,
    panels,
  );
  await screenshot(svg, path.join(RESULTS_DIR, 'scale.png'));
  const wrong = points.reduce((sum, p) => sum + p.wrong, 0);
  console.log(
    `scaling took ${seconds} s; written: bench/results/scale.json, bench/results/scale.png`,
  );
  if (wrong > 0) {
    console.error(`FAIL: ${wrong} annotations anchored to a wrong place (or lost)`);
    process.exitCode = 1;
  }
}

/** A panel of medians in milliseconds, or of the ratios to their floors of the steps that have one. */
function panel(
  title: string,
  xLabel: string,
  points: Point[],
  done: Map<string, SuiteResult>,
  unit: 'ms' | 'ratio',
): Panel {
  // times only: the wrong-anchor counts are checked, not charted
  const timed = (p: Point) =>
    done
      .get(key(p.size))
      ?.figures.filter(f => f.unit === 'ms' && (unit === 'ms' || typeof f.ratio === 'number')) ??
    [];
  const value = (f: Figure | undefined) => (unit === 'ms' ? f?.median : f?.ratio) ?? null;
  const steps = [...new Set(points.flatMap(p => timed(p).map(stepOf)))];
  return {
    title,
    xLabel,
    unit,
    series: steps.map(name => ({
      name,
      points: points.map(p => ({ x: p.label, y: value(timed(p).find(g => stepOf(g) === name)) })),
    })),
  };
}

async function screenshot(svg: string, file: string): Promise<void> {
  const browser = await launchPlain();
  try {
    const page = await browser.newPage({ viewport: { width: 1120, height: 600 } });
    await page.setContent(`<body style="margin:0">${svg}</body>`);
    await page.locator('svg').screenshot({ path: file });
  } finally {
    await browser.close();
  }
}
