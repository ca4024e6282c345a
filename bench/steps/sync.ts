import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import * as Y from 'yjs';
import { exportAnnotatedJson } from '../../src/io/annotated-json-export';
import { annotationsMap, documentName } from '../../src/sync/shared-article';
import { connect, waitUntil, type DeskClient } from '../../tests/fixtures/desk-clients';
import { FLOORS_DIR } from '../floors/build';
import { loadAverage, startBenchDesk } from '../harness/bench-desk';
import { cpuProfile } from '../harness/cpu-profile';
import { awaitEntry } from '../harness/page-probes';
import { BENCH_DIST } from '../harness/server';
import { seededProfile, type Seeded } from '../harness/session';
import {
  clockOffset,
  initialSyncThroughUi,
  noteEditSeen,
  syncedWithDesk,
  turnSyncOn,
} from '../harness/sync-actions';
import type { Figure } from '../report/figure';
import type { Workload } from '../workload/generate';
import { callFloor, loadFloors } from './floors';
import { settled } from './frames';
import { clientsOnOneArticle, type ClientsLoad } from './sync-clients';
import { editFloorRuns } from './sync-edit-floor';
import { syncFigureRows } from './sync-figures';

export interface SyncOptions {
  /** The workload's annotated file (the holder imports it) and where the bare article is written. */
  file: string;
  dir: string;
  /** Fresh browsers, each timed turning sync on. */
  runs: number;
  /** Note edits timed from one browser to the other. */
  edits: number;
  /** Node clients connected to the article (ten at a time); 0 leaves that step out. */
  clients: number;
  log: (line: string) => void;
}

/** What the sync steps measured, for `syncFigureRows`. */
export interface SyncMeasures {
  n: number;
  /** What the list counts in the browser that pushed them (placed in the text, as the filter lets through). */
  listed: number;
  syncs: number[];
  floors: number[];
  stored: number[];
  updateBytes: number;
  edits: number[];
  /** Each edit's steps (Save → sent, → received, → stored, → seen), from the app's marks. */
  editSteps: number[][];
  editFloors: number[];
  clockSkewMs: number;
  clients: ClientsLoad | undefined;
  loads: string[];
  failures: string[];
}

const UPDATE_URL = `/${FLOORS_DIR}/sync-update.bin`;

/** Once the spotter has answered and the page has settled: nothing else takes the cores. */
async function quiet(page: Page): Promise<void> {
  await page.reload();
  await awaitEntry(page, 'fm:spot:worker', 120_000);
  await settled(page);
}

/** How many annotations the sidebar's list counts (its entries' `aria-setsize`). */
const listCount = (page: Page) =>
  page.evaluate(() =>
    Number(document.querySelector('[aria-setsize]')?.getAttribute('aria-setsize')),
  );

/** The article's annotation records in this profile's IndexedDB, counted raw (untimed). */
const storedCount = (page: Page, articleId: string) =>
  page.evaluate(
    id =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('factmark');
        open.onerror = () => reject(open.error ?? new Error('no database'));
        open.onsuccess = () => {
          const db = open.result;
          const index = db.transaction('annotations').objectStore('annotations').index('articleId');
          const count = index.count(IDBKeyRange.only(id));
          count.onsuccess = () => (db.close(), resolve(count.result));
          count.onerror = () => reject(count.error ?? new Error('no count'));
        };
      }),
    articleId,
  );

/**
 * Issue 19's desk-sync figures against a desk server started here: the
 * initial sync of the workload's annotations to fresh browsers (beside its
 * floor), edits appearing in the other browser, and the server's memory and
 * CPU time with fifty clients on the article. Each fresh browser holds the
 * article without annotations (its bare file imported), as a reviewer who
 * has the same article does (docs/desk-sync.md).
 */
