import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Profile } from './browser';
import { largeImport } from './large-import';
import { importFile } from './reviewer';
import { counts } from './stored';

const VIEWPORT = { width: 1280, height: 800 };

// The page's long tasks are timed here: this file runs alone, after the others
// (vitest.e2e.config.ts), so a neighbour's Chromium cannot lengthen them.
describe('a large import, read and checked in a Web Worker', () => {
  const profile = new Profile();
  let page: Page;
  let file: string;

  beforeAll(async () => {
    const large = await largeImport(20_000); // about 19 MB
    file = path.join(profile.dir, 'large.factmark.json');
    await writeFile(file, large.json);
    page = await profile.open(VIEWPORT);
    await page.getByRole('textbox', { name: 'Article text' }).waitFor();
  });
  afterAll(() => profile.dispose());

  /** Records the page's long tasks, and when the import's notice first says it is saving. */
  async function watchMainThread(): Promise<void> {
    await page.evaluate(() => {
      const w = window as unknown as { tasks: [number, number][]; savingAt?: number };
      w.tasks = [];
      w.savingAt = undefined;
      new PerformanceObserver(list => {
        for (const e of list.getEntries()) w.tasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask' });
      new MutationObserver(() => {
        if (
          w.savingAt === undefined &&
          document.querySelector('.notice')?.textContent?.includes('Saving')
        )
          w.savingAt = performance.now();
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }

  /** The longest task of the page before the import began to save (all of them if it did not). */
  const longestBeforeSaving = () =>
    page.evaluate(() => {
      const w = window as unknown as { tasks: [number, number][]; savingAt?: number };
      const until = w.savingAt ?? Number.POSITIVE_INFINITY;
      return Math.max(0, ...w.tasks.filter(([start]) => start < until).map(([, d]) => d));
    });

  it('shows its progress and stops at Cancel, leaving the database untouched', async () => {
    const before = await counts(page);
    await watchMainThread();
    await importFile(page, file);
    const notice = page.getByRole('status').filter({ hasText: 'Importing' });
    await page.getByRole('progressbar', { name: /^Importing/ }).waitFor();
    await notice.filter({ hasText: 'Checking the file' }).waitFor();
    await notice.getByRole('button', { name: 'Cancel' }).click();
    const cancelled = page.getByRole('status').filter({ hasText: 'cancelled' });
    await cancelled.waitFor();
    expect(await cancelled.textContent()).toContain('Nothing was changed.');
    await page.waitForTimeout(500); // had it gone on, its transaction would have begun by now
    expect(await counts(page)).toEqual(before);
    expect(await longestBeforeSaving()).toBeLessThan(400);
  });

  it('keeps the page responsive while it checks, then saves it all', async () => {
    await page.reload();
    await page.getByRole('textbox', { name: 'Article text' }).waitFor();
    await watchMainThread();
    await importFile(page, file);
    const report = page.getByRole('status').filter({ hasText: 'Imported' });
    await report.waitFor({ timeout: 60_000 });
    // before this worker (and one cursor for the ids here instead of a get each) the page was held
    // for 1.9 s at 20,000 annotations, and for 44 s at 114 MB
    expect(await longestBeforeSaving()).toBeLessThan(400);
    expect(Object.values((await counts(page)).annotations)).toContain(20_000);
  });

  it('starts its worker while the reviewer picks the file, and checks the file in that one', async () => {
    const small = path.join(profile.dir, 'small.factmark.json');
    // an article of its own: the large one's id with another text would ask to replace it
    await writeFile(small, (await largeImport(50, 'c3d4e5f6-0718-4293-a4b5-c6d7e8f90a1b')).json);
    const workers: string[] = [];
    page.on('worker', worker => workers.push(worker.url()));
    const importWorkers = () => workers.filter(url => url.includes('import-worker')).length;
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import' }).click();
    const picking = await chooser;
    // already there while the chooser is open: no file has been chosen yet
    await expect.poll(importWorkers).toBe(1);
    await picking.setFiles(small);
    await page.getByRole('status').filter({ hasText: 'Large import: 50 annotations' }).waitFor();
    expect(importWorkers()).toBe(1);
    // a chooser closed without a file leaves one worker waiting, never more
    await page.getByRole('button', { name: 'Import' }).click();
    await expect.poll(importWorkers).toBe(2);
    await page.getByRole('button', { name: 'Import' }).click();
    await page.waitForTimeout(300);
    expect(importWorkers()).toBe(2);
  });
});
