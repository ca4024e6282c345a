import type { Page } from 'playwright-core';
import { lastMeasure } from './page-probes';
import { closeNotices } from './reviewer-actions';

declare global {
  interface Window {
    /** Times (performance.now) of a merge seen from the page: chosen, preview painted, Merge clicked, notice painted. */
    __benchMerge?: { chosen?: number; previewed?: number; clicked?: number; done?: number };
  }
}

/** A merge of a colleague's file as the reviewer sees it. */
export interface MergeTiming {
  /** From the file input's change event to the frame after the preview ("Merge into …?") appeared. */
  previewMs: number;
  /** From the Merge button's click event to the frame after the import's notice appeared. */
  mergeMs: number;
  /** The app's `fm:import` measure (the reviewer's time on the preview left out). */
  measureMs: number | undefined;
  notice: string;
}

/**
 * Imports `file` through the toolbar's Import button into the article it
 * merges into, waits for the preview, clicks Merge, and times both halves
 * in the page (a frame after each appeared).
 */
export async function mergeThroughUi(page: Page, file: string): Promise<MergeTiming> {
  await closeNotices(page);
  await page.evaluate(() => {
    const t: NonNullable<Window['__benchMerge']> = {};
    window.__benchMerge = t;
    const afterFrame = (set: () => void) => requestAnimationFrame(() => setTimeout(set));
    document.addEventListener('change', () => (t.chosen = performance.now()), {
      capture: true,
      once: true,
    });
    const observer = new MutationObserver(() => {
      if (
        t.previewed === undefined &&
        t.chosen !== undefined &&
        document.getElementById('merge-title')
      ) {
        t.previewed = -1; // seen: the frame after it sets the time
        afterFrame(() => (t.previewed = performance.now()));
        document
          .querySelector('dialog .button--primary')
          ?.addEventListener('click', () => (t.clicked = performance.now()), { capture: true });
      }
      const title = document.querySelector('.notice .notice-title')?.textContent ?? '';
      if (t.done === undefined && /^Imported|was not imported/.test(title)) {
        observer.disconnect();
        t.done = -1;
        afterFrame(() => (t.done = performance.now()));
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(file);
  const preview = page.getByRole('dialog', { name: /^Merge into/ });
  await preview.waitFor({ timeout: 300_000 });
  await page.waitForFunction(() => (window.__benchMerge?.previewed ?? -1) > 0, undefined, {
    polling: 50,
  });
  await preview.getByRole('button', { name: 'Merge', exact: true }).click();
  await page.waitForFunction(() => (window.__benchMerge?.done ?? -1) > 0, undefined, {
    polling: 50,
    timeout: 300_000,
  });
  const t = await page.evaluate(() => window.__benchMerge ?? {});
  const notice = (await page.locator('.notice').last().innerText())
    .replace(/\s+/g, ' ')
    .replace(/ Close message$/, '');
  if (t.chosen === undefined || t.previewed === undefined || t.clicked === undefined)
    throw new Error(`the merge was not seen through: ${notice}`);
  return {
    previewMs: t.previewed - t.chosen,
    mergeMs: (t.done ?? NaN) - t.clicked,
    measureMs: await lastMeasure(page, 'fm:import'),
    notice,
  };
}

/**
 * Opens the Agreement panel from the toolbar and times it in the page, from
 * the button's click event to the frame after its figures appeared; closes it.
 */
export async function agreementThroughUi(page: Page): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { benchAgreement?: { clicked?: number; shown?: number } };
    const t: { clicked?: number; shown?: number } = {};
    w.benchAgreement = t;
    document.addEventListener('click', () => (t.clicked = performance.now()), {
      capture: true,
      once: true,
    });
    const observer = new MutationObserver(() => {
      if (!document.querySelector('dialog .agreement-figures')) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => (t.shown = performance.now())));
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  await page.getByRole('button', { name: 'Agreement', exact: true }).click();
  await page.waitForFunction(
    () =>
      (window as unknown as { benchAgreement?: { shown?: number } }).benchAgreement?.shown !==
      undefined,
    undefined,
    { polling: 20, timeout: 60_000 },
  );
  const t = await page.evaluate(
    () =>
      (window as unknown as { benchAgreement: { clicked: number; shown: number } }).benchAgreement,
  );
  const dialog = page.getByRole('dialog', { name: /^Agreement on/ });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
  return t.shown - t.clicked;
}
