import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { E2E_PORT } from './global-setup';

export const APP_URL = `http://localhost:${E2E_PORT}/`;

/** A Chromium profile in a fresh temporary folder; the same profile can be reopened to test a restart. */
export class Profile {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'factmark-e2e-'));
  context: BrowserContext | undefined;
  /** Every Content-Security-Policy violation any page of this profile reported. */
  readonly cspViolations: string[] = [];

  /**
   * Starts Chromium on this profile and opens the app (at `url`: another server's copy of it);
   * `initScript` runs in every page before the app's own scripts, from the first load on.
   */
  async open(
    viewport = { width: 1280, height: 800 },
    initScript?: () => void,
    url = APP_URL,
  ): Promise<Page> {
    this.context = await chromium.launchPersistentContext(this.dir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport,
      args: CHROMIUM_ARGS,
    });
    this.context.setDefaultTimeout(15_000);
    // the app runs under a strict CSP: any violation is a bug, reported through the console
    await this.context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', e =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    if (initScript) await this.context.addInitScript(initScript);
    this.context.on('console', message => {
      if (message.text().startsWith('CSP violation')) this.cspViolations.push(message.text());
    });
    const page = this.context.pages()[0] ?? (await this.context.newPage());
    await page.goto(url);
    return page;
  }

  /** Quits Chromium (the profile stays). */
  async close(): Promise<void> {
    await this.context?.close();
    this.context = undefined;
  }

  /**
   * Quits Chromium and deletes the profile, then fails the suite if any page
   * of it reported a Content-Security-Policy violation: the whole end-to-end
   * suite runs under the app's policy and must never trip it.
   */
  async dispose(): Promise<void> {
    await this.close();
    rmSync(this.dir, { recursive: true, force: true });
    expect(this.cspViolations, 'Content-Security-Policy violations').toEqual([]);
  }
}
