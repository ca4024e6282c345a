import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Profile } from './browser';
import { annotate, entries, giveNameIfAsked, selectWithMouse } from './reviewer';

const CLAIM = 'believed to be the ministry’s first in this regard';
const OTHER = 'Tokyo Electron and the Dutch firm ASML Holding NV';

const newForm = (page: Page) => page.getByRole('form', { name: 'New annotation' });
const editForm = (page: Page) => page.getByRole('form', { name: 'Edit annotation' });
const askDiscard = (page: Page) => page.getByRole('alertdialog', { name: 'Discard your changes?' });
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return `${el?.tagName} ${el?.getAttribute('aria-label') ?? el?.textContent?.slice(0, 40)}`;
  });

describe('nothing typed is lost', () => {
  const profile = new Profile();
  let page: Page;

  beforeAll(async () => {
    page = await profile.open();
    await page.getByRole('textbox', { name: 'Article text' }).waitFor();
  });
  afterAll(() => profile.dispose());

  it('brings the open form back, as typed, after a reload', async () => {
    await selectWithMouse(page, CLAIM);
    await page.getByRole('button', { name: 'Annotate', exact: true }).click();
    await giveNameIfAsked(page, 'Ada Lindqvist');
    await newForm(page).getByLabel('Verdict').selectOption({ label: 'Mostly false' });
    await newForm(page).getByLabel('Note').fill('Half a thought about the ministry');
    await page.waitForTimeout(600); // the draft is kept a moment after the last key
    await page.reload();
    const form = newForm(page);
    await form.waitFor();
    expect(await form.locator('.editor-quote').textContent()).toBe(CLAIM);
    expect(await form.getByLabel('Note').inputValue()).toBe('Half a thought about the ministry');
    expect(await form.getByLabel('Verdict').inputValue()).toBe('mostly-false');
    expect(await form.getByRole('status').textContent()).toContain('draft');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => entries(page).count()).toBe(1);
    // saved: nothing comes back on the next reload
    await page.reload();
    await page.getByRole('textbox', { name: 'Article text' }).waitFor();
    await expect.poll(() => entries(page).count()).toBe(1);
    expect(await newForm(page).count()).toBe(0);
  });

  it('asks before Escape or Cancel throws changes away', async () => {
    await entries(page).first().getByRole('button', { name: 'Edit' }).click();
    const form = editForm(page);
    await form.getByLabel('Note').fill('A better note');
    await page.keyboard.press('Escape');
    await askDiscard(page).waitFor();
    await askDiscard(page).getByRole('button', { name: 'Keep editing' }).click();
    expect(await form.getByLabel('Note').inputValue()).toBe('A better note');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await askDiscard(page).getByRole('button', { name: 'Discard changes' }).click();
    await form.waitFor({ state: 'detached' });
    expect(await entries(page).first().textContent()).toContain('Half a thought');
  });

  it('closes a form with no changes at once', async () => {
    await entries(page).first().getByRole('button', { name: 'Edit' }).click();
    await page.keyboard.press('Escape');
    await editForm(page).waitFor({ state: 'detached' });
    expect(await askDiscard(page).count()).toBe(0);
  });

  it('asks before the Library or another annotation replaces a changed form', async () => {
    await annotate(page, OTHER, { kind: 'Comment', note: 'Second' });
    await entries(page).first().getByRole('button', { name: 'Edit' }).click();
    await editForm(page).getByLabel('Note').fill('Changed, not saved');
    await page.getByRole('button', { name: 'Library' }).click();
    await askDiscard(page).getByRole('button', { name: 'Keep editing' }).click();
    expect(await editForm(page).getByLabel('Note').inputValue()).toBe('Changed, not saved');
    // the list gives way to the form: another annotation is opened from the text
    await selectWithMouse(page, 'Gina Raimondo');
    await page.getByRole('button', { name: 'Annotate', exact: true }).click();
    await askDiscard(page).waitFor();
    await askDiscard(page).getByRole('button', { name: 'Discard changes' }).click();
    await expect
      .poll(() => newForm(page).locator('.editor-quote').textContent())
      .toBe('Gina Raimondo');
    await page.keyboard.press('Escape');
    await newForm(page).waitFor({ state: 'detached' });
    expect(await entries(page).first().textContent()).toContain('Half a thought');
  });

  it('keeps the Undo of a delete while it has the focus, and Ctrl+Z undoes a delete', async () => {
    await entries(page).nth(1).getByRole('button', { name: 'Edit' }).click();
    await editForm(page).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => entries(page).count()).toBe(1);
    const undo = page
      .getByRole('status')
      .filter({ hasText: 'Annotation deleted' })
      .getByRole('button', { name: 'Undo' });
    await undo.focus();
    await page.waitForTimeout(9_000); // past the offer's usual time
    expect(await undo.isVisible()).toBe(true);
    await undo.press('Enter');
    await expect.poll(() => entries(page).count()).toBe(2);
    // now by key, from the article
    await entries(page).nth(1).getByRole('button', { name: 'Edit' }).click();
    await editForm(page).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => entries(page).count()).toBe(1);
    await page.getByRole('textbox', { name: 'Article text' }).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => entries(page).count()).toBe(2);
    expect(await focusedName(page)).not.toBe('BODY undefined');
  });

  it('Ctrl+Z undoes the last save too: a new annotation goes, an edit goes back', async () => {
    await entries(page).first().getByRole('button', { name: 'Edit' }).click();
    await editForm(page).getByLabel('Note').fill('Edited note');
    await editForm(page).getByRole('button', { name: 'Save' }).click();
    await editForm(page).waitFor({ state: 'detached' });
    await expect.poll(() => entries(page).first().textContent()).toContain('Edited note');
    await page.getByRole('textbox', { name: 'Article text' }).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => entries(page).first().textContent()).toContain('Half a thought');
    await annotate(page, 'Gina Raimondo', { kind: 'Comment', note: 'Third' });
    await expect.poll(() => entries(page).count()).toBe(3);
    await page.getByRole('textbox', { name: 'Article text' }).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => entries(page).count()).toBe(2);
  });
});
