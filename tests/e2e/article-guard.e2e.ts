import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, Profile } from './browser';

const SOURCE_ORIGIN = 'https://news-site.example';
/** What a reviewer might copy from a web page by mistake: styles, handlers, a remote image. */
const HTML =
  '<p style="color:red" onclick="window.__ran=1">Pasted <b style="font-weight:900">text</b></p>' +
  '<img src="https://evil.example/x.png" onerror="window.__ran=2">';

const articleText = (page: Page) => page.getByRole('textbox', { name: 'Article text' });

describe('the article under review refuses pasted and dropped content', () => {
  const profile = new Profile();
  let page: Page;
  let sourceSite: Page;

  beforeAll(async () => {
    page = await profile.open();
    const context = profile.context;
    if (!context) throw new Error('no browser context');
    sourceSite = await context.newPage();
    await sourceSite.route(`${SOURCE_ORIGIN}/**`, route =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>News</title>' }),
    );
    await sourceSite.goto(`${SOURCE_ORIGIN}/article`);
    for (const origin of [SOURCE_ORIGIN, new URL(APP_URL).origin]) {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    }
    await page.bringToFront();
    await articleText(page).waitFor();
  });
  afterAll(() => profile.dispose());

  it('pasted HTML changes nothing and is not even parsed: no CSP report', async () => {
    const before = await articleText(page).textContent();
    // copied on another site: Chromium parses clipboard HTML in the page that writes it
    await sourceSite.bringToFront();
    await sourceSite.evaluate(
      html =>
        navigator.clipboard.write([
          new ClipboardItem({
            'text/plain': new Blob(['Pasted text'], { type: 'text/plain' }),
            'text/html': new Blob([html], { type: 'text/html' }),
          }),
        ]),
      HTML,
    );
    await page.bringToFront();
    await articleText(page).click();
    const reported = profile.cspViolations.length;
    await page.keyboard.press('Control+V');
    await page.waitForTimeout(300); // a report arrives as a task of its own
    expect(profile.cspViolations.slice(reported)).toEqual([]);
    expect(await articleText(page).textContent()).toBe(before);
    expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBe(
      undefined,
    );
  });

  it('dropped HTML changes nothing and is not even parsed: no CSP report', async () => {
    const before = await articleText(page).textContent();
    const dataTransfer = await page.evaluateHandle(html => {
      const dt = new DataTransfer();
      dt.setData('text/html', html);
      dt.setData('text/plain', 'Dropped text');
      return dt;
    }, HTML);
    const reported = profile.cspViolations.length;
    // dropped where the reviewer lets go of the mouse: in the middle of the text
    const box = await articleText(page).boundingBox();
    if (!box) throw new Error('no article');
    const at = { clientX: box.x + box.width / 2, clientY: box.y + 40 };
    for (const event of ['dragenter', 'dragover', 'drop']) {
      await page.dispatchEvent('.ProseMirror', event, { dataTransfer, ...at });
    }
    await page.waitForTimeout(300);
    expect(profile.cspViolations.slice(reported)).toEqual([]);
    expect(await articleText(page).textContent()).toBe(before);
  });

  it('still takes a file dropped on the text, as anywhere on the window', async () => {
    const dataTransfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['A dropped article.\n\nIts second paragraph.'], 'dropped.txt'));
      return dt;
    });
    const box = await articleText(page).boundingBox();
    if (!box) throw new Error('no article');
    const at = { clientX: box.x + box.width / 2, clientY: box.y + 40 };
    for (const event of ['dragenter', 'dragover', 'drop']) {
      await page.dispatchEvent('.ProseMirror', event, { dataTransfer, ...at });
    }
    const dialog = page.getByRole('dialog', { name: 'New article' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });
});

describe('the headers npm start sends', () => {
  it('forbid framing the app and sniffing its files’ types', async () => {
    for (const url of [APP_URL, `${APP_URL}samples/us-japan-chip-controls.txt`]) {
      const response = await fetch(url);
      expect(response.ok).toBe(true);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('keep the app out of any frame, even one of its own origin', async () => {
    const profile = new Profile();
    try {
      await profile.open();
      const context = profile.context;
      if (!context) throw new Error('no browser context');
      const framer = await context.newPage();
      // a page at the app's own address that frames the app (a local page: no network rule in the way)
      const framing = `${APP_URL}framing-test.html`;
      await framer.route(framing, route =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><iframe src="${APP_URL}" width="800" height="600"></iframe>`,
        }),
      );
      await framer.goto(framing);
      const frame = framer.frames().find(f => f !== framer.mainFrame());
      if (!frame) throw new Error('no frame');
      await frame.waitForLoadState();
      // a refused frame shows the browser's error page: none of the app's document
      expect(frame.url()).not.toBe(APP_URL);
      expect(await frame.locator('#root').count()).toBe(0);
    } finally {
      // the refusal is the header at work, not a violation by the app's own pages
      const own = profile.cspViolations.filter(v => !v.includes('frame-ancestors'));
      profile.cspViolations.splice(0, Infinity, ...own);
      await profile.dispose();
    }
  });
});
