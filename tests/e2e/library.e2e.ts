import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, Profile } from './browser';
import { annotate } from './reviewer';

const fixture = (name: string) => new URL(`../fixtures/articles/${name}`, import.meta.url).pathname;
const library = (page: Page) => page.getByRole('main', { name: 'Library', exact: true });
const articles = (page: Page) =>
  library(page).getByRole('list', { name: 'Articles' }).getByRole('listitem');
const newArticle = (page: Page) => page.getByRole('dialog', { name: 'New article' });

async function openNewArticle(page: Page) {
  await page.getByRole('button', { name: 'New article' }).click();
  await newArticle(page).waitFor();
}

/** Drops a file on the window, as a reviewer drags it from the file manager. */
async function dropFile(page: Page, path: string, type: string) {
  const content = await readFile(path, 'utf8');
  const name = path.split('/').pop() as string;
  const dataTransfer = await page.evaluateHandle(
    ({ content, name, type }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], name, { type }));
      return dt;
    },
    { content, name, type },
  );
  for (const event of ['dragenter', 'dragover', 'drop']) {
    await page.dispatchEvent('.workspace, .library', event, { dataTransfer });
  }
}

describe('loading articles and the library', () => {
  const profile = new Profile();
  let page: Page;
  const foreignRequests: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    page = await profile.open();
    page.on('request', r => {
      if (
        !r.url().startsWith(new URL(APP_URL).origin) &&
        !r.url().startsWith('blob:') &&
        !r.url().startsWith('data:')
      ) {
        foreignRequests.push(r.url());
      }
    });
    page.on('dialog', d => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.getByRole('textbox', { name: 'Article text' }).waitFor();
  });
  afterAll(() => profile.dispose());

  it('loads a saved web page through the file input, with its metadata, and annotates it', async () => {
    await openNewArticle(page);
    await newArticle(page).getByLabel('Open article file').setInputFiles(fixture('news-page.html'));
    const title = newArticle(page).getByLabel('Title');
    await expect
      .poll(() => title.inputValue())
      .toBe('US asks Japan for cooperation to thwart China’s chip development');
    expect(await newArticle(page).getByLabel('Publisher').inputValue()).toBe('The Japan Times');
    await title.fill('Chip controls (saved page)');
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/new-article.png' });
    await newArticle(page).getByRole('button', { name: 'Load' }).click();

    // the renamed title heads the page; the page's own headline stays part of the text under review
    await expect
      .poll(() => page.locator('.article-header h1').textContent())
      .toBe('Chip controls (saved page)');
    const text = await page.getByRole('textbox', { name: 'Article text' }).textContent();
    expect(text).toContain('believed to be the ministry’s first in this regard');
    expect(text).not.toMatch(/Subscribe|Related|Comments/i);
    await annotate(page, 'believed to be the ministry’s first in this regard', {
      verdict: 'Unverifiable',
    });
    await page.reload();
    await expect
      .poll(() => page.locator('.article-header h1').textContent())
      .toBe('Chip controls (saved page)');
    await expect.poll(() => page.locator('.ProseMirror [data-annotation-id]').count()).toBe(1);
  });

  it('lists it in the library, newest first, with its counts, and searches titles', async () => {
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await expect.poll(() => articles(page).count()).toBe(2);
    const [first, second] = await articles(page).allTextContents();
    expect(first).toContain('Chip controls (saved page)');
    expect(first).toContain('1 annotation');
    // a verdict on an open claim is not a check: status means status, the verdict is counted apart
    expect(first).toContain('0 of 1 claim checked');
    expect(first).toContain('1 with a verdict');
    expect(second).toContain('US asks Japan for cooperation');
    await library(page).getByRole('searchbox', { name: 'Search the library' }).fill('saved page');
    expect(await articles(page).count()).toBe(1);
    await page.screenshot({ path: 'test-results/screenshots/library.png' });
    await library(page).getByRole('searchbox', { name: 'Search the library' }).fill('');
    await library(page)
      .getByRole('button', {
        name: 'US asks Japan for cooperation to thwart China’s chip development',
        exact: true,
      })
      .click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('US asks Japan');
  });

  it('loads a saved page dropped on the window, opening the article that has its text already', async () => {
    await dropFile(page, fixture('news-page.html'), 'text/html');
    await newArticle(page).waitFor();
    const title = newArticle(page).getByLabel('Title');
    await expect
      .poll(() => title.inputValue())
      .toBe('US asks Japan for cooperation to thwart China’s chip development');
    await title.fill('Chip controls (dropped page)');
    await newArticle(page).getByRole('button', { name: 'Load' }).click();
    // the same text as the page loaded first: that article opens, with its annotation, no copy
    await expect
      .poll(() => page.locator('.article-header h1').textContent())
      .toBe('Chip controls (saved page)');
    expect(await page.getByRole('status').textContent()).toContain('already in the library');
    expect(await page.getByRole('textbox', { name: 'Article text' }).textContent()).toContain(
      'Robert Hallbeck, the economy minister and vice chancellor',
    );
  });

  it('loads a Markdown draft through the file input: headings, lists, links, raw HTML as text', async () => {
    await openNewArticle(page);
    await newArticle(page).getByLabel('Open article file').setInputFiles(fixture('draft.md'));
    await expect
      .poll(() => newArticle(page).getByRole('button', { name: 'Load' }).isEnabled())
      .toBe(true);
    await newArticle(page).getByRole('button', { name: 'Load' }).click();
    await expect
      .poll(() => page.locator('.ProseMirror h1').textContent())
      .toBe('Chip controls: what the US asked of Japan');
    expect(await page.locator('.ProseMirror h2').count()).toBe(2);
    expect(await page.locator('.ProseMirror ol li').count()).toBeGreaterThan(0);
    expect(await page.locator('.ProseMirror a[href^="https://www.japantimes.co.jp"]').count()).toBe(
      1,
    );
    expect(await page.locator('.ProseMirror a[href^="javascript" i]').count()).toBe(0);
    const text = await page.getByRole('textbox', { name: 'Article text' }).textContent();
    expect(text).toContain('<script>alert("pwned")</script>');
  });

  it('loads a hostile page: its text is there, nothing ran, nothing was fetched', async () => {
    await openNewArticle(page);
    await newArticle(page).getByLabel('Open article file').setInputFiles(fixture('hostile.html'));
    await expect
      .poll(() => newArticle(page).getByRole('button', { name: 'Load' }).isEnabled())
      .toBe(true);
    await newArticle(page).getByRole('button', { name: 'Load' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Council approves the harbour budget');
    const text = await page.getByRole('textbox', { name: 'Article text' }).textContent();
    expect(text).toContain(
      'The city council approved the harbour budget on Tuesday by a vote of seven to two.',
    );
    expect(text).not.toContain('SVG TEXT MUST NOT APPEAR');
    expect(
      await page
        .locator(
          '.ProseMirror a[href^="javascript" i], .ProseMirror img, .ProseMirror iframe, .ProseMirror script',
        )
        .count(),
    ).toBe(0);
    expect(dialogs).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('loads text pasted from the clipboard', async () => {
    await profile.context?.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(APP_URL).origin,
    });
    await openNewArticle(page);
    await page.evaluate(() =>
      navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob(['Ministers met on Friday.\n\nThey agreed on nothing.'], {
            type: 'text/plain',
          }),
          'text/html': new Blob(
            [
              '<p>Ministers met on <b>Friday</b>.</p><p>They agreed on nothing.</p><script>window.pwned = 1</script>',
            ],
            { type: 'text/html' },
          ),
        }),
      ]),
    );
    await newArticle(page).getByLabel('Article text').focus();
    await page.keyboard.press('Control+V');
    await expect
      .poll(() => newArticle(page).getByRole('button', { name: 'Load' }).isEnabled())
      .toBe(true);
    await newArticle(page).getByLabel('Title').fill('Pasted minutes');
    await newArticle(page).getByRole('button', { name: 'Load' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Pasted minutes');
    expect(await page.locator('.ProseMirror p').allTextContents()).toEqual([
      'Ministers met on Friday.',
      'They agreed on nothing.',
    ]);
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).toBeUndefined();
  });

  it('refuses a binary file renamed .txt with a message, loading nothing', async () => {
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await expect.poll(() => articles(page).count()).toBeGreaterThan(0);
    const before = await articles(page).count();
    await library(page).getByRole('button', { name: 'New article' }).click();
    await newArticle(page)
      .getByLabel('Open article file')
      .setInputFiles({
        name: 'photo.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from([
          0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
        ]),
      });
    await expect
      .poll(() => newArticle(page).getByRole('alert').textContent())
      .toContain('Nothing was loaded');
    expect(await newArticle(page).getByRole('button', { name: 'Load' }).isDisabled()).toBe(true);
    await newArticle(page).getByRole('button', { name: 'Cancel' }).click();
    expect(await articles(page).count()).toBe(before);
  });

  it('deletes an article with its annotations after asking, and restores the sample', async () => {
    const before = await articles(page).count();
    const sample = articles(page).filter({ hasText: 'US asks Japan for cooperation to thwart' });
    await sample.getByRole('button', { name: /Delete article/ }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete this article?' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await articles(page).count()).toBe(before);
    await sample.getByRole('button', { name: /Delete article/ }).click();
    await confirm.getByRole('button', { name: 'Delete article' }).click();
    await expect.poll(() => articles(page).count()).toBe(before - 1);
    await library(page).getByRole('button', { name: 'Restore sample article' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('US asks Japan');
    expect(await page.locator('.ProseMirror [data-annotation-id]').count()).toBe(0);
  });

  it('raised not one Content-Security-Policy violation while loading all of it', () => {
    expect(profile.cspViolations).toEqual([]);
  });
});
