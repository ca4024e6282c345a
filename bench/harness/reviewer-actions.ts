import type { Page } from 'playwright-core';
import { lastMeasure } from './page-probes';

declare global {
  interface Window {
    __benchT0?: number;
    __benchT1?: number;
    /** How long the app waited for the reviewer's answer to "Replace the text?", if it asked. */
    __benchAskedMs?: number;
  }
}

type Counts = Record<string, number>;

/** How many of each import-related measure the page holds now. */
function measureCounts(page: Page): Promise<Counts> {
  return page.evaluate(() =>
    Object.fromEntries(
      ['fm:import', 'fm:reanchor'].map(n => [n, performance.getEntriesByName(n).length]),
    ),
  );
}

/** The duration of a measure of `name` made since `seen` was counted, if any. */
function newMeasure(page: Page, name: string, seen: Counts): Promise<number | undefined> {
  return page.evaluate(
    ([n, from]) => performance.getEntriesByName(n).slice(from).at(-1)?.duration,
    [name, seen[name] ?? 0] as const,
  );
}

/** Closes any notice still showing, so that the next one is recognisably new. */
export async function closeNotices(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const b of document.querySelectorAll<HTMLButtonElement>('.notice button')) b.click();
  });
  await page.locator('.notice').first().waitFor({ state: 'detached' });
}

export interface ImportTiming {
  /**
   * From the file input's change event to the frame after the import's notice
   * appeared, less the time the app waited for an answer to "Replace the text?".
   */
  visibleMs: number;
  /** The app's `fm:import` measure, when it sets one. */
  measureMs: number | undefined;
  /** The app's `fm:reanchor` measure of this import, when it sets one. */
  reanchorMs: number | undefined;
  notice: string;
}

/** Imports `file` through the toolbar's Import button, as a reviewer does, and times it. */
export async function importThroughUi(page: Page, file: string): Promise<ImportTiming> {
  await closeNotices(page);
  const seen = await measureCounts(page);
  await page.evaluate(() => {
    window.__benchT0 = undefined;
    window.__benchT1 = undefined;
    window.__benchAskedMs = undefined;
    document.addEventListener(
      'change',
      () => {
        window.__benchT0 = performance.now();
        // the import's outcome, not a progress notice before it
        const observer = new MutationObserver(() => {
          const title = document.querySelector('.notice .notice-title')?.textContent ?? '';
          if (!/^Imported|was not imported/.test(title)) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => (window.__benchT1 = performance.now())));
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      },
      { capture: true, once: true },
    );
  });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(file);
  // a new text of an article with annotations is asked about first: the reviewer replaces it
  const ask = page.getByRole('alertdialog', { name: /^Replace the text of/ });
  const asked = await Promise.race([
    ask.waitFor({ timeout: 300_000 }).then(() => true),
    page
      .waitForFunction(() => window.__benchT1 !== undefined, undefined, {
        polling: 50,
        timeout: 300_000,
      })
      .then(() => false),
  ]);
  if (asked) {
    const shownAt = await page.evaluate(() => performance.now());
    await ask.getByRole('button', { name: 'Replace the text' }).click();
    await page.evaluate(at => (window.__benchAskedMs = performance.now() - at), shownAt);
  }
  await page.waitForFunction(() => window.__benchT1 !== undefined, undefined, {
    polling: 50,
    timeout: 300_000,
  });
  const visibleMs = await page.evaluate(
    () => (window.__benchT1 ?? 0) - (window.__benchT0 ?? 0) - (window.__benchAskedMs ?? 0),
  );
  const notice = (await page.locator('.notice').last().innerText()).replace(/\s+/g, ' ');
  return {
    visibleMs,
    measureMs: await newMeasure(page, 'fm:import', seen),
    reanchorMs: await newMeasure(page, 'fm:reanchor', seen),
    notice,
  };
}

export interface ExportTiming {
  /** From the menu item's click event in the page to the download starting (same wall clock). */
  visibleMs: number;
  /** The app's `fm:export` measure, when it sets one. */
  measureMs: number | undefined;
  /** The downloaded file's text. */
  text: string;
}

/** Export → Annotated JSON, as a reviewer does it; returns the timing and the file. */
export async function exportThroughUi(page: Page, saveAs: string): Promise<ExportTiming> {
  await closeNotices(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const item = page.getByRole('menuitem', { name: 'Annotated JSON' });
  await item.waitFor();
  // timed from the click event in the page, not from the harness's call: Playwright's
  // actionability checks before a click take a few frames no reviewer sees
  await page.evaluate(() => {
    const w = window as unknown as { benchClickAt?: number };
    document.addEventListener('click', () => (w.benchClickAt = Date.now()), {
      capture: true,
      once: true,
    });
  });
  const download = page.waitForEvent('download');
  await item.click();
  const file = await download;
  const downloadAt = Date.now();
  const clickAt = await page.evaluate(
    () => (window as unknown as { benchClickAt?: number }).benchClickAt,
  );
  if (clickAt === undefined) throw new Error('the export click never reached the page');
  const visibleMs = downloadAt - clickAt;
  await file.saveAs(saveAs);
  const { readFile } = await import('node:fs/promises');
  return {
    visibleMs,
    measureMs: await lastMeasure(page, 'fm:export'),
    text: await readFile(saveAs, 'utf8'),
  };
}
