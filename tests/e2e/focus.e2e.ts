import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Profile } from './browser';
import { annotate, clickOn, entries, giveNameIfAsked } from './reviewer';

/** Where the focus is: the article, an entry or suggestion of the sidebar, a control, or the page. */
const focus = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'the page';
    if (el.closest('.ProseMirror')) return 'the article';
    const suggestion = el.closest('[aria-label="Suggestions in reading order"] li');
    if (suggestion) return `suggestion: ${suggestion.textContent ?? ''}`;
    const entry = el.closest('.annotation-item');
    if (entry) return `entry: ${entry.querySelector('.item-quote')?.textContent ?? ''}`;
    return `${el.tagName}: ${el.getAttribute('aria-label') ?? el.textContent ?? ''}`;
  });

describe('focus never drops to the page', () => {
  const profile = new Profile();
  let page: Page;

  beforeAll(async () => {
    page = await profile.open();
    await page.getByRole('textbox', { name: 'Article text' }).waitFor();
  });
  afterAll(() => profile.dispose());

  it('goes back to the article after the shortcuts sheet is closed', async () => {
    await page.getByRole('textbox', { name: 'Article text' }).focus();
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    await sheet.getByRole('button', { name: 'Close' }).click();
    await sheet.waitFor({ state: 'detached' });
    expect(await focus(page)).toBe('the article');
  });

  it('goes to the next annotation after a delete', async () => {
    await annotate(page, 'Tokyo Electron', { kind: 'Comment', note: 'one' });
    await annotate(page, 'Gina Raimondo', { kind: 'Comment', note: 'two' });
    await expect.poll(() => entries(page).count()).toBe(2);
    // reading order: Raimondo, then Tokyo Electron
    await entries(page).first().getByRole('button', { name: /^Edit/ }).click();
    await page
      .getByRole('form', { name: 'Edit annotation' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect.poll(() => entries(page).count()).toBe(1);
    await expect.poll(() => focus(page)).toBe('entry: Tokyo Electron');
  });

  it('goes to the next suggestion after one is accepted and saved', async () => {
    await page.getByRole('tab', { name: /^Suggestions/ }).click();
    const list = page.getByRole('list', { name: 'Suggestions in reading order' });
    await list.getByRole('listitem').first().waitFor();
    const second = (await list.getByRole('listitem').nth(1).textContent()) ?? '';
    await list
      .getByRole('listitem')
      .first()
      .getByRole('button', { name: /^Accept/ })
      .click();
    await giveNameIfAsked(page, 'Ada Lindqvist');
    // the form opens on it, with the focus; saved from the keyboard
    const form = page.getByRole('form', { name: 'New annotation' });
    await form.waitFor();
    await expect.poll(() => focus(page)).toMatch(/^INPUT: /);
    await page.keyboard.press('Control+Enter');
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => focus(page)).toMatch(/^suggestion: /);
    // the one after it, now first
    expect((await focus(page)).replace(/^suggestion: /, '')).toBe(second);
  });

  it('goes back to the article, at the chosen annotation, after the overlap menu', async () => {
    await page.getByRole('tab', { name: /^Annotations/ }).click();
    await annotate(page, 'Robert Hallbeck, the economy minister', { kind: 'Comment', note: 'a' });
    await annotate(page, 'Hallbeck', { kind: 'Correction', correction: 'Habeck' });
    await clickOn(page, 'Hallbeck');
    const picker = page.getByRole('menu', { name: 'Overlapping annotations' });
    await picker.getByRole('menuitem', { name: /Correction/ }).press('Enter');
    await picker.waitFor({ state: 'detached' });
    expect(await focus(page)).toBe('the article');
  });
});
