import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Profile } from './browser';
import { largeImport } from './large-import';
import { entries, exportAs, importFile } from './reviewer';

/** Enough lines that the first export's file is made whole and kept in slices (`ChunkedBlob`). */
const ANNOTATIONS = 1_200;

/** The export's lines, and which of them differ between two files of as many lines. */
function changedLines(a: string, b: string): number[] {
  const before = a.split('\n');
  const after = b.split('\n');
  expect(after).toHaveLength(before.length);
  return before.flatMap((line, i) => (line === after[i] ? [] : [i]));
}

describe('exporting again after an edit', () => {
  const profile = new Profile();
  let page: Page;

  beforeAll(async () => {
    page = await profile.open();
    const file = path.join(profile.dir, 'large.factmark.json');
    await writeFile(file, (await largeImport(ANNOTATIONS)).json);
    await importFile(page, file);
    await page.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    await entries(page).first().waitFor();
  });
  afterAll(() => profile.dispose());

  it('downloads the file with the edit and every other line as it was', async () => {
    const first = await readFile(await exportAs(page, 'Annotated JSON', profile.dir), 'utf8');
    expect(JSON.parse(first).first.items).toHaveLength(ANNOTATIONS);

    // the second export reuses the first's bytes for what did not change
    await entries(page).nth(1).getByRole('button', { name: /Edit/ }).click();
    const form = page.getByRole('form', { name: 'Edit annotation' });
    await form.getByLabel('Note').fill('Checked against the minutes');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    const secondFile = await exportAs(page, 'Annotated JSON', profile.dir);
    const second = await readFile(secondFile, 'utf8');
    const [line, ...others] = changedLines(first, second);
    expect(others).toEqual([]);
    const edited = JSON.parse((second.split('\n')[line ?? -1] ?? '').replace(/,$/, ''));
    expect(edited.body).toContainEqual(
      expect.objectContaining({ purpose: 'commenting', value: 'Checked against the minutes' }),
    );
    expect(JSON.parse(second).first.items).toHaveLength(ANNOTATIONS);

    // and a third, with nothing changed, is the second byte for byte
    const third = await readFile(await exportAs(page, 'Annotated JSON', profile.dir), 'utf8');
    expect(third).toBe(second);
  });
});
