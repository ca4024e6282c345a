import { annotationsOf, APP_DB, openDb } from './raw-idb';

declare global {
  interface Window {
    /** `Date.now()` when the export floor started, to time it to the download's start. */
    __benchFloorAt?: number;
  }
}

/** What the export floor did before handing the file to the browser, in ms and bytes. */
export interface ExportFloorParts {
  stringifyMs: number;
  blobMs: number;
  bytes: number;
}

/**
 * Export's floor: the article's annotation records (read first, untimed),
 * `JSON.stringify` of them, a `Blob` of that string and a bare download
 * (a link with `download`, clicked). The bench times it from the start to the
 * download starting, as it times the app's export from the click; the
 * parts are returned for the note.
 */
export async function exportFloor(articleId: string): Promise<ExportFloorParts> {
  const db = await openDb(APP_DB);
  const records = await annotationsOf(db, articleId).finally(() => db.close());
  window.__benchFloorAt = Date.now();
  const t0 = performance.now();
  const json = JSON.stringify(records);
  const t1 = performance.now();
  const blob = new Blob([json], { type: 'application/json' });
  const t2 = performance.now();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = 'floor.json';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { stringifyMs: t1 - t0, blobMs: t2 - t1, bytes: blob.size };
}
