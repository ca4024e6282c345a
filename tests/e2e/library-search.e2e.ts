import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Profile } from './browser';
import { annotate } from './reviewer';
import { atThreeWidths } from './screens';

const fixture = (name: string) => new URL(`../fixtures/articles/${name}`, import.meta.url).pathname;
const library = (page: Page) => page.getByRole('main', { name: 'Library', exact: true });
const articles = (page: Page) =>
  library(page).getByRole('list', { name: 'Articles' }).getByRole('listitem');
const newArticle = (page: Page) => page.getByRole('dialog', { name: 'New article' });
const HEADLINE = 'Port authority doubles harbour fees overnight';

async function loadFile(page: Page, name: string) {
  await page.getByRole('button', { name: 'New article' }).click();
  await newArticle(page).getByLabel('Open article file').setInputFiles(fixture(name));
}

describe('the library: one entry per text, and a search over titles, publishers and reviewers', () => {
  const profile = new Profile();
  let page: Page;

  beforeAll(async () => {
    page = await profile.open();
    await page.getByRole('textbox', { name: 'Article text' }).waitFor();
  });
  afterAll(() => profile.dispose());

  it('takes the title and the author of a .txt from its headline and byline, showing the headline once', async () => {
    await loadFile(page, 'headline-byline.txt');
    const dialog = newArticle(page);
    await expect.poll(() => dialog.getByLabel('Title').inputValue()).toBe(HEADLINE);
    expect(await dialog.getByLabel('Author').inputValue()).toBe('Jane Doe');
    await dialog.getByLabel('Publisher').fill('Harbour Herald');
    await dialog.getByRole('button', { name: 'Load' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).allTextContents())
      .toEqual([HEADLINE]);
    await annotate(page, 'rose by 120 percent', { verdict: 'False' });
  });

  it('opens the article already holding a text instead of adding it again', async () => {
    await loadFile(page, 'headline-byline.txt');
    await newArticle(page).getByRole('button', { name: 'Load' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain(`Opened “${HEADLINE}”, already in the library`);
    await atThreeWidths(page, 'library-already-there');
    await expect.poll(() => page.locator('.ProseMirror [data-annotation-id]').count()).toBe(1);
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await expect.poll(() => articles(page).count()).toBe(2); // the sample and this one
  });

  it('finds an article by its title, publisher, author or reviewer', async () => {
    const search = library(page).getByRole('searchbox', { name: 'Search the library' });
    for (const query of ['harbour fees', 'herald', 'jane doe', 'ada lindqvist']) {
      await search.fill(query);
      await expect.poll(() => articles(page).allTextContents()).toHaveLength(1);
      expect(await articles(page).first().textContent()).toContain(HEADLINE);
    }
    await search.fill('reuters');
    await expect
      .poll(() => library(page).getByText('No article matches your search.').count())
      .toBe(1);
    await search.fill('');
    await expect.poll(() => articles(page).count()).toBe(2);
    const entry = await articles(page).first().textContent();
    expect(entry).toContain('0 of 1 claim checked');
    expect(entry).toContain('1 with a verdict');
    await atThreeWidths(page, 'library');
  });
});
