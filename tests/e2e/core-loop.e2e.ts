import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, Profile } from './browser';
import { clickBefore, clickOn, entries, selectWithMouse, selectedText, sidebar } from './reviewer';

const CLAIM = 'believed to be the ministry’s first in this regard';
const SLIP = 'Robert Hallbeck';
const OVERLAP = 'Robert Hallbeck, the economy minister and vice chancellor';

/** The text each highlight covers (a highlight is split into several spans where others cross it). */
const highlightTexts = (page: Page) =>
  page.evaluate(() => {
    const texts = new Map<string, string>();
    for (const el of document.querySelectorAll('.ProseMirror [data-annotation-id]')) {
      const id = el.getAttribute('data-annotation-id') as string;
      texts.set(id, (texts.get(id) ?? '') + el.textContent);
    }
    return [...texts.entries()];
  });

/** The spans of the highlight that covers exactly `text`. */
const highlight = (page: Page, text: string) => ({
  async id() {
    const found = (await highlightTexts(page)).find(([, t]) => t === text);
    return found?.[0];
  },
  async classes() {
    const id = await this.id();
    return id
      ? page.locator(`.ProseMirror [data-annotation-id="${id}"]`).first().getAttribute('class')
      : null;
  },
  async count() {
    return (await this.id()) ? 1 : 0;
  },
});

async function expectThreeAnnotations(page: Page) {
  await expect.poll(() => entries(page).count()).toBe(3);
  const items = await entries(page).allTextContents();
  // reading order: the claim, then the longer of the two annotations that start at "Robert"
  expect(items[0]).toContain('believed to be the ministry’s first');
  expect(items[1]).toContain('the economy minister and vice chancellor');
  expect(items[2]).toContain('Robert Hallbeck');
  expect(items[2]).toContain('→ Robert Habeck');
  const texts = (await highlightTexts(page)).map(([, text]) => text);
  expect(texts).toContain(CLAIM);
  expect(texts).toContain(OVERLAP);
  expect(texts).toContain(SLIP);
}

