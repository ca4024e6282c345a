import type { Page } from 'playwright-core';
import { FLOORS_URL } from '../floors/build';
import type { ExportFloorParts } from '../floors/export-floor';
import type { FloorTiming } from '../floors/open-floor';
import type { Floors } from '../floors/page';

/** Loads the floors' bundle into the page (after each reload), as the bench's other in-page code. */
export async function loadFloors(page: Page): Promise<void> {
  await page.addScriptTag({ url: FLOORS_URL, type: 'module' });
  await page.waitForFunction(() => window.__benchFloors !== undefined, undefined, {
    polling: 20,
    timeout: 30_000,
  });
}

/**
 * Runs one of the floors in the page (bench/floors/page.ts) with these
 * arguments, which cross into the page as JSON: the article's floors take
 * its id, spotting's also how many workers, the diff the two texts.
 */
export async function callFloor<K extends Exclude<keyof Floors, 'exportFloor' | 'editFloor'>>(
  page: Page,
  name: K,
  ...args: Parameters<Floors[K]>
): Promise<FloorTiming> {
  return page.evaluate(
    ([n, a]) => {
      const floors = window.__benchFloors;
      if (!floors) throw new Error('the floors are not loaded');
      return (floors[n] as (...x: unknown[]) => FloorTiming | Promise<FloorTiming>)(...a);
    },
    [name, args as unknown[]] as const,
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
