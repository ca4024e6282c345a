import type { Page } from 'playwright-core';
import { FLOORS_URL } from '../floors/build';
import type { ExportFloorParts } from '../floors/export-floor';
import type { FloorTiming } from '../floors/open-floor';

/** Loads the floors' bundle into the page (after each reload), as the bench's other in-page code. */
export async function loadFloors(page: Page): Promise<void> {
  await page.addScriptTag({ url: FLOORS_URL, type: 'module' });
  await page.waitForFunction(() => window.__benchFloors !== undefined, undefined, {
    polling: 20,
    timeout: 30_000,
  });
}

type Named = 'openFloor' | 'getAllFloor' | 'cursorFloor' | 'putFloor';

/** Runs one of the article's floors in the page: open, the two reads, or the write. */
export function articleFloor(page: Page, name: Named, articleId: string): Promise<FloorTiming> {
  return page.evaluate(
    ([n, id]) => {
      const floors = window.__benchFloors;
      if (!floors) throw new Error('the floors are not loaded');
      return floors[n](id);
    },
    [name, articleId] as const,
  );
}

/** Spotting's floor in `parts` workers (as many as the app's spotter used). */
export function spotFloor(page: Page, articleId: string, parts: number): Promise<FloorTiming> {
  return page.evaluate(
    ([id, n]) => {
      const floors = window.__benchFloors;
      if (!floors) throw new Error('the floors are not loaded');
      return floors.spotFloor(id, n);
    },
    [articleId, parts] as const,
  );
}

/** Re-anchoring's floor: a bare diff of the two texts, in the page. */
export function diffFloor(page: Page, oldText: string, newText: string): Promise<FloorTiming> {
  return page.evaluate(
    ([a, b]) => {
      const floors = window.__benchFloors;
      if (!floors) throw new Error('the floors are not loaded');
      return floors.diffFloor(a, b);
    },
    [oldText, newText] as const,
  );
}

/** Export's floor, timed as the app's export is: from its start in the page to the download starting. */
export async function exportFloor(
  page: Page,
  articleId: string,
): Promise<ExportFloorParts & { ms: number }> {
  const download = page.waitForEvent('download');
  const parts = await page.evaluate(id => {
    const floors = window.__benchFloors;
    if (!floors) throw new Error('the floors are not loaded');
    return floors.exportFloor(id);
  }, articleId);
  const file = await download;
  const downloadAt = Date.now();
  const startedAt = await page.evaluate(() => window.__benchFloorAt);
  if (startedAt === undefined) throw new Error('the export floor never started');
  await file.delete();
  return { ...parts, ms: downloadAt - startedAt };
}