describe('the reviewer’s core loop', () => {
  const profile = new Profile({ persistent: true }); // restarted below
  let page: Page;

  beforeAll(async () => {
    page = await profile.open();
    // count the app's requests for persistent storage
    await profile.context?.addInitScript(() => {
      const persist = navigator.storage.persist.bind(navigator.storage);
      const w = window as unknown as { persistRequests: number };
      w.persistRequests = 0;
      navigator.storage.persist = () => {
        w.persistRequests++;
        return persist();
      };
    });
    await page.reload();
  });
  afterAll(() => profile.dispose());

  it('is served under a strict Content-Security-Policy, as a header and a meta tag', async () => {
    const response = await page.request.get(APP_URL);
    const header = response.headers()['content-security-policy'] ?? '';
    for (const directive of [
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "img-src 'self' data:",
    ]) {
      expect(header).toContain(directive);
    }
    expect(header).not.toContain('unsafe');
    // the header is the <meta> policy and what only a header can carry
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(header).toBe(`${meta}; frame-ancestors 'none'`);
  });

  it('opens on the sample article, artefacts and all', async () => {
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('China');
    const text = await page.getByRole('textbox', { name: 'Article text' }).textContent();
    expect(text).toContain('semiconductorPhoto: Massimo Brega');
    expect(text).toContain('  • Read also: The US further restricts');
    expect(text).toContain('Source: The Japan Times');
    expect(await page.locator('.publisher').textContent()).toBe('The Japan Times');
    expect(await page.locator('.ProseMirror p').count()).toBe(13);
  });

  it('keeps the article text unchangeable while it stays selectable', async () => {
    const before = await page.locator('.ProseMirror').textContent();
    await clickBefore(page, 'Tokyo Electron');
    await page.keyboard.type('xyz');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    expect(await page.locator('.ProseMirror').textContent()).toBe(before);
  });

  it('annotates a claim selected with the mouse: verdict, source and note', async () => {
    await selectWithMouse(page, CLAIM);
    expect(await selectedText(page)).toBe(CLAIM);
    const annotate = page.getByRole('button', { name: 'Annotate', exact: true });
    expect(await annotate.getAttribute('title')).toContain('(A)');
    await annotate.click();

    const dialog = page.getByRole('dialog', { name: 'Who is reviewing?' });
    await dialog.getByLabel('Your name').fill('Ada Lindqvist');
    await dialog.getByRole('button', { name: 'Continue' }).click();

    const form = page.getByRole('form', { name: 'New annotation' });
    expect(await form.locator('.editor-quote').textContent()).toBe(CLAIM);
    expect(await form.getByRole('radio', { name: 'Claim' }).isChecked()).toBe(true);
    await form.getByLabel('Verdict').selectOption({ label: 'Unverifiable' });
    await form.getByRole('button', { name: 'Add source' }).click();
    await form.getByLabel('Source URL').fill('javascript:alert(1)');
    await form.getByLabel('Source URL').press('Tab');
    await expect
      .poll(() => form.getByRole('alert').textContent())
      .toContain('Only http:// and https://');
    // title, publisher, date and passage open on demand
    await form.getByText('More about source 1').click();
    await form.getByRole('button', { name: 'Save' }).click();
    expect(await form.isVisible()).toBe(true); // refused, nothing saved
    expect(await form.getByLabel('Source URL').getAttribute('aria-invalid')).toBe('true');

    await form
      .getByLabel('Source URL')
      .fill('https://www.japantimes.co.jp/news/2022/12/11/business/us-japan-chips/');
    await form.getByLabel('Source title').fill('U.S. asks Japan to join chip curbs on China');
    await form.getByLabel('Publisher').fill('The Japan Times');
    await form.getByLabel('Quoted passage').fill('Washington has asked Tokyo for cooperation');
    await form.getByLabel('Stance').selectOption('context');
    await form.getByLabel('Accessed').fill('2026-11-25');
    await form.getByLabel('Note').fill('No ministry statement confirms this was a first.');
    await form.getByLabel('Tags').fill('export controls, sourcing');
    await form.getByRole('button', { name: 'Save' }).click();

    await expect.poll(() => entries(page).count()).toBe(1);
    const entry = await entries(page).first().textContent();
    expect(entry).toContain(CLAIM);
    expect(entry).toContain('Unverifiable');
    expect(entry).toContain('1 gives context');
    expect(entry).toContain('Open');
    expect(await highlight(page, CLAIM).classes()).toContain('fm-cue-6');
  });

  it('asked the browser to keep its storage, and says how safe the work is', async () => {
    const status = sidebar(page).locator('.storage-status');
    await expect.poll(() => status.getAttribute('data-persistence')).not.toBeNull();
    const persisted = await page.evaluate(() => navigator.storage.persisted());
    if (!persisted) {
      const requests = await page.evaluate(
        () => (window as unknown as { persistRequests: number }).persistRequests,
      );
      expect(requests).toBeGreaterThan(0); // it asked after the first annotation, and the browser said no
    }
    expect(await status.getAttribute('data-persistence')).toBe(
      persisted ? 'persistent' : 'best-effort',
    );
    expect(await status.textContent()).toMatch(/^Storage: Kept in this browser/);
  });

  it('files a correction for a slip selected with Shift+arrows and the A key', async () => {
    await clickBefore(page, SLIP);
    for (let i = 0; i < SLIP.length; i++) await page.keyboard.press('Shift+ArrowRight');
    expect(await selectedText(page)).toBe(SLIP);
    await page.keyboard.press('a');

    const form = page.getByRole('form', { name: 'New annotation' });
    await form.getByRole('radio', { name: 'Correction' }).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => form.getByRole('alert').textContent())
      .toContain('what the text should read');
    await form.getByRole('textbox', { name: 'Correction' }).fill('Robert Habeck');
    await form
      .getByRole('group', { name: 'Status' })
      .getByRole('radio', { name: 'Checked' })
      .check();
    await form.getByRole('button', { name: 'Save' }).click();

    await expect.poll(() => entries(page).count()).toBe(2);
    const slip = page.locator(
      `.ProseMirror [data-annotation-id="${await highlight(page, SLIP).id()}"]`,
    );
    expect(await slip.getAttribute('data-correction')).toBe('Robert Habeck');
    const shown = await slip.evaluate(el => getComputedStyle(el, '::after').content);
    expect(shown).toBe('"→ Robert Habeck"');
  });

  it('draws an overlapping annotation and lets the reviewer pick where they overlap', async () => {
    await selectWithMouse(page, OVERLAP);
    expect(await selectedText(page)).toBe(OVERLAP);
    await page.getByRole('button', { name: 'Annotate', exact: true }).click();
    const form = page.getByRole('form', { name: 'New annotation' });
    await form.getByLabel('Verdict').selectOption({ label: 'Mostly true' });
    await form.getByLabel('Note').fill('Habeck held both offices in December 2022.');
    await form.getByRole('button', { name: 'Save' }).click();
    await expectThreeAnnotations(page);

    // the slip sits inside the overlapping claim: its highlight is nested in the other one
    const outer = await highlight(page, OVERLAP).id();
    expect(
      await page.locator(`.ProseMirror [data-annotation-id="${outer}"] .fm-hl`).textContent(),
    ).toBe(SLIP);

    await clickOn(page, 'Hallbeck');
    const picker = page.getByRole('menu', { name: 'Overlapping annotations' });
    expect(await picker.getByRole('menuitem').count()).toBe(2);
    await picker.getByRole('menuitem', { name: /Correction/ }).click();
    const current = sidebar(page).locator('[aria-current="true"]');
    expect(await current.textContent()).toContain('→ Robert Habeck');
    expect(await page.locator('.fm-hl-active').getAttribute('data-annotation-id')).toBe(
      await highlight(page, SLIP).id(),
    );
  });

  it('selects the highlight when its sidebar entry is clicked', async () => {
    await entries(page).first().click();
    expect(await page.locator('.fm-hl-active').getAttribute('data-annotation-id')).toBe(
      await highlight(page, CLAIM).id(),
    );
    expect(await entries(page).first().getAttribute('aria-current')).toBe('true');
  });

  it('keeps everything after a reload and after a browser restart', async () => {
    await page.reload();
    await expectThreeAnnotations(page);
    await profile.close();
    page = await profile.open();
    await expectThreeAnnotations(page);
  });

  it('edits an annotation opened with Enter and saves it at once', async () => {
    await entries(page).nth(1).focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Edit annotation' });
    expect(await form.getByLabel('Note').inputValue()).toBe(
      'Habeck held both offices in December 2022.',
    );
    await form.getByLabel('Verdict').selectOption({ label: 'True' });
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => entries(page).nth(1).textContent()).toContain('True');
    await page.reload();
    await expect.poll(() => entries(page).nth(1).textContent()).toContain('True');
    expect(await highlight(page, OVERLAP).classes()).toContain('fm-cue-0');
  });

  it('deletes without asking and offers Undo', async () => {
    await entries(page).first().getByRole('button', { name: /Edit/ }).click();
    await page
      .getByRole('form', { name: 'Edit annotation' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect.poll(() => entries(page).count()).toBe(2);
    expect(await highlight(page, CLAIM).count()).toBe(0);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expectThreeAnnotations(page);
    expect(await entries(page).first().textContent()).toContain('1 gives context');
  });

  it('shows the annotations clearly at 1280×800', async () => {
    mkdirSync('test-results/screenshots', { recursive: true });
    await page
      .locator('.ProseMirror')
      .getByText('The request to Nishimura')
      .scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/core-loop.png' });
  });

  it('broke no rule of the Content-Security-Policy', () => {
    expect(profile.cspViolations).toEqual([]);
  });
});
