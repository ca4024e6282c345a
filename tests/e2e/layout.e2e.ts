import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { Profile } from './browser';
import { giveNameIfAsked, selectWithMouse, sidebar } from './reviewer';

const CLAIM = 'believed to be the ministry’s first in this regard';

/** How the page sits in the window: what scrolls, and where the toolbar's controls are. */
function layout(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement as Element;
    const toolbar = document.querySelector('[role="toolbar"][aria-label="Article tools"]');
    const bar = toolbar?.getBoundingClientRect();
    const controls = [...(toolbar?.querySelectorAll('button') ?? [])]
      .filter(b => b.getClientRects().length > 0)
      .map(b => {
        const r = b.getBoundingClientRect();
        return {
          name: b.getAttribute('aria-label') ?? b.textContent,
          left: r.left,
          right: r.right,
        };
      });
    // any element wider than the window, other than the text's own scrolling box
    const article = document.querySelector('.reading');
    return {
      pageHeight: root.scrollHeight,
      pageWidth: root.scrollWidth,
      scrollY: window.scrollY,
      height: window.innerHeight,
      width: document.documentElement.clientWidth,
      articleSideways: article ? article.scrollWidth > article.clientWidth : false,
      toolbar: bar && { top: bar.top, bottom: bar.bottom },
      controls,
    };
  });
}

/** The page fits the window: no scrolling of the whole page, the toolbar and all its controls in view. */
async function expectHeld(page: Page) {
  const at = await layout(page);
  expect(at.pageHeight, 'page height').toBe(at.height);
  expect(at.pageWidth, 'page width').toBeLessThanOrEqual(at.width);
  expect(at.scrollY).toBe(0);
  expect(at.articleSideways, 'the article scrolls sideways').toBe(false);
  expect(at.toolbar?.top).toBeGreaterThanOrEqual(0);
  expect(at.toolbar?.bottom).toBeLessThanOrEqual(at.height);
  for (const c of at.controls) {
    expect(c.left, `${c.name} cut off`).toBeGreaterThanOrEqual(0);
    expect(c.right, `${c.name} cut off`).toBeLessThanOrEqual(at.width);
  }
  const names = at.controls.map(c => c.name);
  for (const name of ['Library', 'Import', 'Keyboard shortcuts']) expect(names).toContain(name);
}

const form = (page: Page) => page.getByRole('form', { name: 'New annotation' });
const panelToggle = (page: Page) =>
  page.getByRole('toolbar', { name: 'Article tools' }).getByRole('button', { name: 'Sidebar' });

/** Opens the form on the claim with two sources, as the report of the blank page had it. */
async function openFormWithTwoSources(page: Page) {
  await selectWithMouse(page, CLAIM);
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
  await giveNameIfAsked(page, 'Ada Lindqvist');
  await form(page).getByRole('button', { name: 'Add source' }).click();
  await form(page).getByRole('button', { name: 'Add source' }).click();
  await expect.poll(() => form(page).getByLabel('Source URL').count()).toBe(2);
}

