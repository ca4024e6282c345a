import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { E2E_PORT, SHARED_CHROMIUM_ENV } from './global-setup';

export const APP_URL = `http://localhost:${E2E_PORT}/`;

let shared: Promise<Browser> | undefined;

/** The run's shared Chromium (started by global-setup), connected once per test worker. */
function sharedBrowser(): Promise<Browser> {
  const endpoint = process.env[SHARED_CHROMIUM_ENV];
  if (!endpoint) throw new Error('no shared Chromium: run the end-to-end tests with their config');
  shared ??= chromium.connect(endpoint);
  return shared;
}

/**
 * A reviewer's browser profile, with a fresh temporary folder for its files. By default it is a
 * context of the run's shared Chromium: a context and the app's first load cost about 1 s of CPU,
 * a Chromium of its own about 6 s. A `persistent` profile is a Chromium of its own on the folder,
 * for tests that restart or kill the browser and open the same profile again, or that need a
 * profile's storage (an incognito-like context's quota cannot be overridden).
 */
export class Profile {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'factmark-e2e-'));
  context: BrowserContext | undefined;
  /** Every Content-Security-Policy violation any page of this profile reported. */
  readonly cspViolations: string[] = [];
  private opened = false;

  constructor(private readonly options: { persistent?: boolean } = {}) {}

  /**
   * Starts the profile's browser and opens the app (at `url`: another server's copy of it);
   * `initScript` runs in every page before the app's own scripts, from the first load on.
   */
  async open(
    viewport = { width: 1280, height: 800 },
    initScript?: () => void,
    url = APP_URL,
  ): Promise<Page> {
    if (this.options.persistent) {
      this.context = await chromium.launchPersistentContext(this.dir, {
        executablePath: CHROMIUM,
        headless: true,
        viewport,
        args: CHROMIUM_ARGS,
      });
    } else {
      // a context of the shared browser keeps nothing once closed
      if (this.opened) throw new Error('reopening needs a persistent profile');
      this.context = await (await sharedBrowser()).newContext({ viewport });
    }
    this.opened = true;
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

  /** Closes the profile's browser (a persistent profile's folder keeps its data). */
  async close(): Promise<void> {
    await this.context?.close();
    this.context = undefined;
  }

  /**
   * Closes the browser and deletes the profile, then fails the suite if any page
   * of it reported a Content-Security-Policy violation: the whole end-to-end
   * suite runs under the app's policy and must never trip it.
   */
  async dispose(): Promise<void> {
    await this.close();
    rmSync(this.dir, { recursive: true, force: true });
    expect(this.cspViolations, 'Content-Security-Policy violations').toEqual([]);
  }
}
