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

/** Opens the app on a fresh profile (the sample article first) and imports `file`. */
export async function seededProfile(url: string, file: string): Promise<Seeded> {
  const profile = new Profile();
  const page = await profile.open(url);
  await page.getByRole('textbox', { name: 'Article text' }).waitFor();
  const imported = await importThroughUi(page, file);
  if (!imported.notice.startsWith('Imported')) {
    await profile.dispose();
    throw new Error(`the workload was not imported: ${imported.notice}`);
  }
  // later page loads are timed from their start to the first highlights presented
  await profile.context?.addInitScript(watchFirstHighlights);
  return { profile, page, imported };
}