describe.each([
  { width: 1280, height: 800, narrow: false },
  { width: 1024, height: 768, narrow: false },
  { width: 800, height: 900, narrow: true },
  { width: 360, height: 740, narrow: true },
])('the screen at $width×$height', ({ width, height, narrow }) => {
  const profile = new Profile();
  let page: Page;

  beforeAll(async () => {
    page = await profile.open({ width, height });
    await page.getByRole('textbox', { name: 'Article text' }).waitFor();
  });
  afterAll(() => profile.dispose());

  it('fits the window: no page scroll, nothing sideways, the whole toolbar in view', async () => {
    await expectHeld(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps the page still when the sidebar with a long form is scrolled past its end', async () => {
    await openFormWithTwoSources(page);
    await expectHeld(page);
    const box = await sidebar(page).boundingBox();
    if (!box) throw new Error('the sidebar is not shown');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 800);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expectHeld(page);
    expect(await axeViolations(page)).toEqual([]);
    // two empty sources are a change: closing asks first
    await form(page).getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Discard changes' }).click();
    await form(page).waitFor({ state: 'detached' });
  });

  it.runIf(narrow)(
    'shows the sidebar as a panel, opened and closed by button and key',
    async () => {
      const toggle = panelToggle(page);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await sidebar(page).isVisible()).toBe(false);
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await expect.poll(() => sidebar(page).isVisible()).toBe(true);
      await expectHeld(page);
      expect(await axeViolations(page)).toEqual([]);
      // closed by key from wherever focus is, and focus comes back to the toggle
      await page.keyboard.press('Escape');
      await expect.poll(() => sidebar(page).isVisible()).toBe(false);
      await expect.poll(() => toggle.evaluate(el => el === document.activeElement)).toBe(true);
      // the s key opens it from the article and moves focus into it
      await page.getByRole('textbox', { name: 'Article text' }).focus();
      await page.keyboard.press('s');
      await expect.poll(() => sidebar(page).isVisible()).toBe(true);
      await expect
        .poll(() => sidebar(page).evaluate(el => el.contains(document.activeElement)))
        .toBe(true);
      await page.keyboard.press('s');
      await expect.poll(() => sidebar(page).isVisible()).toBe(true); // s while in the panel does not close it
      await page.keyboard.press('Escape');
      await expect.poll(() => sidebar(page).isVisible()).toBe(false);
    },
  );

  it('shows each sidebar tab whole, its count too', async () => {
    if (narrow) await panelToggle(page).click();
    const tabs = page.getByRole('tablist', { name: 'Sidebar' });
    await tabs.waitFor();
    const fit = await tabs.evaluate(list => {
      const box = list.getBoundingClientRect();
      return [...list.querySelectorAll('[role="tab"]')].map(tab => {
        const r = tab.getBoundingClientRect();
        return {
          name: tab.textContent,
          inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5,
          clipped: tab.scrollWidth > tab.clientWidth,
        };
      });
    });
    expect(fit.length).toBeGreaterThan(1);
    for (const tab of fit) {
      expect(tab.inside, `${tab.name} sticks out of the sidebar`).toBe(true);
      expect(tab.clipped, `${tab.name} is cut off`).toBe(false);
    }
    if (narrow) await page.keyboard.press('Escape');
  });

  it.runIf(narrow)('puts the panel’s Close button clear of the progress card', async () => {
    await panelToggle(page).click();
    const close = sidebar(page).getByRole('button', { name: 'Close sidebar' });
    const card = sidebar(page).getByRole('region', { name: 'Review progress' });
    const [a, b] = [await close.boundingBox(), await card.boundingBox()];
    if (!a || !b) throw new Error('the Close button or the progress card is not shown');
    const apart =
      a.x + a.width <= b.x ||
      b.x + b.width <= a.x ||
      a.y + a.height <= b.y ||
      b.y + b.height <= a.y;
    expect(apart, `Close ${JSON.stringify(a)} overlaps the card ${JSON.stringify(b)}`).toBe(true);
    await page.keyboard.press('Escape');
  });

  it.runIf(!narrow)('shows the sidebar beside the article, with no toggle', async () => {
    expect(await sidebar(page).isVisible()).toBe(true);
    expect(await panelToggle(page).count()).toBe(0);
  });
});

describe('an article opening', () => {
  const profile = new Profile();
  afterAll(() => profile.dispose());

  it('draws its text where it stays, from the first frame on', async () => {
    // every frame from the app's first script on notes where the first screen's last block is
    const page = await profile.open({ width: 1280, height: 800 }, () => {
      const w = window as unknown as { __frames: string[] };
      w.__frames = [];
      const note = () => {
        const blocks = document.querySelectorAll('.ProseMirror > *');
        const last = [...blocks].filter(b => b.getBoundingClientRect().top < innerHeight).at(-1);
        if (last) {
          const r = last.getBoundingClientRect();
          w.__frames.push(`${blocks.length} blocks, the last in view ${r.top}–${r.bottom}`);
        }
        if (w.__frames.length < 30) requestAnimationFrame(note);
      };
      requestAnimationFrame(note);
    });
    await page.getByRole('textbox', { name: 'Article text' }).waitFor();
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { __frames: string[] }).__frames.length),
      )
      .toBe(30);
    const frames = await page.evaluate(
      () => (window as unknown as { __frames: string[] }).__frames,
    );
    // a block skipped by content-visibility had its 8em placeholder in the first frame
    expect(new Set(frames)).toEqual(new Set([frames[0]]));
  });
});
