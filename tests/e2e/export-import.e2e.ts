import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, Profile } from './browser';
import { annotate, entries, exportAs, importFile } from './reviewer';
import { stored } from './stored';

describe('export and import of annotated JSON', () => {
  const profile = new Profile();
  let page: Page;

  beforeAll(async () => {
    page = await profile.open();
    await annotate(page, 'believed to be the ministry’s first in this regard', {
      verdict: 'Unverifiable',
      note: 'No ministry statement confirms a first.',
      sourceUrl: 'https://www.japantimes.co.jp/news/2022/12/11/business/',
    });
    await annotate(page, 'Robert Hallbeck', { kind: 'Correction', correction: 'Robert Habeck' });
    await annotate(page, 'occupy the leading positions in the world market', {
      verdict: 'Mostly true',
    });
  });
  afterAll(() => profile.dispose());

  it('exports the annotations, and after the site data is cleared imports them back unchanged', async () => {
    const before = await stored(page);
    const texts = await entries(page).allTextContents();
    const file = await exportAs(page, 'Annotated JSON', profile.dir);
    expect(path.basename(file)).toMatch(/\.factmark\.json$/);
    const json = JSON.parse(await readFile(file, 'utf8'));
    expect(json.type).toBe('AnnotationCollection');
    expect(json.first.items).toHaveLength(3);

    const cdp = await (profile.context as NonNullable<typeof profile.context>).newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', {
      origin: new URL(APP_URL).origin,
      storageTypes: 'all',
    });
    await page.reload();
    await page.getByRole('textbox', { name: 'Article text' }).waitFor();
    expect(await entries(page).count()).toBe(0);

    await importFile(page, file);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Imported');
    await expect.poll(() => entries(page).count()).toBe(3);
    expect(await entries(page).allTextContents()).toEqual(texts);
    expect(await page.locator('.ProseMirror [data-annotation-id]').count()).toBeGreaterThanOrEqual(
      3,
    );
    // the annotations come back exactly; the article is the sample, seeded anew after the clearing
    const after = await stored(page);
    expect(after.annotations).toEqual(before.annotations);
    const {
      createdAt: _c,
      updatedAt: _u,
      ...article
    } = before.articles[0] as Record<string, unknown>;
    expect(after.articles[0]).toMatchObject(article);
  });

  it('exports ClaimReview for the claims with a rateable verdict', async () => {
    const file = await exportAs(page, 'ClaimReview JSON-LD', profile.dir, async dialog => {
      const author = dialog.getByLabel('Author');
      if (!(await author.inputValue())) await author.fill('Ada Lindqvist'); // the clearing forgot the name
      await dialog.getByLabel('Publication URL').fill('https://factcheck.example/chips');
      await dialog.getByRole('button', { name: 'Export' }).click();
    });
    const text = await readFile(file, 'utf8');
    interface Review {
      '@type': string;
      claimReviewed: string;
      url?: string;
      reviewRating: Record<string, unknown>;
      author: { name: string };
      itemReviewed: { '@type': string };
    }
    const reviews = JSON.parse(text) as Review[];
    // the Unverifiable claim too: a rating with a label and no number; the correction is no claim
    expect(reviews.map(r => r.claimReviewed)).toEqual([
      'believed to be the ministry’s first in this regard',
      'occupy the leading positions in the world market',
    ]);
    const review = reviews[1];
    expect(review?.['@type']).toBe('ClaimReview');
    expect(review?.reviewRating).toMatchObject({
      '@type': 'Rating',
      ratingValue: 5,
      alternateName: 'Mostly true',
      bestRating: 6,
      worstRating: 1,
    });
    expect(review?.url).toMatch(/^https:\/\/factcheck\.example\/chips#/);
    expect(review?.author.name).toBe('Ada Lindqvist');
    expect(review?.itemReviewed['@type']).toBe('Claim');
    expect(await page.getByRole('status').textContent()).toContain('ClaimReview');
  });

  it('refuses a broken file with a message and changes nothing', async () => {
    const before = await stored(page);
    const broken = path.join(profile.dir, 'broken.factmark.json');
    await writeFile(broken, '{"type": "AnnotationCollection", "first": ');
    await importFile(page, broken);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('was not imported');
    expect(await page.getByRole('alert').textContent()).toContain('Nothing was changed');
    expect(await stored(page)).toEqual(before);
    expect(await entries(page).count()).toBe(3);
  });

  it('imports a file chosen while the article view was replaced', async () => {
    // the chooser opens; meanwhile the workspace goes (the library) and comes back, as when an
    // import opens a new article: the file must still reach the app, not a detached input
    const broken = path.join(profile.dir, 'chosen-late.factmark.json');
    await writeFile(broken, '{"type": "AnnotationCollection"');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import' }).click();
    const dialog = await chooser;
    await page.getByRole('button', { name: 'Library' }).click();
    await page.getByRole('button', { name: /Back to the article/ }).click();
    await dialog.setFiles(broken);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('“chosen-late.factmark.json” was not imported');
  });

  it('broke no rule of the Content-Security-Policy', () => {
    expect(profile.cspViolations).toEqual([]);
  });
});
