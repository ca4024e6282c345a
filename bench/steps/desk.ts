import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { FLOORS_DIR } from '../floors/build';
import { BENCH_DIST } from '../harness/server';
import { agreementThroughUi, mergeThroughUi, type MergeTiming } from '../harness/desk-actions';
import { awaitEntry, lastMeasure } from '../harness/page-probes';
import { seededProfile } from '../harness/session';
import { figure, type Figure } from '../report/figure';
import { describe, ms, RATIO_BUDGETS } from '../report/step-figures';
import { deskWorkload } from '../workload/desk';
import type { Workload } from '../workload/generate';
import { callFloor, loadFloors } from './floors';
import { sameClaimsFigure } from './same-claims';
import { settled } from './frames';

const THEIR_FILE_URL = `/${FLOORS_DIR}/desk-theirs.factmark.json`;
const THEIR_RECORDS_URL = `/${FLOORS_DIR}/desk-their-records.json`;

export interface DeskOptions {
  url: string;
  seed: number;
  /** Where the desk's two files are written. */
  dir: string;
  /** Merges, each in a fresh profile holding the library; the panel is opened as often in each. */
  runs: number;
  log: (line: string) => void;
  /** Where to write a CPU profile of the page across each merge (preview and Merge), if anywhere. */
  profileDir?: string;
}

/** Reloads and waits until every annotation is read, the spotter has answered and the page has settled. */
async function readAll(page: Page): Promise<void> {
  await page.reload();
  await awaitEntry(page, 'fm:load-annotations', 120_000);
  // the spotter's workers take the cores for seconds: no step or floor shares them
  await awaitEntry(page, 'fm:spot:worker', 120_000);
  await settled(page);
}

/**
 * Issue 18's desk steps on the workload's article: the Agreement panel on
 * the library (every annotation a claim assessed by three reviewers), and
 * the merge of a colleague's file of as many annotations (half the same
 * claims with diverged chains, half new, a twentieth of the library deleted
 * by them), its preview and its one transaction timed apart. Each beside its
 * floor, measured in the same profile on the same data (bench/floors/desk-floors.ts).
 */
