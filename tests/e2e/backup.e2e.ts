import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Profile } from './browser';
import { annotate, entries } from './reviewer';
import { atThreeWidths } from './screens';

type Stores = Record<string, unknown[]>;

/** Every store of the app's database, each sorted by its key, read straight from IndexedDB. */
async function database(page: Page): Promise<Stores> {
  return page.evaluate(
    () =>
      new Promise<Stores>((resolve, reject) => {
        const open = indexedDB.open('factmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const names = [...idb.objectStoreNames];
          const tx = idb.transaction(names, 'readonly');
          const reads = names.map(name => [name, tx.objectStore(name).getAll()] as const);
          tx.oncomplete = () => {
            idb.close();
            resolve(Object.fromEntries(reads.map(([name, r]) => [name, r.result as unknown[]])));
          };
        };
      }),
  );
}

const fixture = (name: string) => new URL(`../fixtures/articles/${name}`, import.meta.url).pathname;
const library = (page: Page) => page.getByRole('main', { name: 'Library', exact: true });

async function restoreFrom(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await library(page).getByRole('button', { name: 'Restore from backup' }).click();
  await (await chooser).setFiles(file);
  await expect
    .poll(() => page.getByRole('status').textContent(), { timeout: 20_000 })
    .toContain('Restored the library backup');
}

describe('backing up the whole library and restoring it', () => {
  const first = new Profile();
  const second = new Profile();
  let page: Page;
  let backup: string;
  let before: Stores;

  beforeAll(async () => {
    page = await first.open();
    await page.getByRole('textbox', { name: 'Article text' }).waitFor();
    await annotate(page, 'believed to be the ministry’s first in this regard', {
      verdict: 'Unverifiable',
      note: 'No ministry statement confirms a first. Nor does any other source.',
      sourceUrl: 'https://www.japantimes.co.jp/news/2022/12/11/business/',
    });
    await annotate(page, 'Robert Hallbeck', { kind: 'Correction', correction: 'Robert Habeck' });
    // a deleted annotation leaves a tombstone, which the backup carries too
    await entries(page)
      .filter({ hasText: 'Robert Hallbeck' })
      .getByRole('button', { name: 'Edit' })
      .click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await entries(page).filter({ hasText: 'Robert Hallbeck' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'New article' }).click();
    const dialog = page.getByRole('dialog', { name: 'New article' });
    await dialog.getByLabel('Open article file').setInputFiles(fixture('headline-byline.txt'));
    await page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('#meta-title')?.value,
    );
    await dialog.getByRole('button', { name: 'Load' }).click();
    await page
      .getByRole('heading', { name: 'Port authority doubles harbour fees overnight' })
      .first()
      .waitFor();
    await annotate(page, 'rose by 120 percent', { verdict: 'False', note: 'The notice says 110.' });
  });
  afterAll(async () => {
    await first.dispose();
    await second.dispose();
  });

  it('offers the backup in the storage status, and writes every table into one file from the library', async () => {
    expect(
      await page
        .locator('.storage-status')
        .getByRole('button', { name: 'Back up library' })
        .count(),
    ).toBe(1);
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await atThreeWidths(page, 'library-backup');
    const download = page.waitForEvent('download');
    await library(page).getByRole('button', { name: 'Back up library' }).click();
    const file = await download;
    backup = `${first.dir}/${file.suggestedFilename()}`;
    await file.saveAs(backup);
    expect(file.suggestedFilename()).toMatch(/^factmark-library-\d{4}-\d{2}-\d{2}\.json$/);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('Backed up the library');
    before = await database(page);
    expect(before.articles).toHaveLength(2);
    expect(before.annotations).toHaveLength(2);
    expect(before.tombstones).toHaveLength(1);
  });

  it('restored into an empty browser gives back exactly what was there', async () => {
    const other = await second.open();
    await other.getByRole('textbox', { name: 'Article text' }).waitFor();
    await other.getByRole('button', { name: 'Library', exact: true }).click();
    await restoreFrom(other, backup);
    const after = await database(other);
    const { settings: settingsBefore, ...restBefore } = before;
    const { settings: settingsAfter, ...restAfter } = after;
    const keyOf = (row: unknown) =>
      String((row as { id?: string; key?: string }).id ?? (row as { key?: string }).key);
    const byId = (rows: unknown[]) => [...rows].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
    // the write marks are each browser's own, new with every write (they are not in a backup)
    for (const store of Object.keys(restBefore).filter(s => s !== 'writeMarks'))
      expect(byId(restAfter[store] ?? []), store).toEqual(byId(restBefore[store] ?? []));
    // every setting is back; only the article this browser opens on start is its own
    const withoutLast = (rows: unknown[] = []) =>
      byId(rows.filter(r => (r as { key: string }).key !== 'lastArticleId'));
    expect(withoutLast(settingsAfter)).toEqual(withoutLast(settingsBefore));
    await atThreeWidths(other, 'library-restored');
  });

  it('restored into a browser with data merges, never replacing what changed here', async () => {
    await library(page)
      .getByRole('button', { name: /^Port authority/ })
      .click();
    await entries(page)
      .filter({ hasText: 'rose by 120 percent' })
      .getByRole('button', { name: 'Edit' })
      .click();
    await page.getByLabel('Note').fill('Changed after the backup.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => entries(page).first().textContent()).toContain('rose by 120 percent');
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await restoreFrom(page, backup);
    expect(await page.getByRole('status').textContent()).toContain('1 kept as changed here later');
    const now = await database(page);
    expect(now.articles).toHaveLength(2);
    expect(now.annotations).toHaveLength(2);
    expect(JSON.stringify(now.annotations)).toContain('Changed after the backup.');
  });

  it('refuses a file that is no backup, in plain words, changing nothing', async () => {
    const wrong = `${first.dir}/not-a-backup.json`;
    await (await import('node:fs/promises')).writeFile(wrong, '{"type": "AnnotationCollection"}');
    const unchanged = await database(page);
    const chooser = page.waitForEvent('filechooser');
    await library(page).getByRole('button', { name: 'Restore from backup' }).click();
    await (await chooser).setFiles(wrong);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('“not-a-backup.json” was not restored');
    expect(await page.getByRole('alert').textContent()).toContain(
      'It is not a Factmark library backup. Nothing was changed.',
    );
    expect(await database(page)).toEqual(unchanged);
  });
});
