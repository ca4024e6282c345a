import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// the e2e suite's browser and flags, so the bench measures the same browser
import { CHROMIUM, CHROMIUM_ARGS as ARGS } from '../../tests/e2e/chromium';

/** Chromium started without a profile, for its version and for drawing the chart. */
export function launchPlain(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/** A fresh Chromium profile: its own IndexedDB, deleted by `dispose`. */
export class Profile {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'factmark-bench-'));
  context: BrowserContext | undefined;
  page: Page | undefined;

  /** Starts Chromium on this profile with one page in front, open at `url`. */
  async open(url: string): Promise<Page> {
    this.context = await chromium.launchPersistentContext(this.dir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: ARGS,
      acceptDownloads: true,
    });
    this.context.setDefaultTimeout(120_000);
    // tsx compiles with esbuild's keepNames, which wraps functions the bench sends into the page in __name()
    await this.context.addInitScript({ content: 'globalThis.__name ??= f => f;' });
    const page = this.context.pages()[0] ?? (await this.context.newPage());
    await page.bringToFront();
    await page.goto(url);
    this.page = page;
    return page;
  }

  async dispose(): Promise<void> {
    await this.context?.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