export async function deskFigures(w: Workload, o: DeskOptions): Promise<Figure[]> {
  const desk = deskWorkload(w, o.seed);
  const n = w.annotations.length;
  const library = path.join(o.dir, 'desk-library.factmark.json');
  const theirs = path.join(o.dir, 'desk-theirs.factmark.json');
  writeFileSync(library, desk.library);
  writeFileSync(theirs, desk.theirs);
  // served by the preview, for the floors to fetch
  writeFileSync(path.join(BENCH_DIST, THEIR_FILE_URL), desk.theirs);
  writeFileSync(
    path.join(BENCH_DIST, THEIR_RECORDS_URL),
    JSON.stringify({ records: desk.theirRecords, tombstones: desk.theirTombstones }),
  );
  const agreements: number[] = [];
  const merges: MergeTiming[] = [];
  const floors = { agreement: [] as number[], preview: [] as number[], write: [] as number[] };
  const failures: string[] = [];
  for (let i = 0; i < o.runs; i++) {
    o.log(`desk: library of ${n} claims, merge run ${i + 1} of ${o.runs}`);
    const s = await seededProfile(o.url, library).catch((err: unknown) => {
      failures.push(`run ${i + 1}: ${firstLine(err)}`);
      return undefined;
    });
    if (!s) continue;
    const { page } = s;
    try {
      await readAll(page);
      agreements.push(await agreementThroughUi(page));
      await loadFloors(page);
      floors.agreement.push((await callFloor(page, 'agreementFloor', w.article.id)).ms);
      // the colleague's file and records, fetched by the page once, untimed, for the merge's floors
      const fetched = await callFloor(page, 'loadDeskData', THEIR_FILE_URL, THEIR_RECORDS_URL);
      o.log(
        `desk: the colleague's file and records fetched by the page in ${fetched.ms.toFixed(0)} ms`,
      );
      floors.preview.push((await callFloor(page, 'mergePreviewFloor', w.article.id)).ms);
      floors.write.push((await callFloor(page, 'mergeWriteFloor')).ms);
      await page.evaluate(() => (window.__benchDesk = undefined));
      await settled(page);
      const merged = await profiled(
        page,
        o.profileDir && path.join(o.profileDir, `merge-${n}-${i + 1}.cpuprofile`),
        () => mergeThroughUi(page, theirs),
      );
      if (!merged.notice.startsWith('Imported')) throw new Error(`not merged: ${merged.notice}`);
      merges.push(merged);
      o.log(`desk: merge run ${i + 1}: ${await phases(page)}`);
    } catch (err) {
      failures.push(`run ${i + 1}: ${firstLine(err)}`);
    } finally {
      // a browser that crashed cannot be closed: said, and the other figures kept (at 50,000 this
      // threw out of the step, and the scaling run lost every figure of the size)
      await s.profile
        .dispose()
        .catch((err: unknown) => failures.push(`run ${i + 1}, closing: ${firstLine(err)}`));
    }
  }
  const failed = failures.length ? ` Failed: ${failures.join('; ')}` : '';
  const what = `${n} annotations here, ${desk.counts.claims} in the colleague's file (${desk.counts.diverged} diverged, ${desk.counts.added} new, ${desk.counts.tombstones} deletions)`;
  const previews = merges.map(m => m.previewMs);
  const writes = merges.map(m => m.mergeMs);
  return [
    sameClaimsFigure(desk, 20),
    figure(`merge a colleague's file: preview (${n})`, previews, {
      floor: {
        runs: floors.preview,
        note: "JSON.parse of the colleague's file and one raw getAll of the article's records here, to the frame after, in the same profile.",
      },
      ratioBudget: RATIO_BUDGETS.mergePreview,
      note: `file chosen (input change event) to the frame after "Merge into …?" appeared; ${what}; one fresh profile each.${failed}`,
    }),
    figure(`merge a colleague's file: Merge → written (${n})`, writes, {
      floor: {
        runs: floors.write,
        note: "raw puts of the colleague's records and tombstones in one readwrite transaction, to its commit, into a scratch database with the app's indexes.",
      },
      ratioBudget: RATIO_BUDGETS.mergeWrite,
      note: `Merge clicked (in the page) to the frame after the import's notice; app's fm:import (file to written, the preview's wait left out): ${describe(ms(merges.map(m => m.measureMs)))}; ${merges[0]?.notice ?? 'no merge'}`,
    }),
    figure(
      `merge a colleague's file, preview included (${n})`,
      merges.map(m => m.previewMs + m.mergeMs),
      {
        budget: 3000,
        note: "issue 18's absolute figure: the two rows above added, the reviewer's time on the preview left out",
      },
    ),
    figure(`Agreement panel, claims by 3 reviewers (${n})`, agreements, {
      budget: 200,
      floor: {
        runs: floors.agreement,
        note: 'one pass over the same claims’ assessments (read raw, untimed) tallying every pair of reviewers’ verdicts, then the frame after.',
      },
      ratioBudget: RATIO_BUDGETS.agreement,
      note: `the toolbar's Agreement clicked (in the page) to the frame after its figures appeared, on this article; once per profile, after every annotation was read.${failed}`,
    }),
  ];
}

/** The app's own measures of the last merge's parts, for the log. */
async function phases(page: Page): Promise<string> {
  const names = [
    'fm:import:check',
    'fm:merge:preview',
    'fm:import:write',
    'fm:reanchor',
    'fm:import',
  ];
  const parts = await Promise.all(
    names.map(async name => [name, await lastMeasure(page, name)] as const),
  );
  return parts
    .map(([name, d]) => `${name} ${d === undefined ? '–' : `${Math.round(d)} ms`}`)
    .join(', ');
}

/** Runs `act`, with the page's CPU profile written to `file` across it when there is one. */
async function profiled<T>(
  page: Page,
  file: string | undefined,
  act: () => Promise<T>,
): Promise<T> {
  if (!file) return act();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const result = await act();
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(file, JSON.stringify(profile));
  await cdp.detach();
  return result;
}

const firstLine = (err: unknown) =>
  (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
