import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Profile } from './browser';
import { annotate, entries, exportAs, importFile } from './reviewer';
import { stored } from './stored';

// A verdict added in one reviewer's scale editor reaches a colleague whose scale lacks it:
// the import asks whether to add it or read it as one of theirs, and Cancel changes nothing.
const CUSTOM = 'believed to be the ministry’s first in this regard';
const RENAMED = 'occupy the leading positions in the world market';

/** Adds a verdict labelled `label` in the scale editor and renames False to `falseLabel`. */
async function editScale(page: Page, label: string, falseLabel: string) {
  await page.getByRole('button', { name: 'Edit the verdict scale' }).click();
  const dialog = page.getByRole('dialog', { name: 'Verdict scale' });
  await dialog.getByRole('button', { name: 'Add verdict' }).click();
  await dialog.getByLabel('Label of verdict 8').fill(label);
  await dialog.getByLabel('Label of verdict 6').fill(falseLabel);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
}

const verdictsStored = async (page: Page) =>
  ((await stored(page)).annotations as { verdict?: string }[])
    .flatMap(a => (a.verdict ? [a.verdict] : []))
    .sort();

describe('a file with verdicts not on this browser’s scale', () => {
  const ada = new Profile();
  const ben = new Profile();
  let a: Page;
  let b: Page;
  let file: string;

  beforeAll(async () => {
    [a, b] = await Promise.all([ada.open(), ben.open()]);
    await annotate(a, 'a telephone conversation', { kind: 'Comment' });
    await editScale(a, 'Lacks evidence', 'Wrong');
    await annotate(a, CUSTOM, { verdict: 'Lacks evidence' });
    await annotate(a, RENAMED, { verdict: 'Wrong' });
    file = await exportAs(a, 'Annotated JSON', ada.dir);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([ada.dispose(), ben.dispose()]);
  });

  it('names each unknown verdict as the file does, and Cancel changes nothing', async () => {
    await annotate(b, 'sources familiar with the matter said', {
      verdict: 'True',
      reviewer: 'Ben Okafor',
    });
    const before = await stored(b);
    await importFile(b, file);
    const dialog = b.getByRole('dialog', { name: 'Verdicts not on your scale' });
    await dialog.waitFor();
    // only the added verdict is asked about: "Wrong" is False under another name, known here
    expect(await dialog.getByRole('combobox').count()).toBe(1);
    const choice = dialog.getByRole('combobox', { name: '“Lacks evidence”' });
    expect(await choice.inputValue()).toBe('add');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await b.getByRole('status').filter({ hasText: 'cancelled' }).waitFor();
    expect(await stored(b)).toEqual(before);
  });

  it('reads the verdict as one of mine when I map it', async () => {
    await importFile(b, file);
    const dialog = b.getByRole('dialog', { name: 'Verdicts not on your scale' });
    await dialog
      .getByRole('combobox', { name: '“Lacks evidence”' })
      .selectOption({ label: 'Read as my “Unverifiable”' });
    await dialog.getByRole('button', { name: 'Import' }).click();
    await b.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    await expect.poll(() => entries(b).count(), { timeout: 15_000 }).toBe(4);
    expect(await verdictsStored(b)).toEqual(['false', 'true', 'unverifiable']);
    expect(await b.getByRole('button', { name: 'Edit the verdict scale' }).isVisible()).toBe(true);
    const legend = (await b.locator('details.legend').textContent()) ?? '';
    expect(legend).not.toContain('Lacks evidence');
  });

  it('adds the verdict to my scale when I choose so, and shows it by its name', async () => {
    const cleo = new Profile();
    try {
      const c = await cleo.open();
      await importFile(c, file);
      const dialog = c.getByRole('dialog', { name: 'Verdicts not on your scale' });
      await dialog.getByRole('button', { name: 'Import' }).click();
      await c.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
      await expect.poll(() => entries(c).count(), { timeout: 15_000 }).toBe(3);
      expect(await entries(c).filter({ hasText: CUSTOM }).textContent()).toContain(
        'Lacks evidence',
      );
      expect(await c.locator('details.legend').textContent()).toContain('Lacks evidence');
      expect(await verdictsStored(c)).toEqual(['false', 'lacks-evidence']);
    } finally {
      await cleo.dispose();
    }
  });
});
