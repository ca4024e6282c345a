import type { Page } from 'playwright-core';
import { watchFirstHighlights } from './page-probes';
import { Profile } from './profile';
import { importThroughUi, type ImportTiming } from './reviewer-actions';

/** A fresh profile with the app open and an annotated-JSON file imported through the UI. */
export interface Seeded {
  profile: Profile;
  page: Page;
  imported: ImportTiming;
}

/** The id of the article the app opens on its next load, read straight from IndexedDB. */
function lastOpened(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('factmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const settings = open.result.transaction('settings').objectStore('settings');
          const get = settings.get('lastArticleId');
          get.onsuccess = () => {
            open.result.close();
            resolve((get.result as { value?: unknown } | undefined)?.value);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

/** Opens the app on a fresh profile (the sample article first) and imports `file`. */
export async function seededProfile(url: string, file: string): Promise<Seeded> {
  const profile = new Profile();
  const page = await profile.open(url);
  await page.getByRole('textbox', { name: 'Article text' }).waitFor();
  const before = await lastOpened(page);
  const imported = await importThroughUi(page, file);
  if (!imported.notice.startsWith('Imported')) {
    await profile.dispose();
    throw new Error(`the workload was not imported: ${imported.notice}`);
  }
  // the app notes the article it opened a moment later: a reload before then opened the sample
  for (const deadline = Date.now() + 30_000; (await lastOpened(page)) === before;) {
    if (Date.now() > deadline) throw new Error('the app did not open the imported article');
    await page.waitForTimeout(50);
  }
  // later page loads are timed from their start to the first highlights presented
  await profile.context?.addInitScript(watchFirstHighlights);
  return { profile, page, imported };
}
