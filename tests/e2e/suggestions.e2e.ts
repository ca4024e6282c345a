import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Profile } from './browser';
import { readFileSync } from 'node:fs';
import { entries, exportAs } from './reviewer';
import { atThreeWidths } from './screens';

const suggestionsList = (page: Page) =>
  page.getByRole('list', { name: 'Suggestions in reading order' });
const suggestionTexts = (page: Page) =>
  suggestionsList(page).getByRole('listitem').allTextContents();
const showTab = (page: Page, name: 'Annotations' | 'Suggestions') =>
  page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();

/** Opens `text` as a new article, from a .txt file chosen in the New article dialog. */
async function openTextFile(page: Page, name: string, text: string): Promise<void> {
  await page.getByRole('button', { name: 'New article' }).click();
  const dialog = page.getByRole('dialog', { name: 'New article' });
  await dialog.getByLabel('Open article file').setInputFiles({
    name,
    mimeType: 'text/plain',
    buffer: Buffer.from(text),
  });
  await expect.poll(() => dialog.getByRole('button', { name: 'Load' }).isEnabled()).toBe(true);
  await dialog.getByRole('button', { name: 'Load' }).click();
}

/** The detail of the page's last performance mark or measure named `name`. */
const lastDetail = <T>(page: Page, name: string) =>
  page.evaluate(
    n => (performance.getEntriesByName(n).at(-1) as PerformanceMark | undefined)?.detail,
    name,
  ) as Promise<T>;

/** A long text: a name spelled right three times, `lines` of filler, then spelled wrong once. */
const nameSpelledApart = (right: string, wrong: string, lines: number) =>
  `${right.repeat(3)}${'People walked along the river in the evening, and the cafés were busy.\n'.repeat(lines)}${wrong}`;

