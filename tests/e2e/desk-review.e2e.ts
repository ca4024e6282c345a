import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Profile } from './browser';
import { annotate, edit, entries, entry, exportAs, importFile } from './reviewer';
import { stored } from './stored';

// Three browsers: two reviewers annotate the sample article, then a curator merges both files.
const SHARED = 'believed to be the ministry’s first in this regard';
const NOTED = 'occupy the leading positions in the world market';
const DELETED = 'Robert Hallbeck';
const ADDED = 'sources familiar with the matter said';

async function remove(page: Page, text: string) {
  await entry(page, text).getByRole('button', { name: /Edit/ }).click();
  await page
    .getByRole('form', { name: 'Edit annotation' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect.poll(() => entry(page, text).count()).toBe(0);
}

/** Imports a file that merges into the article here, reading the preview and answering it. */
async function merge(page: Page, file: string, answer: 'Merge' | 'Cancel'): Promise<string> {
  await importFile(page, file);
  const dialog = page.getByRole('dialog', { name: /^Merge into/ });
  await dialog.waitFor();
  const text = (await dialog.textContent()) ?? '';
  await dialog.getByRole('button', { name: answer, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  return text;
}

describe('a desk of two reviewers and a curator, by files', () => {
  const ada = new Profile();
  const ben = new Profile();
  const cleo = new Profile();
  let a: Page;
  let b: Page;
  let c: Page;
  let adaFile: string;
  let benFile: string;

  beforeAll(async () => {
    a = await ada.open();
    b = await ben.open();
    c = await cleo.open();
    await annotate(a, SHARED, { verdict: 'Unverifiable', note: 'No statement confirms it.' });
    await annotate(a, NOTED, { verdict: 'Mostly true', note: 'Ada’s note.' });
    await annotate(a, DELETED, { verdict: 'False' });
    adaFile = await exportAs(a, 'Annotated JSON', ada.dir);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([ada.dispose(), ben.dispose(), cleo.dispose()]);
  });

  it('lets the second reviewer take the first one’s file and work on it under their own name', async () => {
    // Ben's first annotation asks for his name; the file's annotations stay Ada's
    await annotate(b, ADDED, { verdict: 'True', reviewer: 'Ben Okafor' });
    await importFile(b, adaFile);
    await b.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    await expect.poll(() => entries(b).count(), { timeout: 15_000 }).toBe(4);
    await edit(b, SHARED, async form => {
      await form.getByLabel('Verdict').selectOption({ label: 'False' });
    });
    await edit(b, NOTED, form => form.getByLabel('Note').fill('Ben’s note.'));
    await remove(b, DELETED);
    benFile = await exportAs(b, 'Annotated JSON', ben.dir);
    const json = JSON.parse(await readFile(benFile, 'utf8'));
    expect(json['factmark:formatVersion']).toBe(3);
    expect(json['factmark:tombstones']).toHaveLength(1);
    const shared = json.first.items.find((i: { target: { selector: { exact?: string }[] } }) =>
      i.target.selector.some(s => s.exact === SHARED),
    );
    const verdicts = shared.body.filter((x: { purpose: string }) => x.purpose === 'assessing');
    expect(
      verdicts.map((x: { creator?: { name: string }; value: string }) => [
        x.creator?.name,
        x.value,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [undefined, 'False'],
        ['Ada Lindqvist', 'Unverifiable'],
        ['Ben Okafor', 'False'],
      ]),
    );
  });

  it('meanwhile lets the first reviewer change the same note', async () => {
    await edit(a, NOTED, form => form.getByLabel('Note').fill('Ada’s note, revised.'));
    adaFile = await exportAs(a, 'Annotated JSON', ada.dir);
  });

  it('shows the curator exactly what merging the second file will do, then merges it', async () => {
    await annotate(c, 'a telephone conversation', { kind: 'Comment', reviewer: 'Cleo Curator' });
    await importFile(c, adaFile);
    await c.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    await expect.poll(() => entries(c).count(), { timeout: 15_000 }).toBe(4);
    const preview = await merge(c, benFile, 'Merge');
    expect(preview).toContain('Added (only in the file): 1');
    expect(preview).toContain('Newer on one side (the newer copy is kept): 1');
    expect(preview).toContain('Changed on both sides (merged, listed in Curation): 1');
    expect(preview).toContain('Deleted: 1');
    expect(preview).toContain(`“${DELETED}” — deleted in the file`);
    await c.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    await expect.poll(() => entries(c).count(), { timeout: 15_000 }).toBe(4);
    // nothing typed by anyone is lost: both notes are there, side by side
    const records = (await stored(c)).annotations as { note: string; target: { exact: string } }[];
    const noted = records.find(r => r.target.exact === NOTED)?.note ?? '';
    expect(noted).toContain('Ada’s note, revised.');
    expect(noted).toContain('Ben’s note.');
  });

  it('lists the disagreement, the claim only one flagged and the conflict in Curation, and records the decision', async () => {
    await c.getByRole('button', { name: 'Curation', exact: true }).click();
    const view = c.getByRole('dialog', { name: 'Curation' });
    await view.waitFor();
    const shared = view.getByRole('article', { name: `“${SHARED}”` });
    expect(await shared.textContent()).toContain('Reviewers disagree');
    expect(await shared.textContent()).toContain('Ada Lindqvist: Unverifiable');
    expect(await shared.textContent()).toContain('Ben Okafor: False');
    expect(await view.getByRole('article', { name: `“${NOTED}”` }).textContent()).toContain(
      'Merge conflict',
    );
    expect(await view.getByRole('article', { name: `“${ADDED}”` }).textContent()).toContain(
      'Not every reviewer flagged it',
    );
    // by keyboard: the choice of verdict is a radio group
    await shared.getByRole('radio', { name: 'False', exact: true }).focus();
    await c.keyboard.press('ArrowUp');
    expect(await shared.getByRole('radio', { name: 'Mostly false' }).isChecked()).toBe(true);
    await shared.getByRole('button', { name: 'Decide' }).click();
    await expect
      .poll(async () => (await view.textContent())?.includes('Reviewers disagree'))
      .toBe(false);
    await c.keyboard.press('Escape');
    await expect.poll(() => entry(c, SHARED).textContent()).toContain('Mostly false');
    const records = (await stored(c)).annotations as {
      target: { exact: string };
      history: { by: string; settles?: string[] }[];
    }[];
    const decided = records.find(r => r.target.exact === SHARED);
    expect(decided?.history.at(-1)).toMatchObject({ by: 'Cleo Curator' });
    expect(decided?.history.at(-1)?.settles).toHaveLength(2);
  });

  it('changes nothing when the same file is merged again', async () => {
    const before = await stored(c);
    const preview = await merge(c, benFile, 'Merge');
    expect(preview).toContain('Added (only in the file): 0');
    expect(preview).toContain('Changed on both sides (merged, listed in Curation): 0');
    await c.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    expect(await stored(c)).toEqual(before);
  });
});
