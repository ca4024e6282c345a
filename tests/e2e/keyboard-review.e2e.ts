import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { Profile } from './browser';
import { announced, caretTo, selectWithKeyboard, tabTo } from './keyboard';
import { entries } from './reviewer';

const CLAIM = 'believed to be the ministry’s first in this regard';
const MARKET = 'leading positions in the world market';
const SLIP = 'Robert Hallbeck';

const activeTag = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}` : '';
  });
const inArticle = (page: Page) =>
  page.evaluate(() => !!document.activeElement?.closest('.ProseMirror'));
const selection = (page: Page) => page.evaluate(() => getSelection()?.toString() ?? '');

/** Saves the open editor with Ctrl+Enter and waits for it to close. */
async function saveWithKeyboard(page: Page) {
  await page.keyboard.press('Control+Enter');
  await page.getByRole('form', { name: /annotation/ }).waitFor({ state: 'detached' });
}

/** Downloads an Export menu item chosen with the keyboard only. */
async function exportWithKeyboard(page: Page, item: string, dir: string): Promise<string> {
  await tabTo(page, 'button[aria-haspopup="menu"]');
  await page.keyboard.press('Enter');
  for (let i = 0; i < 8; i++) {
    const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (name === item) break;
    await page.keyboard.press('ArrowDown');
  }
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await download;
  const saved = path.join(dir, file.suggestedFilename());
  await file.saveAs(saved);
  return saved;
}

describe('a whole review with the keyboard only', () => {
  const profile = new Profile();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'factmark-keys-'));
  let page: Page;
  let mouseEvents = 0;

  beforeAll(async () => {
    page = await profile.open();
    await page.getByRole('textbox', { name: 'Article text' }).waitFor();
    // a review by keyboard: any mouse event reaching the page fails the suite
    await page.exposeFunction('reportMouse', () => mouseEvents++);
    await page.evaluate(() => {
      for (const type of ['mousedown', 'mouseup', 'click', 'pointerdown'])
        document.addEventListener(
          type,
          e => {
            // a click a key press synthesizes (Enter on a button) has no pointer behind it
            if ((e as MouseEvent).detail > 0 || type !== 'click')
              (window as unknown as { reportMouse: () => void }).reportMouse();
          },
          true,
        );
    });
  });
  afterAll(async () => {
    expect(mouseEvents, 'mouse events during the keyboard-only review').toBe(0);
    await profile.dispose();
  });

  it('reaches the article with Tab and finds no accessibility violations on the main screen', async () => {
    await tabTo(page, '.ProseMirror');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('creates a claim with Shift+arrows, A, a number key for the verdict and Ctrl+Enter', async () => {
    await selectWithKeyboard(page, CLAIM);
    expect(await selection(page)).toBe(CLAIM);
    await page.keyboard.press('a');
    // the first annotation asks who is reviewing
    const ask = page.getByRole('dialog', { name: 'Who is reviewing?' });
    await ask.waitFor();
    await page.keyboard.type('Mika Tanaka');
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'New annotation' });
    await form.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('7');
    await expect.poll(() => form.getByLabel('Verdict').inputValue()).toBe('unverifiable');
    await saveWithKeyboard(page);
    expect(await inArticle(page)).toBe(true);
    await expect.poll(() => entries(page).count()).toBe(1);
  });

  it('creates a second claim and a correction', async () => {
    await selectWithKeyboard(page, MARKET);
    await page.keyboard.press('a');
    await page.getByRole('form', { name: 'New annotation' }).waitFor();
    await page.keyboard.press('2');
    await saveWithKeyboard(page);

    await selectWithKeyboard(page, SLIP);
    await page.keyboard.press('a');
    const form = page.getByRole('form', { name: 'New annotation' });
    await form.waitFor();
    // focus starts on the kind: arrows choose among the radio buttons
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => form.getByRole('radio', { name: 'Correction' }).isChecked()).toBe(true);
    await tabTo(page, '#correction');
    await page.keyboard.type('Robert Habeck');
    await saveWithKeyboard(page);
    await expect.poll(() => entries(page).count()).toBe(3);
    // both claims have a verdict but are still open; the correction is not a claim
    await expect.poll(() => page.getByText('0 of 2 claims checked').count()).toBe(1);
    expect(await page.locator('.progress-verdicts').textContent()).toBe('2 with a verdict');
    expect(await page.locator('.verdict-summary').textContent()).toBe(
      'Mostly true 1, Unverifiable 1',
    );
  });

  it('moves through the annotations with p and n, announcing each once', async () => {
    expect(await inArticle(page)).toBe(true);
    await page.keyboard.press('p');
    await expect.poll(() => announced(page)).toMatch(/^2 of 3: Claim · Mostly true\. “leading/);
    await page.keyboard.press('p');
    await expect.poll(() => announced(page)).toMatch(/^1 of 3: Claim · Unverifiable\. “believed/);
    await page.keyboard.press('p');
    await expect.poll(() => announced(page)).toBe('No annotations before this one.');
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    await expect.poll(() => announced(page)).toMatch(/^3 of 3: Correction → Robert Habeck/);
    await page.keyboard.press('n');
    await expect.poll(() => announced(page)).toBe('No more annotations after this one.');
    // the sidebar shows which one is current
    await expect
      .poll(() => page.locator('.annotation-item.is-active').textContent())
      .toContain(SLIP);
  });

  it('opens the current one with Enter; Escape returns to the same place in the text', async () => {
    await page.keyboard.press('p');
    await expect.poll(() => announced(page)).toMatch(/^2 of 3/);
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Edit annotation' });
    await form.waitFor();
    await page.keyboard.press('1');
    await saveWithKeyboard(page);
    await expect
      .poll(() => page.locator('.annotation-item.is-active').textContent())
      .toContain('True');
    await page.keyboard.press('Enter');
    await form.waitFor();
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    expect(await inArticle(page)).toBe(true);
    expect(await selection(page)).toBe(MARKET);
  });

  it('never takes a shortcut while typing in a field, and / focuses the search', async () => {
    await page.keyboard.press('/');
    expect(await activeTag(page)).toBe('input#annotation-search');
    await page.keyboard.type('np?/Habeck');
    expect(await page.locator('#annotation-search').inputValue()).toBe('np?/Habeck');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Habeck');
    await expect.poll(() => entries(page).count()).toBe(1);
    // the others' highlights fade, they do not vanish
    expect(await page.locator('.ProseMirror .fm-filtered-out').count()).toBeGreaterThan(0);
    expect(await page.locator('.ProseMirror [data-annotation-id]').count()).toBeGreaterThanOrEqual(
      3,
    );
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await expect.poll(() => entries(page).count()).toBe(3);
  });

  it('filters by kind from the Filters panel', async () => {
    await tabTo(page, 'button[aria-controls]:not([aria-haspopup])');
    await page.keyboard.press('Enter');
    await tabTo(page, 'input[type="checkbox"]');
    for (let i = 0; i < 6; i++) {
      const label = await page.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '',
      );
      if (label.startsWith('Correction')) break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Space');
    await expect.poll(() => entries(page).count()).toBe(1);
    await expect.poll(() => page.getByText('Showing 1 of 3').count()).toBe(1);
    await page.keyboard.press('Space');
    await expect.poll(() => entries(page).count()).toBe(3);
  });

  it('shows every shortcut with ?', async () => {
    await tabTo(page, '.ProseMirror');
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Next open annotation');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('opens the verdict scale, New article and the library by keyboard, with no accessibility violations', async () => {
    await tabTo(page, '.legend-edit');
    await page.keyboard.press('Enter');
    const scale = page.getByRole('dialog', { name: 'Verdict scale' });
    await scale.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await scale.waitFor({ state: 'detached' });
    // the focus is back on the button that opened it, not dropped to the page
    expect(await page.evaluate(() => document.activeElement?.matches('.legend-edit'))).toBe(true);

    // back up to the toolbar, as a keyboard user would from the foot of the sidebar
    await tabTo(page, '.toolbar button:nth-of-type(2)', 150, true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('New article');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New article' });
    await dialog.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await tabTo(page, '.toolbar button:nth-of-type(1)', 150, true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Library', exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, '.library-brand button');
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Article text' }).waitFor();
  });

  it('exports the report and the CSV from the Export menu', async () => {
    const html = readFileSync(await exportWithKeyboard(page, 'Report (HTML)', dir), 'utf8');
    expect(html).toContain('Robert Habeck');
    expect(html.indexOf('believed to be the ministry’s first')).toBeLessThan(
      html.indexOf('leading positions in the world market'),
    );
    expect(html).not.toMatch(/<script/i);
    const csv = readFileSync(await exportWithKeyboard(page, 'CSV', dir), 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('believed to be the ministry’s first in this regard');
  });

  it('prints the report, not the app', async () => {
    expect(await page.locator('.print-report').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    const report = page.locator('.print-report');
    await report.waitFor();
    expect(await report.textContent()).toContain('Robert Habeck');
    expect(await page.locator('main.reading').isVisible()).toBe(false);
    expect(await page.locator('aside.sidebar').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await report.waitFor({ state: 'detached' });
    expect(await page.locator('main.reading').isVisible()).toBe(true);
  });

  it('keeps caret navigation in the text: the caret moves with the arrows after n', async () => {
    await tabTo(page, '.ProseMirror');
    await caretTo(page, SLIP);
    expect(await inArticle(page)).toBe(true);
  });
});
