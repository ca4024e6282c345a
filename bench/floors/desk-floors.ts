import type { FloorTiming } from './open-floor';
import { annotationsOf, APP_DB, committed, done, nextFrame, openDb } from './raw-idb';

/** The colleague's file and its records, handed to the page once by the bench (untimed). */
export interface DeskData {
  /** The file's text, as the app reads it from the file chosen. */
  text: string;
  /** Its annotations and tombstones as the merge stores them. */
  records: unknown[];
  tombstones: unknown[];
}

declare global {
  interface Window {
    __benchDesk?: DeskData;
  }
}

function deskData(): DeskData {
  if (!window.__benchDesk) throw new Error("the colleague's file was not handed to the page");
  return window.__benchDesk;
}

/**
 * Fetches the colleague's file and its records from the preview (untimed
 * hand-off; `ms` only for the log). At 50,000 annotations, passing them as
 * one `page.evaluate` argument (115 MB of file and as much again of records
 * through the DevTools protocol) closed the browser.
 */
export async function loadDeskData(fileUrl: string, recordsUrl: string): Promise<FloorTiming> {
  const t0 = performance.now();
  const fetched = (url: string) =>
    fetch(url, { cache: 'no-store' }).then(r => {
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      return r;
    });
  const [text, stored] = await Promise.all([
    fetched(fileUrl).then(r => r.text()),
    fetched(recordsUrl).then(r => r.json() as Promise<Omit<DeskData, 'text'>>),
  ]);
  window.__benchDesk = { text, ...stored };
  return { ms: performance.now() - t0, size: stored.records.length + stored.tombstones.length };
}

/**
 * The preview's floor: what any preview of a merge must do, on the same
 * data: the colleague's file parsed (`JSON.parse` of its text) and the
 * article's records here read (one raw `getAll` through the `articleId`
 * index), to the frame after. No validation, no plan, no dialog.
 */
export async function mergePreviewFloor(articleId: string): Promise<FloorTiming> {
  const { text } = deskData();
  const db = await openDb(APP_DB);
  try {
    const t0 = performance.now();
    const file = JSON.parse(text) as { items?: unknown[] };
    const here = await annotationsOf(db, articleId);
    await nextFrame();
    return { ms: performance.now() - t0, size: (file.items?.length ?? 0) + here.length };
  } finally {
    db.close();
  }
}

const SCRATCH_DB = 'factmark-bench-merge-floor';

/**
 * The merge's floor: the colleague's annotations and tombstones written by
 * raw `put`s in one readwrite transaction, to its commit, into a scratch
 * database of the same profile with the app's indexes (deleted after).
 * Nothing read, nothing planned, nothing re-anchored.
 */
export async function mergeWriteFloor(): Promise<FloorTiming> {
  const { records, tombstones } = deskData();
  await done(indexedDB.deleteDatabase(SCRATCH_DB));
  const db = await openDb(SCRATCH_DB, d => {
    const store = d.createObjectStore('annotations', { keyPath: 'id' });
    store.createIndex('articleId', 'articleId');
    store.createIndex('[articleId+target.start]', ['articleId', 'target.start']);
    d.createObjectStore('tombstones', { keyPath: 'id' }).createIndex('articleId', 'articleId');
  });
  try {
    const t0 = performance.now();
    const tx = db.transaction(['annotations', 'tombstones'], 'readwrite');
    const annotations = tx.objectStore('annotations');
    for (const r of records) annotations.put(r);
    const buried = tx.objectStore('tombstones');
    for (const t of tombstones) buried.put(t);
    await committed(tx);
    return { ms: performance.now() - t0, size: records.length + tombstones.length };
  } finally {
    db.close();
    await done(indexedDB.deleteDatabase(SCRATCH_DB));
  }
}

interface Assessed {
  kind?: string;
  assessments?: { reviewer: { id: string }; verdict: string }[];
}

/**
 * The Agreement panel's floor: one pass over the same claims' assessments
 * (read raw, untimed), tallying every pair of reviewers' verdicts into a
 * confusion count, then the frame after: the least any agreement figure
 * over them costs. No units paired by passage, no α, no dialog.
 */
export async function agreementFloor(articleId: string): Promise<FloorTiming> {
  const db = await openDb(APP_DB);
  const records = (await annotationsOf(db, articleId).finally(() => db.close())) as Assessed[];
  const t0 = performance.now();
  const tally = new Map<string, number>();
  let claims = 0;
  for (const r of records) {
    if (r.kind !== 'claim') continue;
    claims++;
    const list = r.assessments ?? [];
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (!a || !b) continue;
        const key = `${a.reviewer.id} ${b.reviewer.id} ${a.verdict} ${b.verdict}`;
        tally.set(key, (tally.get(key) ?? 0) + 1);
      }
  }
  await nextFrame();
  return { ms: performance.now() - t0, size: claims };
}
