import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Profile } from './browser';
import { largeImport } from './large-import';
import { annotate, entry, importFile } from './reviewer';

const fixture = (name: string) => new URL(`../fixtures/articles/${name}`, import.meta.url).pathname;

/**
 * Resolves once a service worker controls the page. The app registers it 20 s after the page has
 * loaded, when the browser is idle: the page's clock is moved on past both, instead of waiting.
 */
async function controlled(page: Page): Promise<void> {
  await page.clock.fastForward(20_000);
  await page.clock.fastForward(10_000); // requestIdleCallback's timeout
  // its first copy of the build (27 files) can take seconds beside other test files
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

// Factmark is local-first: once it has been opened, it opens, opens articles and imports files
// with no network at all. Before its service worker, a reload offline was the browser's
// "No internet" page, and an import failed with "the worker failed" (its script never fetched).
describe('with no network, once the app has been opened', () => {
  const profile = new Profile();
  let page: Page;
  let context: BrowserContext;
  let file: string;

  beforeAll(async () => {
    file = path.join(profile.dir, 'colleague.factmark.json');
    await writeFile(file, (await largeImport(12)).json);
    page = await profile.open();
    context = profile.context as BrowserContext;
    // the page's timers run on a clock the test can move on (time still passes as usual)
    await context.clock.install();
    await page.reload();
    await page.getByRole('textbox', { name: 'Article text' }).waitFor();
    await annotate(page, 'believed to be the ministry’s first in this regard', {
      verdict: 'Unverifiable',
      note: 'Kept with no network',
    });
    await controlled(page);
    await context.setOffline(true);
  });
  afterAll(() => profile.dispose());

  it('opens again on reload, with the article and its annotations', async () => {
    await page.reload();
    await page.getByRole('textbox', { name: 'Article text' }).waitFor();
    await entry(page, 'Kept with no network').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toBeTruthy();
  });

  it('imports a colleague’s annotated file, checked in its worker', async () => {
    await importFile(page, file);
    const report = page.getByRole('status').filter({ hasText: 'Imported' });
    await report.waitFor({ timeout: 30_000 });
    expect(await report.textContent()).toContain('12 anchored');
  });

  it('opens a new article from a Markdown file', async () => {
    await page.getByRole('button', { name: 'New article' }).click();
    const dialog = page.getByRole('dialog', { name: 'New article' });
    await dialog.getByLabel('Open article file').setInputFiles(fixture('draft.md'));
    await expect.poll(() => dialog.getByLabel('Title').inputValue()).not.toBe('');
  });
});
