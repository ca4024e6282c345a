import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Profile } from './browser';
import { exportAs, selectWithMouse } from './reviewer';

/** Each payload sets `window.__ran` if it ever runs. */
const RUN = (n: number) => `</script><svg onload=window.__ran=${n}>`;
const CLAIM = 'Officials said the rate fell by half';

/** A saved news page whose metadata and text try to break out of a <script> element. */
const SAVED_PAGE = `<!doctype html><html><head>
<meta charset="utf-8">
<meta property="og:title" content="${RUN(1)}">
<meta property="og:site_name" content="${RUN(2)}">
<meta name="author" content="${RUN(3)}">
<title>News</title></head><body><article>
<h1>Rates</h1>
<p>${CLAIM} ${RUN(4).replace(/</g, '&lt;').replace(/>/g, '&gt;')} last year, a first for the region.</p>
<p>Economists at the central bank disputed the figure and said it fell by a fifth at most.</p>
<p>The ministry has not published the underlying survey, which it says is still being checked.</p>
</article></body></html>`;

const PUBLISHER = 'https://factcheck.example';

describe('a ClaimReview published inside <script type="application/ld+json">', () => {
  const profile = new Profile();
  let page: Page;

  beforeAll(async () => {
    page = await profile.open();
    await page.getByRole('textbox', { name: 'Article text' }).waitFor();
  });
  afterAll(() => profile.dispose());

  it('runs nothing on the fact-checker’s page, whatever the article and the reviewer wrote', async () => {
    await page.getByRole('button', { name: 'New article' }).click();
    const dialog = page.getByRole('dialog', { name: 'New article' });
    await dialog.getByLabel('Open article file').setInputFiles({
      name: 'rates.html',
      mimeType: 'text/html',
      buffer: Buffer.from(SAVED_PAGE),
    });
    await dialog.getByRole('button', { name: 'Load' }).click();
    await dialog.waitFor({ state: 'detached' });

    await selectWithMouse(page, `${CLAIM} ${RUN(4)}`);
    await page.getByRole('button', { name: 'Annotate', exact: true }).click();
    const name = page.getByRole('dialog', { name: 'Who is reviewing?' });
    await name.getByLabel('Your name').fill(RUN(5));
    await name.getByRole('button', { name: 'Continue' }).click();
    const form = page.getByRole('form', { name: 'New annotation' });
    await form.getByLabel('Verdict').selectOption({ label: 'False' });
    await form.getByLabel('Note').fill(`${RUN(6)} & more. Second sentence.`);
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });

    const file = await exportAs(page, 'ClaimReview JSON-LD', profile.dir, async d => {
      await d.getByLabel('Publication URL').fill(`${PUBLISHER}/rates`);
      await d.getByRole('button', { name: 'Export' }).click();
    });
    const json = await readFile(file, 'utf8');
    const reviews = JSON.parse(json) as Record<string, unknown>[];
    expect(reviews).toHaveLength(1);
    // every payload made it into the file as text: the test is not vacuous
    for (const n of [1, 2, 3, 4, 5, 6]) expect(JSON.stringify(reviews)).toContain(RUN(n));

    // the fact-checker's page: another site, with no Content-Security-Policy to save it
    const context = profile.context;
    if (!context) throw new Error('no browser context');
    const site = await context.newPage();
    const dialogs: string[] = [];
    site.on('dialog', d => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await site.route(`${PUBLISHER}/**`, route =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html><head><title>Fact check</title>
<script type="application/ld+json">${json}</script>
</head><body><p id="after">The fact check.</p></body></html>`,
      }),
    );
    await site.goto(`${PUBLISHER}/rates`);
    await site.locator('#after').waitFor();
    await site.waitForTimeout(200); // an onload or onerror has had its chance
    const seen = await site.evaluate(() => ({
      ran: (window as unknown as { __ran?: number }).__ran,
      scripts: document.scripts.length,
      svgs: document.querySelectorAll('svg').length,
      embedded: document.scripts[0]?.textContent ?? '',
    }));
    expect(seen).toMatchObject({ ran: undefined, scripts: 1, svgs: 0 });
    expect(dialogs).toEqual([]);
    // a search engine reads the same reviews from the page as from the file
    expect(JSON.parse(seen.embedded)).toEqual(reviews);
    await site.close();
  });
});