describe('claim spotting in the app', () => {
  const profile = new Profile();
  let page: Page;

  beforeAll(async () => {
    page = await profile.open();
    await page.getByRole('textbox', { name: 'Article text' }).waitFor();
  });
  afterAll(() => profile.dispose());

  it('suggests the sample’s claims and the garbled name, with reasons, underlined in the article', async () => {
    // the annotations come first; the empty list points to the suggestions' tab and its count
    const offer = page.getByRole('button', { name: /^\d+ suggestions$/ });
    await offer.waitFor();
    const count = Number((await offer.textContent())?.split(' ')[0]);
    expect(await page.getByRole('tab', { name: /^Suggestions/ }).textContent()).toBe(
      `Suggestions${count}`,
    );
    await offer.click();
    expect(
      await page.getByRole('tab', { name: /^Suggestions/ }).getAttribute('aria-selected'),
    ).toBe('true');
    await expect.poll(async () => (await suggestionTexts(page)).length).toBe(count);
    const items = await suggestionTexts(page);
    const has = (text: string) => items.some(t => t.includes(text));
    expect(has('believed to be the ministry’s first in this regard')).toBe(true);
    expect(has('leading positions in the world market')).toBe(true);
    expect(has('In October, the US initiated expanded controls')).toBe(true);
    expect(items.some(t => t.includes('Robert Hallbeck') && t.includes('Robert Habeck'))).toBe(
      true,
    );
    expect(await page.locator('.ProseMirror .fm-suggestion').count()).toBeGreaterThan(3);
    // distinct from annotations: no highlight until one is accepted
    expect(await page.locator('.ProseMirror [data-annotation-id]').count()).toBe(0);
  });

  it('accepts the name into the form: a correction to the suggested spelling, the reason apart from the note', async () => {
    const item = suggestionsList(page).getByRole('listitem').filter({ hasText: 'Robert Habeck' });
    await item.getByRole('button', { name: /^Accept/ }).click();
    // the first annotation of this browser asks who is reviewing, then goes on
    const ask = page.getByRole('dialog', { name: 'Who is reviewing?' });
    await ask.waitFor();
    await ask.getByLabel('Your name').fill('Mika Tanaka');
    await ask.getByRole('button', { name: 'Continue' }).click();
    // the form opens filled in: nothing is stored until the reviewer saves
    const form = page.getByRole('form', { name: 'New annotation' });
    await form.waitFor();
    expect(await form.getByRole('radio', { name: 'Correction' }).isChecked()).toBe(true);
    expect(await form.getByRole('textbox', { name: 'Correction' }).inputValue()).toBe(
      'Robert Habeck',
    );
    expect(await form.getByLabel('Note').inputValue()).toBe('');
    expect(await form.locator('.editor-origin').textContent()).toMatch(
      /^Suggested because: close to Robert Habeck \(.+\)\.$/,
    );
    await atThreeWidths(page, 'accept-form');
    await form.getByLabel('Note').fill('Misspelled in the print edition too.');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    // the reviewer is back with the suggestions, which no longer offer it
    await expect
      .poll(async () => (await suggestionTexts(page)).some(t => t.includes('Robert Habeck')))
      .toBe(false);
    await showTab(page, 'Annotations');
    await expect.poll(() => entries(page).count()).toBe(1);
    const entry = entries(page).first();
    expect(await entry.textContent()).toContain('→ Robert Habeck');
    expect(await entry.locator('.item-origin').textContent()).toMatch(/^Suggested because: close/);
    await entries(page).first().getByRole('button', { name: /^Edit/ }).click();
    const edit = page.getByRole('form', { name: 'Edit annotation' });
    expect(await edit.getByLabel('Note').inputValue()).toBe('Misspelled in the print edition too.');
    expect(await edit.locator('.editor-origin').textContent()).toMatch(/^Suggested because: /);
    await edit.getByRole('button', { name: 'Cancel' }).click();
    // the reasons never reach the editor's report
    const report = readFileSync(await exportAs(page, 'Report (Markdown)', profile.dir), 'utf8');
    expect(report).toContain('Misspelled in the print edition too.');
    expect(report).not.toContain('Suggested');
  });

  it('accepts a claim into the form, where the verdict keys set its verdict, and Cancel stores nothing', async () => {
    await showTab(page, 'Suggestions');
    const item = suggestionsList(page)
      .getByRole('listitem')
      .filter({ hasText: 'believed to be the ministry’s first' });
    await item.getByRole('button', { name: /^Accept/ }).click();
    const form = page.getByRole('form', { name: 'New annotation' });
    await form.waitFor();
    expect(await form.getByRole('radio', { name: 'Claim' }).isChecked()).toBe(true);
    await page.keyboard.press('6');
    expect(await form.getByLabel('Verdict').locator('option:checked').textContent()).toBe('False');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await page
      .getByRole('alertdialog', { name: 'Discard your changes?' })
      .getByRole('button', { name: 'Discard changes' })
      .click();
    await form.waitFor({ state: 'detached' });
    // nothing stored, the suggestion still offered, and the focus back on it
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('li')?.textContent ?? ''))
      .toContain('believed to be the ministry’s first');
    expect(await page.getByRole('tab', { name: /^Annotations/ }).textContent()).toBe(
      'Annotations1',
    );
  });

  it('underlines only strong suggestions, and all of them when asked', async () => {
    await showTab(page, 'Suggestions');
    // one text per suggestion: a name's underline inside a claim splits the claim's span
    const underlined = () =>
      page.locator('.ProseMirror .fm-suggestion-claim').evaluateAll(els => {
        const byId = new Map<string, string>();
        for (const e of els) {
          const id = e.getAttribute('data-suggestion-id') ?? '';
          byId.set(id, (byId.get(id) ?? '') + (e.textContent ?? ''));
        }
        return [...byId.values()];
      });
    const leading = (texts: string[]) => texts.some(t => t.includes('leading positions'));
    // listed as a possible claim, not underlined
    expect((await suggestionTexts(page)).some(t => t.includes('leading positions'))).toBe(true);
    const strongOnly = await underlined();
    expect(strongOnly.length).toBeGreaterThan(0);
    expect(leading(strongOnly)).toBe(false);
    // at most a third of the sample's 14 paragraphs carry a strong claim's underline
    expect(strongOnly.length).toBeLessThanOrEqual(14 / 3);
    const all = page.getByRole('checkbox', { name: 'Underline all suggestions in the article' });
    await all.check();
    await expect.poll(async () => leading(await underlined())).toBe(true);
    await all.uncheck();
    await expect.poll(async () => leading(await underlined())).toBe(false);
  });

  it('shows a possible suggestion in the article while it is chosen in the tab', async () => {
    const item = suggestionsList(page)
      .getByRole('listitem')
      .filter({ hasText: 'leading positions in the world market' });
    await item.getByRole('button', { name: /^Show in the article/ }).click();
    await page
      .locator('.ProseMirror .fm-suggestion-active', { hasText: 'leading positions' })
      .waitFor();
  });

  it('shows the suggestion whose underline is clicked in its tab', async () => {
    await showTab(page, 'Suggestions');
    const underline = page.locator('.ProseMirror .fm-suggestion-claim.fm-suggestion-strong', {
      hasText: 'sources familiar with the matter said on Saturday',
    });
    await underline.click();
    const current = suggestionsList(page).locator('[aria-current="true"]');
    await current.waitFor();
    expect(await current.textContent()).toContain('The United States has asked');
    expect(await current.isVisible()).toBe(true);
  });

  it('dismisses a suggestion for this article, remembered after a reload, and restores it', async () => {
    const before = (await suggestionTexts(page)).length;
    const item = suggestionsList(page)
      .getByRole('listitem')
      .filter({ hasText: 'leading positions in the world market' });
    await item.getByRole('button', { name: /^Dismiss/ }).click();
    await expect.poll(async () => (await suggestionTexts(page)).length).toBe(before - 1);
    await page.reload();
    await showTab(page, 'Suggestions');
    // after a reload the article is spotted again in a new worker: seconds on a busy machine
    await expect
      .poll(async () => (await suggestionTexts(page)).length, { timeout: 15_000 })
      .toBe(before - 1);
    expect((await suggestionTexts(page)).some(t => t.includes('leading positions'))).toBe(false);
    await page.getByRole('button', { name: /^Show dismissed/ }).click();
    await expect.poll(async () => (await suggestionTexts(page)).length).toBe(before);
  });

  it('can be turned off, and on again', async () => {
    await page.getByRole('button', { name: 'Turn suggestions off' }).click();
    await expect.poll(() => page.locator('.ProseMirror .fm-suggestion').count()).toBe(0);
    await page.reload();
    await page.getByRole('textbox', { name: 'Article text' }).waitFor();
    expect(await page.locator('.ProseMirror .fm-suggestion').count()).toBe(0);
    await showTab(page, 'Suggestions');
    await page.getByRole('button', { name: /Turn suggestions on/ }).click();
    // spotted again in a new worker: seconds on a busy machine
    await expect
      .poll(async () => (await suggestionTexts(page)).length, { timeout: 15_000 })
      .toBeGreaterThan(3);
  });

  it('spots a long article on more than one core, judging names across its parts', async () => {
    // 150,000 characters: spotted at once, on a machine of four cores by three workers, one
    // part each; the two spellings of one name stand in different parts, so only the joined
    // evidence can flag the rarer one
    await profile.context?.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => 4 }),
    );
    await page.reload();
    const text = nameSpelledApart(
      'Mara Ostendorf, the harbour master, opened the new quay on Monday.\n',
      'Later, Mara Ostendorff said the quay had cost 40 million euros.\n',
      2100,
    );
    await openTextFile(page, 'harbour-report.txt', text);
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Article text' }).textContent())
      .toContain('Mara Ostendorff');
    await showTab(page, 'Suggestions');
    await expect
      .poll(async () => (await suggestionTexts(page)).join('\n'), { timeout: 30_000 })
      .toMatch(/Mara Ostendorff[\s\S]*Mara Ostendorf/);
    const parts = await lastDetail<number>(page, 'fm:spot:parts');
    expect(parts).toBe(3);
  }, 60_000);

  it('spots a long article only while the reviewer is not scrolling, and finishes in a pause', async () => {
    // over 200,000 characters: spotting starts after a second without scrolling, typing or
    // clicking, and waits again whenever the reviewer goes on
    const text = nameSpelledApart(
      'Jonas Wieland, the lock keeper, opened the new gate on Monday.\n',
      'Later, Jonas Wielandt said the gate had cost 9 million euros.\n',
      3000,
    );
    const count = (name: string) =>
      page.evaluate(n => performance.getEntriesByName(n).length, name);
    const [startsBefore, spotsBefore] = [await count('fm:spot:start'), await count('fm:spot')];
    await openTextFile(page, 'lock-report.txt', text);
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Article text' }).textContent())
      .toContain('Jonas Wielandt');
    await showTab(page, 'Suggestions');
    // the reviewer reads on, scrolling every 100 ms: the tab says why nothing is listed yet
    const box = await page.locator('.ProseMirror').boundingBox();
    await page.mouse.move((box?.x ?? 0) + 100, 400);
    const scrollFor = async (steps: number) => {
      for (let i = 0; i < steps; i++) {
        await page.mouse.wheel(0, 300);
        await page.waitForTimeout(100);
      }
    };
    await scrollFor(5);
    expect(await page.getByRole('tabpanel').getByRole('status').textContent()).toBe(
      'This article is long: claims to check are looked for while you are not scrolling or typing.',
    );
    expect(await count('fm:spot:start')).toBe(startsBefore);
    // a pause starts the spotter; two and a half seconds more of scrolling hold it
    await expect.poll(() => count('fm:spot:start'), { timeout: 20_000 }).toBe(startsBefore + 1);
    await scrollFor(25);
    expect(await count('fm:spot')).toBe(spotsBefore);
    // then the reviewer pauses: the spotter goes on where it stopped
    await expect
      .poll(async () => (await suggestionTexts(page)).join('\n'), { timeout: 30_000 })
      .toMatch(/Jonas Wielandt[\s\S]*Jonas Wieland/);
    const { pausedMs: paused } = await lastDetail<{ pausedMs: number }>(page, 'fm:spot:worker');
    expect(paused).toBeGreaterThan(2000);
  }, 90_000);
});
