import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

/** The port the built app is served on for the end-to-end tests (not 5173, so `npm start` can run alongside). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 5199);

let server: ChildProcess | undefined;
let browser: BrowserServer | undefined;

/** Where the run's shared Chromium listens; test workers inherit it (see `Profile`). */
export const SHARED_CHROMIUM_ENV = 'FACTMARK_E2E_CHROMIUM';

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise(r => setTimeout(r, 150));
  }
  throw new Error(`the preview server did not answer at ${url}`);
}

/** Serves the built app (`dist/`, made by `vite build` before the run) with `vite preview`. */
export async function setup(): Promise<void> {
  const root = path.resolve(import.meta.dirname, '../..');
  if (!existsSync(path.join(root, 'dist/index.html')))
    throw new Error('dist/ is missing: run `vite build` first');
  // another run's server on the port would serve other files and vanish mid-run: refuse to share it
  const url = `http://localhost:${E2E_PORT}/`;
  if (
    await fetch(url).then(
      () => true,
      () => false,
    )
  ) {
    throw new Error(
      `port ${E2E_PORT} is already serving; stop that server or set E2E_PORT to a free port`,
    );
  }
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  server = spawn(process.execPath, [vite, 'preview', '--port', String(E2E_PORT), '--strictPort'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForServer(url, 20_000);
  // one Chromium for the whole run: a profile is a context of it unless it must be restarted
  browser = await chromium.launchServer({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  process.env[SHARED_CHROMIUM_ENV] = browser.wsEndpoint();
}

export async function teardown(): Promise<void> {
  await browser?.close();
  server?.kill();
}
