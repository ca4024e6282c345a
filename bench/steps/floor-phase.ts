import type { Page } from 'playwright-core';
import type { FloorRuns } from '../report/figure';
import { awaitEntry } from '../harness/page-probes';
import type { Workload } from '../workload/generate';
import { settled } from './frames';
import { callFloor, exportFloor, loadFloors } from './floors';

/** Every step's floor, measured in one profile on the workload's article and records. */
export interface FloorSet {
  open: FloorRuns;
  load: FloorRuns;
  import: FloorRuns;
  export: FloorRuns;
  spot: FloorRuns;
  /** One per edited version, in the workload's order. */
  reanchor: FloorRuns[];
}

const med = (xs: readonly number[]) =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] : undefined;
const ms = (xs: readonly number[]) => {
  const m = med(xs);
  return m === undefined ? 'not measured' : `median ${m.toFixed(0)} ms of ${xs.length}`;
};

/**
 * The floors (bench/floors/), after a reload each run, once the app has
 * read every annotation and its spotter has answered and the page has
 * settled: the app's own work never shares the cores with a floor. Spotting
 * and diff floors run at most three times (seconds each).
 */
export async function measureFloors(page: Page, w: Workload, runs: number): Promise<FloorSet> {
  const id = w.article.id;
  const r = {
    open: [] as number[],
    arrived: [] as number[],
    getAll: [] as number[],
    cursor: [] as number[],
    put: [] as number[],
    exp: [] as number[],
    stringify: [] as number[],
    blob: [] as number[],
    spot: [] as number[],
    diff: w.edited.map(() => [] as number[]),
  };
  let records = 0;
  let parts = 1;
  for (let i = 0; i < runs; i++) {
    await page.reload();
    await awaitEntry(page, 'fm:load-annotations', 60_000);
    await awaitEntry(page, 'fm:spot:worker', 60_000);
    parts = await page.evaluate(
      () =>
        ((performance.getEntriesByName('fm:spot:parts').at(-1) as PerformanceMark | undefined)
          ?.detail as number | undefined) ?? 1,
    );
    await settled(page);
    await loadFloors(page);
    // the page's own arrival (the HTML received) is the browser's, the same for any page
    const arrived = await page.evaluate(
      () =>
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
          ?.responseEnd ?? 0,
    );
    r.arrived.push(arrived);
    r.open.push(arrived + (await callFloor(page, 'openFloor', id)).ms);
    const all = await callFloor(page, 'getAllFloor', id);
    records = all.size;
    r.getAll.push(all.ms);
    r.cursor.push((await callFloor(page, 'cursorFloor', id)).ms);
    r.put.push((await callFloor(page, 'putFloor', id)).ms);
    const e = await exportFloor(page, id);
    r.exp.push(e.ms);
    r.stringify.push(e.stringifyMs);
    r.blob.push(e.blobMs);
    if (i < 3) {
      r.spot.push((await callFloor(page, 'spotFloor', id, parts)).ms);
      for (const [k, edited] of w.edited.entries())
        r.diff[k]?.push(
          (await callFloor(page, 'diffFloor', w.article.text, edited.revision.text)).ms,
        );
    }
  }
  return {
    open: {
      runs: r.open,
      note: `the page's HTML received (navigation responseEnd, ${ms(r.arrived)}), then the article record read from IndexedDB and its document shown by a bare ProseMirror EditorView (no plugin) in the same page, to the frame after; what the app adds is its scripts, React, the first page of annotations and the first highlights.`,
    },
    load: {
      runs: r.getAll,
      note: `one raw IndexedDB getAll of the same ${records} records through the articleId index, same profile; a raw cursor over them: ${ms(r.cursor)}.`,
    },
    import: {
      runs: r.put,
      note: `raw puts of the same ${records} records in one readwrite transaction, to its commit, into a scratch database of the same profile with the app's indexes.`,
    },
    export: {
      runs: r.exp,
      note: `JSON.stringify of the same ${records} records (${ms(r.stringify)}), a Blob of it (${ms(r.blob)}) and a bare download link clicked, to the download starting.`,
    },
    spot: {
      runs: r.spot,
      note: `compromise's tokenizer and first tagging pass alone over the same text, line by line, in ${parts === 1 ? 'one module worker' : `${parts} module workers (as many as the app's spotter used); the slowest worker's own time`}.`,
    },
    reanchor: w.edited.map((_, k) => ({
      runs: r.diff[k] ?? [],
      note: 'a bare diff of the old and new text in the same page (jsdiff: diffLines, then diffChars within each replaced run of lines).',
    })),
  };
}
