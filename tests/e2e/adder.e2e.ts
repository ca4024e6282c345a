import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { Profile } from './browser';
import { caretTo, settle } from './keyboard';
import { giveNameIfAsked, selectWithMouse } from './reviewer';

const adder = (page: Page) => page.getByRole('button', { name: 'Annotate the selection' });
const form = (page: Page) => page.getByRole('form', { name: 'New annotation' });

interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The adder's box, the boxes of the selected words, the article column's and the window's width. */
const boxes = (page: Page) =>
  page.evaluate(() => {
    const box = (r: DOMRect) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right });
    const button = document.querySelector('.adder');
    const selection = getSelection();
    const column = document.querySelector('.article-text');
    if (!button || !selection || selection.rangeCount === 0 || !column) return null;
    return {
      adder: box(button.getBoundingClientRect()),
      words: [...selection.getRangeAt(0).getClientRects()].filter(r => r.width > 0).map(box),
      column: box(column.getBoundingClientRect()),
      width: document.documentElement.clientWidth,
    };
  });

const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The adder is shown by the words, over none of them, inside the column and the window. */
async function expectBesideTheWords(page: Page, where: string): Promise<void> {
  await expect.poll(() => adder(page).isVisible()).toBe(true);
  await expect.poll(() => adder(page).getAttribute('data-placed')).toBe('true');
  const b = await boxes(page);
  if (!b) throw new Error(`no adder or selection ${where}`);
  expect(b.words.length, where).toBeGreaterThan(0);
  for (const w of b.words) expect(overlaps(b.adder, w), `${where}: covers a word`).toBe(false);
  expect(b.adder.left, where).toBeGreaterThanOrEqual(b.column.left - 0.5);
  expect(b.adder.right, where).toBeLessThanOrEqual(b.column.right + 0.5);
  expect(b.adder.right, where).toBeLessThanOrEqual(b.width);
  // just by the words: within a line or so above the first or below the last
  const first = b.words[0] as Rect;
  const last = b.words[b.words.length - 1] as Rect;
  const near =
    b.adder.bottom <= first.top + 1 ? first.top - b.adder.bottom : b.adder.top - last.bottom;
  expect(near, where).toBeLessThanOrEqual(12);
}

describe('the adder by the selection', () => {
  const profile = new Profile();
  let page: Page;

  beforeAll(async () => {
    page = await profile.open();
    await page.getByRole('textbox', { name: 'Article text' }).waitFor();
  });
  afterAll(() => profile.dispose());

  it('appears by words selected with the mouse, at every width, and opens the form', async () => {
    expect(await adder(page).count()).toBe(0);
    for (const size of [
      { width: 1280, height: 800 },
      { width: 1024, height: 768 },
      { width: 800, height: 900 },
      { width: 360, height: 740 },
    ]) {
      await page.setViewportSize(size);
      await selectWithMouse(page, 'efforts to develop highly efficient semiconductors');
      await expectBesideTheWords(page, `at ${size.width}px`);
      await page.screenshot({ path: `test-results/screenshots/adder-mouse-${size.width}.png` });
      expect(await axeViolations(page), `at ${size.width}px`).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await selectWithMouse(page, 'efforts to develop highly efficient semiconductors');
    await adder(page).click();
    await giveNameIfAsked(page, 'Ada Lindqvist');
    await form(page).waitFor();
    expect(await form(page).locator('.editor-quote').textContent()).toBe(
      'efforts to develop highly efficient semiconductors',
    );
    // not while the form is open on the words
    expect(await adder(page).count()).toBe(0);
    await form(page).getByRole('button', { name: 'Cancel' }).click();
    await form(page).waitFor({ state: 'detached' });
  });

  it('is reached by Tab after a selection made with Shift+arrows, and opens the form with Enter', async () => {
    const text = page.getByRole('textbox', { name: 'Article text' });
    await text.focus();
    await caretTo(page, 'Gina Raimondo');
    expect(await adder(page).count()).toBe(0);
    for (let i = 0; i < 'Gina Raimondo'.length; i++) await page.keyboard.press('Shift+ArrowRight');
    await settle(page);
    await expectBesideTheWords(page, 'after Shift+arrows');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Annotate the selection',
    );
    await page.keyboard.press('Enter');
    await form(page).waitFor();
    expect(await form(page).locator('.editor-quote').textContent()).toBe('Gina Raimondo');
    await page.keyboard.press('Escape');
    await form(page).waitFor({ state: 'detached' });
    // the toolbar's Annotate stays
    expect(await page.getByRole('button', { name: 'Annotate', exact: true }).count()).toBe(1);
  });
});
