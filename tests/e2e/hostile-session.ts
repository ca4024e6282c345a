import type { Page, Request } from 'playwright-core';
import { expect } from 'vitest';
import { APP_URL, Profile } from './browser';
import type { HostileCase } from './hostile-payloads';

const ORIGIN = new URL(APP_URL).origin;
const SOURCE_ORIGIN = 'https://news-site.example';
export const newArticle = (page: Page) => page.getByRole('dialog', { name: 'New article' });
const articleText = (page: Page) => page.getByRole('textbox', { name: 'Article text' });

/** The CSP violation kinds seen by every session, reported at the end. */
export const violationsSeen = new Set<string>();

/** One Chromium session that records everything a payload could do behind the app's back. */
export class Session {
  readonly profile = new Profile();
  page!: Page;
  readonly foreignRequests: string[] = [];
  readonly dialogs: string[] = [];
  /** The site the reviewer copies from: another origin, without Factmark's CSP. */
  private sourceSite!: Page;

  async start(): Promise<void> {
    this.page = await this.profile.open();
    const context = this.profile.context;
    if (!context) throw new Error('no browser context');
    // every page of the context, popups included
    context.on('request', (r: Request) => {
      const url = r.url();
      const own = [ORIGIN, SOURCE_ORIGIN, 'blob:', 'data:'];
      if (!own.some(prefix => url.startsWith(prefix))) {
        this.foreignRequests.push(url);
      }
    });
    this.sourceSite = await context.newPage();
    await this.sourceSite.route(`${SOURCE_ORIGIN}/**`, route =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>News site</title>' }),
    );
    await this.sourceSite.goto(`${SOURCE_ORIGIN}/article`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: SOURCE_ORIGIN,
    });
    // a background tab is throttled: the reviewer works in Factmark's
    await this.page.bringToFront();
    context.on('page', p => this.dialogs.push(`a new page opened: ${p.url()}`));
    this.page.on('dialog', d => {
      this.dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    await articleText(this.page).waitFor();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  }

  async openDialog(): Promise<void> {
    // a case that failed may have left its dialog open
    if (await newArticle(this.page).isVisible()) {
      await newArticle(this.page).getByRole('button', { name: 'Cancel' }).click();
      await newArticle(this.page).waitFor({ state: 'detached' });
    }
    await this.page.getByRole('button', { name: 'New article' }).first().click();
    await newArticle(this.page).waitFor();
  }

  /**
   * Copies `html` (with `text` as its plain-text flavour) on another site and
   * pastes it into Factmark. The copy happens on that site because Chromium
   * sanitizes HTML written to the clipboard by parsing it in the writing
   * page, which under Factmark's CSP would report the payload's handlers.
   */
  async paste(html: string, text: string): Promise<void> {
    await this.sourceSite.bringToFront();
    await this.sourceSite.evaluate(
      ([html, text]) =>
        navigator.clipboard.write([
          new ClipboardItem({
            'text/plain': new Blob([text], { type: 'text/plain' }),
            'text/html': new Blob([html], { type: 'text/html' }),
          }),
        ]),
      [html, text] as const,
    );
    await this.page.bringToFront();
    await newArticle(this.page).getByLabel('Article text').focus();
    await this.page.keyboard.press('Control+V');
  }

  async chooseFile(name: string, content: string | Buffer, mimeType: string): Promise<void> {
    await newArticle(this.page)
      .getByLabel('Open article file')
      .setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
  }

  /** Delivers a case's payload the way it names, then loads the article. */
  async load(c: HostileCase): Promise<void> {
    await this.openDialog();
    if (c.way === 'paste') await this.paste(c.html, c.expected);
    else await this.chooseFile(c.fileName, c.html, 'text/html');
    const dialog = newArticle(this.page);
    const load = dialog.getByRole('button', { name: 'Load' });
    await expect
      .poll(
        async () =>
          (await dialog.getByRole('alert').count())
            ? `refused: ${await dialog.getByRole('alert').textContent()}`
            : await load.isEnabled(),
        { timeout: 10_000 },
      )
      .toBe(true);
    // the HTML flavour was read (the paste's plain text alone would prove nothing)
    expect(await dialog.getByLabel('What will be loaded').textContent()).toContain('web page text');
    await load.click();
    await newArticle(this.page).waitFor({ state: 'detached' });
    await expect
      .poll(() => articleText(this.page).textContent(), { timeout: 5000 })
      .toContain(c.expected);
    // give a hover and focus handler their chance, as a reviewer reading the article would
    const box = await articleText(this.page).boundingBox();
    if (box) await this.page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 3 });
    await this.page.keyboard.press('Tab');
  }

  /** Nothing ran, nothing left the origin, nothing navigated; the app is still there. */
  async assertUntouched(label: string, requestsBefore = 0, dialogsBefore = 0): Promise<void> {
    const page = this.page;
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
      `${label}: a payload ran`,
    ).toBeUndefined();
    expect(this.dialogs.slice(dialogsBefore), `${label}: a dialog or popup opened`).toEqual([]);
    expect(
      this.foreignRequests.slice(requestsBefore),
      `${label}: a request left the origin`,
    ).toEqual([]);
    expect(page.url(), `${label}: the page navigated`).toBe(APP_URL);
    // Factmark and the news site the reviewer copies from, nothing else
    expect(this.profile.context?.pages().length, `${label}: a page opened`).toBe(2);
    expect(
      await page.getByRole('toolbar', { name: 'Article tools' }).isVisible(),
      `${label}: the app's toolbar is gone`,
    ).toBe(true);
  }

  /** The loaded article holds no active or remote content and only http(s)/mailto links. */
  async assertInertArticle(label: string): Promise<void> {
    const found = await this.page.evaluate(() => {
      const root = document.querySelector('.ProseMirror');
      if (!root) return ['no article view'];
      const bad = Array.from(
        root.querySelectorAll(
          'script, iframe, frame, object, embed, svg, math, style, link, meta, base, form, input, button, img, picture, source, video, audio, noscript, template',
        ),
      ).map(e => e.tagName);
      for (const a of Array.from(root.querySelectorAll('a[href]'))) {
        const href = a.getAttribute('href') ?? '';
        if (!/^(?:https?|mailto):/i.test(href)) bad.push(`a[href=${href}]`);
      }
      for (const e of Array.from(root.querySelectorAll('*'))) {
        for (const attr of Array.from(e.attributes)) {
          if (/^on/i.test(attr.name) || attr.name === 'style' || /src|action/i.test(attr.name))
            bad.push(`${e.tagName}[${attr.name}]`);
        }
      }
      return bad;
    });
    expect(found, `${label}: active content in the article`).toEqual([]);
  }

  recordViolations(): void {
    for (const v of this.profile.cspViolations) {
      // "CSP violation: <directive> <blocked URI>"
      const [, , directive = '?', blocked = ''] = v.split(' ');
      violationsSeen.add(
        `${directive} ${blocked.startsWith('http') ? new URL(blocked).origin : blocked}`,
      );
    }
  }
}