export async function syncFigures(w: Workload, o: SyncOptions): Promise<Figure[]> {
  const id = w.article.id;
  const m: SyncMeasures = {
    n: w.annotations.length,
    ...{
      syncs: [],
      floors: [],
      stored: [],
      edits: [],
      editSteps: [],
      editFloors: [],
      loads: [],
      failures: [],
    },
    listed: 0,
    updateBytes: 0,
    clockSkewMs: 0,
    clients: undefined,
  };
  const bare = path.join(o.dir, 'article-bare.factmark.json');
  writeFileSync(bare, exportAnnotatedJson(w.article, []));
  const desk = await startBenchDesk(BENCH_DIST).catch((err: unknown) => {
    m.failures.push(`the desk server did not start: ${firstLine(err)}`);
    return undefined;
  });
  if (!desk) return syncFigureRows(m);
  const { ada, ben, load } = desk.reviewers;
  const browsers: Seeded[] = [];
  let watcher: DeskClient | undefined;
  try {
    o.log(`sync: a browser holding ${m.n} annotations turns sync on (desk at ${desk.url})`);
    const holder = await seededProfile(desk.url, o.file);
    browsers.push(holder);
    await turnSyncOn(holder.page, ada.token);
    const shared = connect(desk.port, documentName(id), load.token);
    watcher = shared;
    await waitUntil(
      `the desk holds all ${m.n} annotations`,
      () => shared.synced && annotationsMap(shared.doc).size === m.n,
      600_000,
    );
    await syncedWithDesk(holder.page);
    m.listed = await listCount(holder.page);
    const update = Y.encodeStateAsUpdate(shared.doc);
    m.updateBytes = update.length;
    writeFileSync(path.join(BENCH_DIST, UPDATE_URL), update);

    let fresh: Seeded | undefined;
    for (let i = 0; i < o.runs; i++) {
      o.log(`sync: initial sync to a fresh browser, run ${i + 1} of ${o.runs}`);
      await fresh?.profile.dispose();
      fresh = undefined;
      try {
        fresh = await seededProfile(desk.url, bare);
        await quiet(fresh.page);
        m.loads.push(loadAverage());
        const stopProfile = await cpuProfile(fresh.page, `initial-sync-${i + 1}`);
        const ms = await initialSyncThroughUi(fresh.page, ben.token, m.listed);
        await stopProfile();
        const stored = await storedCount(fresh.page, id);
        m.stored.push(stored);
        // the list counts what is stored: all of it, or the run measured something else
        if (stored !== m.n) throw new Error(`${stored} of ${m.n} annotations stored`);
        m.syncs.push(ms);
        await syncedWithDesk(fresh.page);
        await settled(fresh.page);
        await loadFloors(fresh.page);
        const floor = await callFloor(fresh.page, 'syncFloor', id, UPDATE_URL);
        m.floors.push(floor.ms);
        o.log(`sync: initial sync ${ms.toFixed(0)} ms, its floor ${floor.ms.toFixed(0)} ms`);
      } catch (err) {
        m.failures.push(`initial sync, run ${i + 1}: ${firstLine(err)}`);
        // a browser whose sync did not finish is no partner for the edits
        await fresh?.profile.dispose();
        fresh = undefined;
      }
    }
    if (fresh) {
      browsers.push(fresh);
      o.log(`sync: ${o.edits} note edits, each timed until the other browser shows it`);
      await Promise.all([quiet(holder.page), quiet(fresh.page)]);
      await Promise.all([syncedWithDesk(holder.page), syncedWithDesk(fresh.page)]);
      const offsets = { from: await clockOffset(holder.page), to: await clockOffset(fresh.page) };
      m.clockSkewMs = offsets.to - offsets.from;
      m.loads.push(loadAverage());
      const profiled = [
        await cpuProfile(holder.page, 'edits-sender'),
        await cpuProfile(fresh.page, 'edits-receiver'),
      ];
      const steps: string[] = [];
      for (let k = 0; k < o.edits; k++) {
        const note = `Bench edit ${k + 1} of ${o.edits}: checked against the source.`;
        try {
          const seen = await noteEditSeen(holder.page, fresh.page, k % 3, note, offsets);
          m.edits.push(seen.ms);
          m.editSteps.push(seen.steps);
          steps.push(seen.steps.map(t => t.toFixed(0)).join('+'));
        } catch (err) {
          m.failures.push(`edit ${k + 1}: ${firstLine(err)}`);
        }
      }
      for (const stop of profiled) await stop();
      o.log(`sync: edits seen after ${m.edits.map(e => e.toFixed(0)).join(', ')} ms`);
      o.log(`sync: each edit's Save → sent + received + stored + seen: ${steps.join(', ')} ms`);
      const pages = { from: holder.page, to: fresh.page };
      m.editFloors = await editFloorRuns(desk, pages, shared.doc, o.edits, offsets).catch(
        (err: unknown) => (m.failures.push(`edit floor: ${firstLine(err)}`), []),
      );
    }
    o.log(`sync: edit floor ${m.editFloors.map(e => e.toFixed(0)).join(', ')} ms`);
    for (const b of browsers.splice(0)) await b.profile.dispose();
    if (o.clients > 0) {
      o.log(`sync: ${o.clients} clients on the article`);
      m.clients = await clientsOnOneArticle(desk, id, shared, o.clients, 4).catch(
        (err: unknown) => {
          m.failures.push(`${o.clients} clients: ${firstLine(err)}`);
          return undefined;
        },
      );
    }
  } catch (err) {
    // one step that cannot go on is a finding in its rows, not the end of the whole bench
    m.failures.push(`the sync steps stopped: ${firstLine(err)}`);
  } finally {
    for (const b of browsers) await b.profile.dispose();
    watcher?.close();
    await desk.stop();
  }
  return syncFigureRows(m);
}

const firstLine = (err: unknown) =>
  (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
